// A reviewed draft → the dataset a commit writes. Only what the reviewer accepted is written:
// proposed and rejected nodes and facts stay out, and so do facts touching a node that stays
// out. An accepted node whose review matched an existing node is not created but merged into
// it (its facts re-pointed there, its mentions and aliases added to it); the other accepted
// nodes are new. Pure: the commit validates the result with validateDataset against the ids
// in Neo4j, then writes it.
import type { SeedNode } from '../contract/dataset.ts';
import type { Draft } from '../contract/ingest.ts';
import type { DatasetInput } from './dataset.ts';

export interface ReviewedDataset {
  dataset: DatasetInput;
  /** Nodes to create (a subset of dataset.nodes). */
  newNodes: SeedNode[];
  /** Existing nodes that gain this article's mentions and aliases, by their existing id. */
  mergedNodes: SeedNode[];
  /** Ids the facts point at that already exist in the graph. */
  existingIds: Set<string>;
}

/** Everything still proposed, accepted (rejections stay): what committing an unreviewed draft from the command line means. */
export const acceptProposed = (draft: Draft): Draft => ({
  ...draft,
  nodes: draft.nodes.map((n) => (n.review.status === 'proposed' ? { ...n, review: { ...n.review, status: 'accepted' } } : n)),
  relationships: draft.relationships.map((r) =>
    r.review.status === 'proposed' ? { ...r, review: { ...r.review, status: 'accepted' } } : r,
  ),
});

export function applyReview(draft: Draft): ReviewedDataset {
  const rejected = new Set(draft.nodes.filter((n) => n.review.status !== 'accepted').map((n) => n.id));
  const target = new Map<string, string>();
  const newNodes: SeedNode[] = [];
  const merged = new Map<string, SeedNode>();
  for (const node of draft.nodes) {
    if (rejected.has(node.id)) continue;
    const { review, ...plain } = node;
    if (review.match) {
      const into = review.match.existingId;
      target.set(node.id, into);
      // Two draft nodes may resolve to the same existing node: one merge carrying both.
      const earlier = merged.get(into);
      merged.set(into, {
        ...plain,
        id: into,
        aliases: [...new Set([...(earlier?.aliases ?? []), plain.name, ...plain.aliases])],
        mentions: [...(earlier?.mentions ?? []), ...plain.mentions],
      });
    } else {
      target.set(node.id, node.id);
      newNodes.push(plain);
    }
  }
  const existingIds = new Set(merged.keys());
  const point = (id: string) => target.get(id) ?? id;
  const relationships = draft.relationships
    .filter((r) => r.review.status === 'accepted' && !rejected.has(r.from) && !rejected.has(r.to))
    .map(({ review: _review, ...rel }) => {
      const askedOf = rel.properties.askedOf;
      const properties = Array.isArray(askedOf)
        ? { ...rel.properties, askedOf: askedOf.filter((id): id is string => typeof id === 'string' && !rejected.has(id)).map(point) }
        : rel.properties;
      return { ...rel, from: point(rel.from), to: point(rel.to), properties };
    })
    // A fact whose two ends merged into one node says nothing about it.
    .filter((rel) => rel.from !== rel.to);
  return {
    dataset: { articles: draft.articles, nodes: [...newNodes, ...merged.values()], relationships },
    newNodes,
    mergedNodes: [...merged.values()],
    existingIds,
  };
}
