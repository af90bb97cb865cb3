// The review of a draft as pure operations: each takes a draft and returns the edited copy,
// so the screen re-renders from one value, saves it as it is and the operations are unit-tested
// without a browser. What a commit would write is worked out here the way the server's
// applyReview does (accepted items only; a matched node merges into the existing one; a fact
// needs both ends written and two distinct ends after merging), so the preview tells the truth.
import type { GraphPayload } from '../../../contract/api/graph.ts';
import type { Draft, DraftNode, DraftRelationship, EntityMatch, ReviewStatus, Span } from '../../../contract/ingest.ts';
import type { NodeLabel, RelType } from '../../../contract/model.ts';

export type ItemKind = 'node' | 'fact';
export interface ItemRef {
  kind: ItemKind;
  index: number;
}

/** The dataset's rule: evidence quotes at least a clause. */
export const MIN_EVIDENCE_CHARS = 10;

const replaceAt = <T>(items: readonly T[], index: number, edit: (item: T) => T): T[] =>
  items.map((item, i) => (i === index ? edit(item) : item));

function editNode(draft: Draft, index: number, edit: (n: DraftNode) => DraftNode): Draft {
  return { ...draft, nodes: replaceAt(draft.nodes, index, edit) };
}

function editFact(draft: Draft, index: number, edit: (r: DraftRelationship) => DraftRelationship): Draft {
  return { ...draft, relationships: replaceAt(draft.relationships, index, edit) };
}

export function setStatus(draft: Draft, item: ItemRef, status: ReviewStatus): Draft {
  return item.kind === 'node'
    ? editNode(draft, item.index, (n) => ({ ...n, review: { ...n.review, status } }))
    : editFact(draft, item.index, (r) => ({ ...r, review: { ...r.review, status } }));
}

/** Accepts every item still proposed; what was rejected stays rejected. */
export function acceptRemaining(draft: Draft): Draft {
  const accept = <T extends { review: { status: ReviewStatus } }>(item: T): T =>
    item.review.status === 'proposed' ? { ...item, review: { ...item.review, status: 'accepted' } } : item;
  return { ...draft, nodes: draft.nodes.map(accept), relationships: draft.relationships.map(accept) };
}

/** A blank name is refused (the dataset needs one): the draft comes back unchanged. */
export function renameNode(draft: Draft, index: number, name: string): Draft {
  const trimmed = name.trim();
  return trimmed ? editNode(draft, index, (n) => ({ ...n, name: trimmed })) : draft;
}

export function relabelNode(draft: Draft, index: number, label: NodeLabel): Draft {
  return editNode(draft, index, (n) => ({ ...n, label }));
}

/** Points the node at an existing one (merged on commit), or null: a new node. */
export function setMatch(draft: Draft, index: number, match: EntityMatch | null): Draft {
  return editNode(draft, index, (n) => ({ ...n, review: { ...n.review, match } }));
}

export function editFactFields(draft: Draft, index: number, patch: Partial<{ type: RelType; from: string; to: string }>): Draft {
  return editFact(draft, index, (r) => ({ ...r, ...patch }));
}

export type Evidence = { ok: true; evidence: string; span: Span } | { ok: false; error: string };

/** The selected text as evidence: trimmed, at least a clause, and verbatim in the article. */
export function evidenceFrom(articleText: string, selected: string): Evidence {
  const evidence = selected.trim();
  if (evidence.length < MIN_EVIDENCE_CHARS)
    return { ok: false, error: `Select the sentence that states the fact (at least ${MIN_EVIDENCE_CHARS} characters).` };
  const start = articleText.indexOf(evidence);
  if (start < 0) return { ok: false, error: 'The selection is not verbatim in the article text: select inside the article.' };
  return { ok: true, evidence, span: { start, end: start + evidence.length } };
}

/** A fact the reviewer states: accepted as soon as it is added. */
export function addFact(draft: Draft, fact: { type: RelType; from: string; to: string; evidence: string; span: Span }): Draft {
  const added: DraftRelationship = {
    type: fact.type,
    from: fact.from,
    to: fact.to,
    properties: {},
    source: draft.articles[0]!.id,
    evidence: fact.evidence,
    review: { status: 'accepted', confidence: 1, spans: [fact.span], rule: 'added by the reviewer' },
  };
  return { ...draft, relationships: [...draft.relationships, added] };
}

export interface CommitPreview {
  newNodes: DraftNode[];
  mergedNodes: DraftNode[];
  facts: DraftRelationship[];
  /** Accepted facts left out because an end is not accepted, or both ends merge into one node. */
  droppedFacts: DraftRelationship[];
  /** The proposed items nobody has decided on yet (not written). */
  undecided: number;
  /** The commit drawn: new and merged nodes (merged ones under their existing id) and the facts between them. */
  graph: GraphPayload;
  /** What of `graph` the commit creates (the new nodes and every fact), to tell it from the existing nodes it attaches to. */
  added: GraphPayload;
}

export function commitPreview(draft: Draft): CommitPreview {
  const accepted = draft.nodes.filter((n) => n.review.status === 'accepted');
  const target = new Map(accepted.map((n) => [n.id, n.review.match?.existingId ?? n.id]));
  const facts: DraftRelationship[] = [];
  const droppedFacts: DraftRelationship[] = [];
  for (const r of draft.relationships) {
    if (r.review.status !== 'accepted') continue;
    const from = target.get(r.from);
    const to = target.get(r.to);
    (from !== undefined && to !== undefined && from !== to ? facts : droppedFacts).push(r);
  }
  const drawn = new Map<string, GraphPayload['nodes'][number]>();
  for (const n of accepted) {
    const id = target.get(n.id)!;
    if (!drawn.has(id))
      drawn.set(id, {
        id,
        label: n.label,
        name: n.name,
        properties: { commit: n.review.match ? 'merged into an existing node' : 'new node' },
      });
  }
  const edges = facts.map((r, i) => ({
    id: `preview-${i}`,
    type: r.type,
    source: target.get(r.from)!,
    target: target.get(r.to)!,
    properties: { source: r.source, evidence: r.evidence },
  }));
  const nodes = [...drawn.values()];
  const newIds = new Set(accepted.filter((n) => !n.review.match).map((n) => n.id));
  return {
    newNodes: accepted.filter((n) => !n.review.match),
    mergedNodes: accepted.filter((n) => n.review.match),
    facts,
    droppedFacts,
    undecided: [...draft.nodes, ...draft.relationships].filter((i) => i.review.status === 'proposed').length,
    graph: { nodes, edges },
    added: { nodes: nodes.filter((n) => newIds.has(n.id)), edges },
  };
}

/** Where the commit's facts land: the id a draft node has in the graph once written. */
export function committedId(node: DraftNode, renamed: Record<string, string>): string {
  return node.review.match?.existingId ?? renamed[node.id] ?? node.id;
}
