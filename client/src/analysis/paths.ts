// A shortest-path payload (an unordered bag of nodes and edges) → the ordered steps from its
// start node, with the direction each relationship is walked.
import type { GraphEdge, GraphNode, GraphPayload } from '../../../contract/api/graph.ts';

export interface PathStep {
  from: GraphNode;
  edge: GraphEdge;
  to: GraphNode;
  /** true when the relationship points from `from` to `to`. */
  forward: boolean;
}

export function orderPath(path: GraphPayload, startId: string): PathStep[] {
  const nodes = new Map(path.nodes.map((n) => [n.id, n]));
  const unused = new Set(path.edges.map((e) => e.id));
  const steps: PathStep[] = [];
  let current = startId;
  while (unused.size) {
    const edge = path.edges.find((e) => unused.has(e.id) && (e.source === current || e.target === current));
    if (!edge) break;
    unused.delete(edge.id);
    const forward = edge.source === current;
    const next = forward ? edge.target : edge.source;
    const from = nodes.get(current);
    const to = nodes.get(next);
    if (!from || !to) break;
    steps.push({ from, edge, to, forward });
    current = next;
  }
  return steps;
}

/** The end a path starts from: `preferred` when present, else a node touching a single edge. */
export function pathStart(path: GraphPayload, preferred: string | null): string | null {
  if (preferred && path.nodes.some((n) => n.id === preferred)) return preferred;
  const degree = new Map<string, number>();
  for (const e of path.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return path.nodes.find((n) => degree.get(n.id) === 1)?.id ?? path.nodes[0]?.id ?? null;
}
