// Small graphs for the client's unit tests.
import type { GraphEdge, GraphNode, GraphPayload } from '../../../contract/api/graph.ts';

export const node = (id: string, label = 'Official', properties: GraphNode['properties'] = {}): GraphNode => ({ id, label, name: id.toUpperCase(), properties });
export const edge = (id: string, source: string, target: string, type = 'MET_WITH', properties: GraphEdge['properties'] = {}): GraphEdge => ({
  id,
  type,
  source,
  target,
  properties: { source: 'article-1', evidence: `${source} ${type} ${target}.`, ...properties },
});
export const payload = (nodes: GraphNode[], edges: GraphEdge[] = [], truncated?: boolean): GraphPayload => ({ nodes, edges, ...(truncated === undefined ? {} : { truncated }) });
