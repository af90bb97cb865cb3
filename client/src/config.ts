// Client-side limits and timings in one place, so tests and benchmarks can read the same values.

/** Most nodes drawn when the explorer opens; the API is asked for no more than this. */
export const INITIAL_NODE_CAP = 300;
/** Most new neighbours one expansion adds. */
export const EXPANSION_CAP = 100;
/** Most rows the Cypher console asks the server for. */
export const CYPHER_ROW_LIMIT = 1000;
/** Most rows drawn in the results table (the rest are summarised). */
export const TABLE_ROW_CAP = 500;
export const SEARCH_LIMIT = 10;
export const SEARCH_DEBOUNCE_MS = 150;
/** Health polling: slow while everything is fine, fast while the API or Neo4j is down. */
export const HEALTH_POLL_OK_MS = 30_000;
export const HEALTH_POLL_DOWN_MS = 3_000;
export const QUERY_HISTORY_MAX = 50;
export const PATH_MAX_HOPS_DEFAULT = 4;
