// The endpoints' limits, without zod, so the client can import them at no bundle cost: the
// request schemas (graph.ts, search.ts, cypher.ts) are built from these same numbers.

/** A limit's bounds: the most a caller may ask for, and what it gets when it does not ask. */
export interface LimitBounds {
  max: number;
  default: number;
}

export const GRAPH_LIMITS = {
  /** GET /api/graph?limit= */
  overview: { max: 5000, default: 1000 },
  /**
   * GET /api/graph?edges=: relationships among the overview's nodes (default: twice `limit`). The
   * best-connected nodes share far more than a first frame can draw (41,097 among the top 300 of
   * a 100k-node / 1M-relationship graph), and serialising them all cost the answer ~1.7 s there.
   */
  overviewEdges: { max: 50_000, perNode: 2 },
  /** GET /api/nodes/:id?limit=: relationships listed in a node's details */
  nodeRelationships: { max: 5000, default: 200 },
  /** GET /api/nodes/:id/neighbors?limit= */
  neighbors: { max: 1000, default: 100 },
  /** GET /api/paths?limit= */
  paths: { max: 100, default: 25 },
  /** GET /api/paths?maxHops= */
  pathHops: { max: 6, default: 4 },
} as const satisfies Record<string, LimitBounds | { max: number; perNode: number }>;

/**
 * Most nodes the explorer draws when it opens, unless the URL asks for another cap (`?cap=`): the
 * overview request every visit starts with, which the serving benchmark measures as such.
 */
export const EXPLORER_INITIAL_NODES = 300;

/** GET /api/search?limit= */
export const SEARCH_LIMITS = { max: 50, default: 10 } as const satisfies LimitBounds;

/** POST /api/cypher */
export const CYPHER_LIMITS = {
  queryLength: 10_000,
  paramsBytes: 16 * 1024,
  /** Deeper nesting is no use in a query parameter and only costs stack while it is converted. */
  paramsDepth: 32,
  rows: { max: 10_000, default: 1_000 },
} as const;

/** GET /api/map */
export const MAP_LIMITS = {
  /** Place nodes listed (placed or not); more are cut and the answer says so. */
  places: 2000,
  /** ?limit=: facts of each kind (meetings and partnerships; requests) read for the links. */
  facts: { max: 10_000, default: 2000 },
} as const;
