// The only module that calls fetch. Every failure becomes an ApiError carrying the server's
// { error: { code, message, details } }; network failures get code NETWORK_ERROR (status 0).
// The overview can be asked for before the rest of the app is evaluated (prefetchOverview).
import type { Article, ArticlesResponse } from '../../contract/api/articles.ts';
import type { CypherExplainResult, CypherRequestBody, CypherResult, CypherSchema } from '../../contract/api/cypher.ts';
import type { ErrorBody } from '../../contract/api/errors.ts';
import type { NeighborCounts, NeighborsPayload, NodeDetails, OverviewPayload, PathsResponse } from '../../contract/api/graph.ts';
import type { Health } from '../../contract/api/health.ts';
import type { CommitResponse, Draft, ExtractBody, FetchResponse } from '../../contract/ingest.ts';
import type { RegionSectorResponse } from '../../contract/api/insights.ts';
import type { MapResponse } from '../../contract/api/map.ts';
import type { SearchResponse } from '../../contract/api/search.ts';
import type { ArticleFactCounts, ArticleFacts } from '../../contract/api/sources.ts';
import type { TimelineResponse } from '../../contract/api/timeline.ts';
import type { RetractResponse } from '../../contract/ingest.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The API or its database is down: the health banner takes over. */
  get isUnavailable(): boolean {
    return this.status === 0 || this.code === 'DATABASE_UNAVAILABLE' || this.status === 502 || this.status === 503;
  }
}

export const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === 'AbortError';

type Listener = (err: ApiError) => void;
const unavailableListeners = new Set<Listener>();

/** Called whenever a request fails because the API or Neo4j is unreachable. */
export function onUnavailable(listener: Listener): () => void {
  unavailableListeners.add(listener);
  return () => unavailableListeners.delete(listener);
}

function query(params: Record<string, string | number | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) search.set(key, value.join(','));
    } else if (value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** How long a request may hang before it counts as the server not answering (the Cypher console waits longer: the server enforces its own query limit). */
export const REQUEST_TIMEOUT_MS = 20_000;
export const HEALTH_TIMEOUT_MS = 8_000;
export const CYPHER_TIMEOUT_MS = 120_000;

/** GETs started ahead of their request() (prefetchOverview), by path, each taken once. */
const prefetched = new Map<string, { response: Promise<Response>; deadline: AbortSignal }>();

function prefetch(path: string): void {
  if (prefetched.has(path)) return;
  const deadline = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const response = fetch(path, { headers: { Accept: 'application/json' }, signal: deadline });
  // A failure is reported by the request() that takes it; never an unhandled rejection meanwhile.
  response.catch(() => undefined);
  prefetched.set(path, { response, deadline });
}

/**
 * `answers`: error statuses whose body is the endpoint's normal answer rather than an error
 * (health's 503), returned as such so the server's own words reach the user.
 */
async function request<T>(
  path: string,
  init: RequestInit & { signal?: AbortSignal; headers?: Record<string, string> } = {},
  timeoutMs = REQUEST_TIMEOUT_MS,
  answers: number[] = [],
): Promise<T> {
  let response: Response;
  // A plain GET of a prefetched path takes that response (once; later ones fetch afresh).
  const early = !init.method && !init.signal ? prefetched.get(path) : undefined;
  prefetched.delete(path);
  const deadline = early?.deadline ?? AbortSignal.timeout(timeoutMs);
  try {
    response = await (early?.response ??
      fetch(path, {
        ...init,
        signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline,
        headers: {
          Accept: 'application/json',
          ...(init.body ? { 'Content-Type': 'application/json' } : {}),
          ...(init.headers as Record<string, string> | undefined),
        },
      }));
  } catch (err) {
    if (isAbort(err) && !deadline.aborted) throw err;
    const apiError = deadline.aborted
      ? new ApiError(0, 'TIMEOUT', 'The server did not answer in time')
      : new ApiError(0, 'NETWORK_ERROR', 'Cannot reach the server');
    for (const l of unavailableListeners) l(apiError);
    throw apiError;
  }
  let body: unknown = null;
  const text = await response.text();
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!response.ok && !(answers.includes(response.status) && body !== null)) {
    // A proxy in between may answer without the server's error body.
    const e = (body as Partial<ErrorBody> | null)?.error;
    const apiError = new ApiError(
      response.status,
      e?.code ?? `HTTP_${response.status}`,
      e?.message ?? response.statusText ?? 'Request failed',
      e?.details,
    );
    if (apiError.isUnavailable) for (const l of unavailableListeners) l(apiError);
    throw apiError;
  }
  return body as T;
}

const enc = encodeURIComponent;

