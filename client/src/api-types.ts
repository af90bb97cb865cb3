// Every response (and request body) of the server's HTTP API, as the client sees it. Each type
// mirrors a zod schema of the server, named in its comment, field for field: the lead replaces
// this file with `import type` + `z.infer` from the shared contract, so nothing here may be
// looser or stricter than the schema, and no other client file declares a response type.

/** propertiesSchema (server/features/graph/graph.schemas.ts): values are plain JSON, unchecked. */
export type Properties = Record<string, unknown>;

/** graphNodeSchema (graph.schemas.ts). */
export interface GraphNode {
  id: string;
  label: string;
  name: string;
  properties: Properties;
}

/** graphEdgeSchema (graph.schemas.ts). */
export interface GraphEdge {
  id: string;
  type: string;
  /** Id of the start node (not the article: that is properties.source). */
  source: string;
  target: string;
  properties: Properties;
}

/** graphPayloadSchema (graph.schemas.ts): GET /api/graph, /api/nodes/:id/neighbors, each path. */
export interface GraphPayload {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated?: boolean;
}

/** nodeSummarySchema (graph.schemas.ts). */
export interface NodeSummary {
  id: string;
  label: string;
  name: string;
}

/** healthSchema (server/features/health/health.routes.ts): GET /api/health, 200 or 503. */
export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: { connected: boolean; version?: string; edition?: string; database: string; error?: string };
}

/** searchResultSchema (server/features/search/search.routes.ts). */
export interface SearchResult extends NodeSummary {
  score: number;
}

/** GET /api/search (search.routes.ts). */
export interface SearchResponse {
  results: SearchResult[];
}

/** One of nodeDetailsSchema's relationships (server/features/graph/graph.routes.ts). */
export interface NodeRelationship extends GraphEdge {
  /** Seen from the node: `out` when it is the start node. */
  direction: 'out' | 'in';
  other: NodeSummary;
}

/** nodeDetailsSchema (graph.routes.ts): GET /api/nodes/:id. */
export interface NodeDetails {
  node: GraphNode;
  relationships: NodeRelationship[];
  /** The node has more relationships than the request's limit (a hub): the list is a sample. */
  truncated: boolean;
}

/** GET /api/paths (graph.routes.ts). */
export interface PathsResponse {
  paths: GraphPayload[];
}

/** evidenceSchema (server/features/insights/insights.routes.ts). */
export interface EvidenceRef {
  source: string;
  evidence: string;
}

/** rowSchema (insights.routes.ts). */
export interface RegionSectorRow {
  place: NodeSummary;
  sector: { id: string; name: string };
  count: number;
  /** Which rules link the place to the sector. */
  via: ('asked-of' | 'meeting-place' | 'investment')[];
  evidence: EvidenceRef[];
}

/** GET /api/insights/region-sector (insights.routes.ts). */
export interface RegionSectorResponse {
  rows: RegionSectorRow[];
}

/** articleSchema (server/features/articles/articles.routes.ts): GET /api/articles/:id. */
export interface Article {
  id: string;
  title: string;
  /** Whether the title is the article's own or one given by the editors. */
  titleSource: 'article' | 'editorial';
  language: string;
  dateText: string;
  /** Publication date when the text states the year; null otherwise. */
  date: string | null;
  inferredDate: string | null;
  /** Why inferredDate was inferred. */
  inference: string | null;
  text: string;
}

/** The input of cypherRequestSchema (server/features/cypher/cypher.schemas.ts): params and limit have defaults. */
export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
  limit?: number;
}

/** cypherResultSchema (cypher.schemas.ts): POST /api/cypher. */
export interface CypherResponse {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: GraphPayload;
  truncated: boolean;
  summary: { queryType: 'r'; ms: number };
}

/** errorBodySchema (server/http/openapi.ts): the body of every error answer. */
export interface ErrorResponse {
  error: { code: string; message: string; details?: unknown };
}
