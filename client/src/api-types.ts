// Payload shapes of the server's HTTP API, written from the API contract. The client trusts
// only these fields; anything else the server adds is shown generically as a property.

export type PropertyValue = string | number | boolean | null | PropertyValue[] | { [key: string]: PropertyValue };
export type Properties = Record<string, PropertyValue>;

export interface GraphNode {
  id: string;
  label: string;
  name: string;
  properties: Properties;
}

export interface GraphEdge {
  id: string;
  type: string;
  /** Id of the start node (not the article: that is properties.source). */
  source: string;
  target: string;
  properties: Properties;
}

export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated?: boolean;
}

export interface NodeSummary {
  id: string;
  label: string;
  name: string;
}

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: { connected: boolean; version?: string; edition?: string; database?: string; error?: string };
}

export interface SearchResult extends NodeSummary {
  score: number;
}

export interface NodeRelationship extends GraphEdge {
  other: NodeSummary;
}

export interface NodeDetails {
  node: GraphNode;
  relationships: NodeRelationship[];
}

export interface PathsResponse {
  paths: GraphPayload[];
}

export interface EvidenceRef {
  source: string;
  evidence: string;
}

export interface RegionSectorRow {
  place: NodeSummary;
  sector: { id: string; name: string };
  count: number;
  /** Which rules link the place to the sector (asked-of, meeting-place, investment). */
  via?: string[];
  evidence: EvidenceRef[];
}

export interface Article {
  id: string;
  title: string;
  language: string;
  dateText: string | null;
  date: string | null;
  inferredDate: string | null;
  text: string;
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
  limit?: number;
}

export interface CypherResponse {
  columns: string[];
  rows: Record<string, unknown>[] | unknown[][];
  graph: GraphPayload;
  truncated: boolean;
  summary: { queryType: string; ms: number };
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}