type OverviewOptions = { labels?: string[]; types?: string[]; limit?: number; edges?: number };
const overviewPath = (opts: OverviewOptions) =>
  `/api/graph${query({ labels: opts.labels, types: opts.types, limit: opts.limit, edges: opts.edges })}`;

/**
 * Starts the overview's GET now, for the `api.graph(opts)` that will ask for it: the page's first
 * module (early.ts) calls it, so the first frame's data is on its way while the browser still
 * compiles and runs the app (its request used to start only after that, ~270 ms in on the seed).
 */
export const prefetchOverview = (opts: OverviewOptions): void => prefetch(overviewPath(opts));

/** Writes (and extraction, which costs the server CPU) carry the editor token; without one the server's 401 says it is missing. */
const asEditor = (token: string, body: unknown) =>
  ({
    method: 'POST',
    body: JSON.stringify(body),
    headers: (token ? { Authorization: `Bearer ${token}` } : {}) as Record<string, string>,
  }) satisfies RequestInit;

export const api = {
  /** Health answers 503 with its normal body (and the database's error) while Neo4j is down. */
  health: (signal?: AbortSignal) => request<Health>('/api/health', { signal }, HEALTH_TIMEOUT_MS, [503]),
  graph: (opts: OverviewOptions = {}) => request<OverviewPayload>(overviewPath(opts)),
  search: (q: string, opts: { labels?: string[]; limit?: number; signal?: AbortSignal } = {}) =>
    request<SearchResponse>(`/api/search${query({ q, labels: opts.labels, limit: opts.limit })}`, { signal: opts.signal }),
  node: (id: string, signal?: AbortSignal) => request<NodeDetails>(`/api/nodes/${enc(id)}`, { signal }),
  /** At depth 1 a page of `limit` neighbours in a stable order; `next` is the `skip` of the following one. */
  neighbors: (id: string, opts: { depth?: 1 | 2; types?: string[]; labels?: string[]; limit?: number; skip?: number } = {}) =>
    request<NeighborsPayload>(
      `/api/nodes/${enc(id)}/neighbors${query({ depth: opts.depth, types: opts.types, labels: opts.labels, limit: opts.limit, skip: opts.skip || undefined })}`,
    ),
  neighborCounts: (id: string, signal?: AbortSignal) => request<NeighborCounts>(`/api/nodes/${enc(id)}/neighbor-counts`, { signal }),
  paths: (from: string, to: string, maxHops?: number) => request<PathsResponse>(`/api/paths${query({ from, to, maxHops })}`),
  /** `venues`: also link a place to what was requested at an event held there. */
  regionSector: (opts: { venues?: boolean } = {}) =>
    request<RegionSectorResponse>(`/api/insights/region-sector${query({ venues: opts.venues ? 'true' : undefined })}`),
  map: () => request<MapResponse>('/api/map'),
  article: (id: string) => request<Article>(`/api/articles/${enc(id)}`),
  articles: () => request<ArticlesResponse>('/api/articles'),
  articleFacts: (id: string) => request<ArticleFacts>(`/api/articles/${enc(id)}/facts`),
  factCounts: () => request<ArticleFactCounts>('/api/facts/by-article'),
  /** Every dated fact of the graph and the undated counts, for the timeline. */
  timeline: () => request<TimelineResponse>('/api/timeline'),
  /** A write: needs the editor token (401 without it or with a wrong one). */
  retractArticle: (id: string, token: string) =>
    request<RetractResponse>(`/api/articles/${enc(id)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } }),
  /** Aborting `signal` (the console's Cancel) drops the request, and the server then stops the query. */
  cypher: (body: CypherRequestBody, signal?: AbortSignal) =>
    request<CypherResult>('/api/cypher', { method: 'POST', body: JSON.stringify(body), signal }, CYPHER_TIMEOUT_MS),
  /** The query's plan (EXPLAIN): checked like a run, never run. */
  cypherExplain: (body: CypherRequestBody, signal?: AbortSignal) =>
    request<CypherExplainResult>('/api/cypher/explain', { method: 'POST', body: JSON.stringify(body), signal }, CYPHER_TIMEOUT_MS),
  cypherSchema: () => request<CypherSchema>('/api/cypher/schema'),
  /** Extraction reads and resolves only: nothing is written until `commit`. */
  extract: (body: ExtractBody, token: string) => request<Draft>('/api/ingest/extract', asEditor(token, body)),
  fetchPage: (url: string, token: string) => request<FetchResponse>('/api/ingest/fetch', asEditor(token, { url })),
  commit: (draft: Draft, token: string) => request<CommitResponse>('/api/ingest/commit', asEditor(token, draft)),
};
