// A shortest-route payload (an unordered bag of nodes and edges) → the ordered steps from its
// start node, with the direction each relationship is walked. A route may take a step by several
// parallel relationships (one fact cited by several articles): they are one step, with each
// citation, not steps back and forth.
import type { GraphEdge, GraphNode, GraphPayload } from '../../../contract/api/graph.ts';

export interface PathStep {
  from: GraphNode;
  edge: GraphEdge;
  /** Every relationship of the route between the step's two nodes, `edge` first. */
  citations: GraphEdge[];
  to: GraphNode;
  /** true when the relationship points from `from` to `to`. */
  forward: boolean;
}

export function orderPath(path: GraphPayload, startId: string): PathStep[] {
  const nodes = new Map(path.nodes.map((n) => [n.id, n]));
  const unused = new Set(path.edges.map((e) => e.id));
  const steps: PathStep[] = [];
  const visited = new Set([startId]);
  let current = startId;
  const otherEnd = (e: GraphEdge, id: string) => (e.source === id ? e.target : e.source);
  while (unused.size) {
    const edge = path.edges.find(
      (e) => unused.has(e.id) && (e.source === current || e.target === current) && !visited.has(otherEnd(e, current)),
    );
    if (!edge) break;
    const forward = edge.source === current;
    const next = otherEnd(edge, current);
    const citations = path.edges.filter(
      (e) => unused.has(e.id) && ((e.source === current && e.target === next) || (e.source === next && e.target === current)),
    );
    for (const e of citations) unused.delete(e.id);
    const from = nodes.get(current);
    const to = nodes.get(next);
    if (!from || !to) break;
    steps.push({ from, edge, citations: [edge, ...citations.filter((e) => e !== edge)], to, forward });
    visited.add(next);
    current = next;
  }
  return steps;
}

/** The end a path starts from: `preferred` when present, else a node with a single neighbour on it. */
export function pathStart(path: GraphPayload, preferred: string | null): string | null {
  if (preferred && path.nodes.some((n) => n.id === preferred)) return preferred;
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  for (const e of path.edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return path.nodes.find((n) => neighbours.get(n.id)?.size === 1)?.id ?? path.nodes[0]?.id ?? null;
}
