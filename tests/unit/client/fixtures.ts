// Small graphs for the client's unit tests, and a Map-backed stand-in for local storage.
import type { GraphEdge, GraphNode, GraphPayload } from '../../../contract/api/graph.ts';

export const node = (id: string, label = 'Official', properties: GraphNode['properties'] = {}): GraphNode => ({
  id,
  label,
  name: id.toUpperCase(),
  properties,
});
export const edge = (
  id: string,
  source: string,
  target: string,
  type = 'MET_WITH',
  properties: GraphEdge['properties'] = {},
): GraphEdge => ({
  id,
  type,
  source,
  target,
  properties: { source: 'article-1', evidence: `${source} ${type} ${target}.`, ...properties },
});
export const payload = (nodes: GraphNode[], edges: GraphEdge[] = [], truncated?: boolean): GraphPayload => ({
  nodes,
  edges,
  ...(truncated === undefined ? {} : { truncated }),
});

/** Local storage as the client uses it (getItem, setItem, removeItem), over a Map the test can read. */
export class MemoryStore {
  readonly data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}
