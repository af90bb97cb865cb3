// Client-side limits and timings in one place, so tests and benchmarks can read the same values.
import { CYPHER_LIMITS, EXPLORER_INITIAL_NODES, GRAPH_LIMITS, SEARCH_LIMITS } from '../../contract/api/limits.ts';

/** The server's own bounds the client stays within: the contract's, from which its request schemas are built. */
export const API_LIMITS = {
  graphNodes: GRAPH_LIMITS.overview.max,
  neighbours: GRAPH_LIMITS.neighbors.max,
  pathHopsDefault: GRAPH_LIMITS.pathHops.default,
  pathHopsMax: GRAPH_LIMITS.pathHops.max,
  searchResults: SEARCH_LIMITS.default,
  cypherRows: CYPHER_LIMITS.rows.default,
} as const;

/** Most nodes drawn when the explorer opens, unless the URL asks for another cap (`?cap=`). */
export const INITIAL_NODE_CAP = EXPLORER_INITIAL_NODES;

/** Most new neighbours one expansion adds, unless the URL asks for another cap (`?expand=`). */
export const EXPANSION_CAP = 100;

/** What the query string asked of one cap, and what it got. */
export interface CapRequest {
  /** The cap in force. */
  value: number;
  /** The number the URL asked for (null: none, or not a number). */
  requested: number | null;
  max: number;
  /** The URL asked for more than `max` (or less than 1) and got the nearest bound. */
  clamped: boolean;
}

/**
 * A positive integer from the query string (`?cap=1000`), clamped to 1…max; absent or
 * unreadable means `fallback`. Caps live in the query string, not the hash, so shared view links
 * keep them.
 */
export function capRequest(search: string, key: string, fallback: number, max: number): CapRequest {
  const raw = new URLSearchParams(search).get(key)?.trim();
  if (!raw || !/^\d{1,9}$/.test(raw)) return { value: fallback, requested: null, max, clamped: false };
  const requested = Number(raw);
  const value = Math.min(max, Math.max(1, requested));
  return { value, requested, max, clamped: value !== requested };
}

/** Both caps of this page: nodes drawn on opening (`?cap=`) and neighbours per expansion (`?expand=`). */
export const capsFromSearch = (search: string): { nodes: CapRequest; expand: CapRequest } => ({
  nodes: capRequest(search, 'cap', INITIAL_NODE_CAP, API_LIMITS.graphNodes),
  expand: capRequest(search, 'expand', EXPANSION_CAP, API_LIMITS.neighbours),
});

const num = (n: number) => n.toLocaleString('en');

/** What to tell the user when the URL asked for a cap beyond its bounds; null when neither was. */
export function capClampNotice(caps: { nodes: CapRequest; expand: CapRequest }): string | null {
  const said = (c: CapRequest, what: string) =>
    c.clamped && c.requested !== null
      ? `${what} ${num(c.requested)} was ${c.requested > c.max ? `capped at the maximum, ${num(c.max)}` : 'raised to 1'}`
      : '';
  const parts = [said(caps.nodes, 'Nodes on opening'), said(caps.expand, 'Neighbours per expansion')].filter(Boolean);
  return parts.length ? `${parts.join('; ')}.` : null;
}

/** The query string with both caps set (other parameters kept), for the Limits form. */
export function searchWithCaps(search: string, caps: { nodes: number; expand: number }): string {
  const params = new URLSearchParams(search);
  params.set('cap', String(caps.nodes));
  params.set('expand', String(caps.expand));
  return `?${params.toString()}`;
}

/** The initial cap for this page: `?cap=N` (e.g. for a big screen or the rendering benchmark). */
export const initialNodeCap = (search: string): number => capsFromSearch(search).nodes.value;
/** The expansion cap for this page: `?expand=N`. */
export const expansionCap = (search: string): number => capsFromSearch(search).expand.value;

/**
 * Above this many nodes on the canvas, drawing turns cheap: straight edges without arrows or
 * labels (a relationship's type shows on hover and selection), and the force layout gives way
 * to rings by degree (graph-view.ts). Below it (the seed graph has 62 nodes) everything is
 * drawn in full.
 */
export const LARGE_GRAPH_NODES = 150;
/**
 * From this cap on, the canvas is created for big graphs: it hides edges and draws a texture while
 * panning or zooming, and draws with WebGL where the browser has it.
 */
export const BIG_CANVAS_CAP = 1000;
/** Most rows drawn in the results table (the rest are summarised). */
export const TABLE_ROW_CAP = 500;
export const SEARCH_DEBOUNCE_MS = 150;
/** Health polling: slow while everything is fine, fast while the API or Neo4j is down. */
export const HEALTH_POLL_OK_MS = 30_000;
export const HEALTH_POLL_DOWN_MS = 3_000;
export const QUERY_HISTORY_MAX = 50;
