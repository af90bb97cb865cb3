// Data access for graph-shaped reads: overview, node details, neighbours and shortest paths.
// Returns plain payloads; driver types do not leave this file.
import type { Node, Path, Relationship } from 'neo4j-driver';
import type { GraphPayload, NeighborCounts, NeighborsPayload, NodeDetails, OverviewPayload } from '../../../contract/api/graph.ts';
import { GRAPH_LIMITS } from '../../../contract/api/limits.ts';
import type { NodeLabel, RelType } from '../../../contract/model.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';
import { GraphCollector, nodeId, toGraphEdge, toGraphNode, toNodeSummary, toPlain } from '../../db/records.ts';

export type ListFilter = {
  labels: NodeLabel[];
  types: RelType[];
  limit: number;
};

type OverviewRecord = { nodes: Node[]; rels: Relationship[]; among: unknown; truncated: boolean };
/** The other end of a relationship as node-details.cypher projects it: only what its summary needs. */
type OtherEnd = { elementId: string; labels: string[]; id: unknown; name: unknown; title: unknown };
type DetailsRecord = { node: Node; rels: { rel: Relationship; other: OtherEnd }[]; truncated: boolean };
type NeighborsRecord = { center: Node; nodes: Node[]; rels: Relationship[]; truncated: boolean };
type PageRecord = { center: Node; nodes: Node[]; rels: Relationship[]; next: unknown };
type CountsRecord = { neighbours: unknown; relationships: unknown; byType: unknown; byLabel: unknown };

export class GraphRepository {
  constructor(private readonly db: ReadTarget) {}

  async overview(filter: ListFilter & { edges?: number }): Promise<OverviewPayload> {
    // The query schema bounds a given `edges`; the default stays below the same maximum.
    const edges = filter.edges ?? GRAPH_LIMITS.overviewEdges.perNode * filter.limit;
    const { records } = await readQuery<OverviewRecord>(this.db, 'graph-overview', { ...filter, edges });
    const record = records[0]!;
    const payload = new GraphCollector().add(record.get('nodes')).add(record.get('rels')).payload();
    const relationshipsAmong = toPlain(record.get('among')) as number;
    return {
      ...payload,
      truncated: record.get('truncated'),
      relationshipsAmong,
      edgesTruncated: payload.edges.length < relationshipsAmong,
    };
  }

  async nodeDetails(id: string, limit: number): Promise<NodeDetails | null> {
    const { records } = await readQuery<DetailsRecord>(this.db, 'node-details', { id, limit });
    if (records.length === 0) return null;
    const node = records[0]!.get('node');
    const rels = records[0]!.get('rels');
    const others = rels.map(({ other: { elementId, labels, ...properties } }) => ({ elementId, labels, properties }));
    const ids = new Map([node, ...others].map((n) => [n.elementId, nodeId(n)]));
    return {
      node: toGraphNode(node),
      relationships: rels.map(({ rel }, i) => ({
        ...toGraphEdge(rel, (e) => ids.get(e)),
        direction: rel.startNodeElementId === node.elementId ? 'out' : 'in',
        other: toNodeSummary(others[i]!),
      })),
      truncated: records[0]!.get('truncated'),
    };
  }

  /**
   * One page of the direct neighbours in a stable order (by id): `limit` counts neighbours, and
   * `next` is the skip of the page after it (null on the last).
   */
  async neighborsPage(id: string, filter: ListFilter & { skip: number }): Promise<NeighborsPayload | null> {
    const { records } = await readQuery<PageRecord>(this.db, 'node-neighbors-page', { id, ...filter });
    if (records.length === 0) return null;
    const record = records[0]!;
    const payload = new GraphCollector().add(record.get('center')).add(record.get('nodes')).add(record.get('rels')).payload();
    const next = toPlain(record.get('next')) as number | null;
    return { ...payload, truncated: next !== null, next };
  }

  /** Neighbours per relationship type and per label: what each kind of expansion would add. */
  async neighborCounts(id: string): Promise<NeighborCounts | null> {
    const { records } = await readQuery<CountsRecord>(this.db, 'node-neighbor-counts', { id });
    if (records.length === 0) return null;
    const r = records[0]!;
    return {
      neighbours: toPlain(r.get('neighbours')) as number,
      relationships: toPlain(r.get('relationships')) as number,
      byType: toPlain(r.get('byType')) as NeighborCounts['byType'],
      byLabel: toPlain(r.get('byLabel')) as NeighborCounts['byLabel'],
    };
  }

  async neighbors(id: string, depth: 1 | 2, filter: ListFilter): Promise<GraphPayload | null> {
    const { records } = await readQuery<NeighborsRecord>(this.db, 'node-neighbors', { id, depth, ...filter });
    if (records.length === 0) return null;
    const record = records[0]!;
    // The query caps each ring and the whole, and sends only the relationships among what it keeps.
    const payload = new GraphCollector().add(record.get('center')).add(record.get('nodes')).add(record.get('rels')).payload();
    return { ...payload, truncated: record.get('truncated') };
  }

  /**
   * All shortest routes from `from` to `to` ([] when not connected), each with its nodes in walking
   * order and, step by step, every parallel relationship a path of the route takes there.
   */
  async shortestPaths(from: string, to: string, maxHops: number, limit: number): Promise<GraphPayload[]> {
    const { records } = await readQuery<{ variants: Path[] }>(this.db, 'shortest-paths', { from, to, limit }, { maxHops: String(maxHops) });
    return records.map((r) => {
      const variants = r.get('variants');
      const first = variants[0]!;
      const route = new GraphCollector().add(first.start);
      first.segments.forEach((segment, step) => {
        for (const variant of variants) route.add(variant.segments[step]!.relationship);
        route.add(segment.end);
      });
      return route.payload();
    });
  }

  /** The ids among `ids` that name no entity. */
  async missingIds(ids: string[]): Promise<string[]> {
    const { records } = await readQuery<{ id: string }>(this.db, 'entities-exist', { ids });
    const found = new Set(records.map((r) => r.get('id')));
    return ids.filter((id) => !found.has(id));
  }
}
