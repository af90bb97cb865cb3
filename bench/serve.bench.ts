// npm run bench:serve -- --sizes 10000:100000,100000:1000000 --duration 10 --connections 12,50 [--soak 120] [--writes 30]
// The API under concurrent load on generated graphs: for each size, a fresh database is loaded
// with bench/generate.ts data, then each case (the explorer's first overview, neighbours 1 and 2
// hops, search, paths, node details, ad-hoc Cypher) is driven by autocannon at each connection
// count, beside two peers running the same Cypher with the same parameters at the same concurrency: the raw Bolt driver
// (that many async loops), so the API's overhead is a ratio at p50, and Neo4j's own HTTP Query
// API (autocannon again), what a client would otherwise call, so throughput compares too. Node
// ids and search terms vary across requests: hubs (the most connected nodes: the Prime
// Minister, the big sectors) and a sample of ordinary nodes. The ad-hoc Cypher case is a mix of
// console queries (cypher-mix.ts) with the read-only verdict cache warm, and again cold (every
// text new); the cache's hit rate over each measured run is printed beside it. On the last size,
// optionally, a memory soak and writes under load (articles committed while the mix runs).
//
// Where things run: the API server is a forked child process (serve-child.ts), so autocannon
// and the raw-driver loops never share its event loop; they run here, one after the other.
// Latencies are taken per response (autocannon's float response times, not its 1 ms
// histogram buckets). Neo4j is a benchmark-private instance (bench-neo4j.ts, the only one that
// serves the Query API), or one the caller shares (`neo4j`), emptied before each size and left
// running; a shared one without `queryApiUrl` is measured without that peer.
//
// `runServeBench(options)` does it all and returns the figures; importing this file runs
// nothing. The CLI prints one table per size and a growth table (a column per size) and writes
// bench/results/serve.json.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherParams } from '../db/read.ts';
import { loadDataset } from '../seed/load.ts';
import type { Neo4jTarget } from '../config/config.ts';
import { EXPLORER_INITIAL_NODES, GRAPH_LIMITS, SEARCH_LIMITS } from '../contract/api/limits.ts';
import { createDriver } from '../db/driver.ts';
import { cypher, type QueryName } from '../db/queries.ts';
import { applySchema, clearDatabase } from '../db/schema.ts';
import type { Dataset } from '../seed/dataset.ts';
import { readSeed } from '../seed/read-seed.ts';
import { buildLuceneQuery } from '../db/lucene.ts';
import { startBenchNeo4j, type BenchNeo4j, type SharedNeo4j } from './bench-neo4j.ts';
import { CYPHER_MIX, mixPicker, mixPools, mixStatement, type MixPicker } from './cypher-mix.ts';
import { generateDataset } from './generate.ts';
import { quantiles } from './percentiles.ts';
import { Random } from './random.ts';
import { writesUnderLoad, type WritesUnderLoadResult } from './writes-under-load.ts';
import type { ServeChildConfig, ServeChildMessage, ServeChildRequest } from './serve-child.ts';

export const CASE_NAMES = ['overview', 'neighbours-1', 'neighbours-2', 'search', 'paths', 'node-details', 'cypher', 'cypher-cold'] as const;
export type CaseName = (typeof CASE_NAMES)[number];
/** The cases that call one fixed endpoint (the Cypher ones run the ad-hoc mix). */
export const FIXED_CASES: readonly CaseName[] = ['overview', 'neighbours-1', 'neighbours-2', 'search', 'paths', 'node-details'];
/** The ad-hoc Cypher mix with the verdict cache warm, and the same mix with every text new to it. */
export const CYPHER_CASES: readonly CaseName[] = ['cypher', 'cypher-cold'];
/** The read mix that runs beside the writes (writes-under-load.ts). */
export const WRITES_READ_CASES: readonly CaseName[] = ['neighbours-1', 'neighbours-2', 'search', 'node-details', 'cypher'];

export interface GraphSize {
  nodes: number;
  rels: number;
}

export interface ServeBenchOptions {
  /** Graph sizes, smallest first; default 10,000 nodes / 100,000 relationships. */
  sizes?: GraphSize[];
  /** Measured seconds per case and connection count (API and raw driver each); default 10. */
  durationS?: number;
  /** Unmeasured seconds before each case's first measurement; default min(2, durationS). */
  warmupS?: number;
  /** Concurrent connections (API) and async loops (raw driver); default [12, 50]. */
  connections?: number[];
  cases?: CaseName[];
  /** Seconds of mixed load on the last size while sampling the server's memory; 0 = none. */
  soakS?: number;
  /**
   * On the last size, seconds of the mix without writes and then as long with articles committed
   * and retracted one after the other (bench/writes-under-load.ts); 0 = none.
   */
  writesS?: number;
  seed?: number;
  heap?: string;
  pagecache?: string;
  /** The server's log level: 'info' (the default in production: one JSON line per request) or 'silent'. */
  logLevel?: ServeChildConfig['logLevel'];
  /**
   * A running Neo4j to load each size into instead of starting one (heap and pagecache are then
   * the caller's): its database is emptied before each size and it is left running, holding the
   * last size's data.
   */
  neo4j?: SharedNeo4j;
  /**
   * Measure Neo4j's HTTP Query API beside the API and the raw driver (default true): the
   * benchmark's own Neo4j then serves it; a shared one only if it says where (`queryApiUrl`).
   */
  queryApi?: boolean;
  /** A Neo4j already holding the dataset in `dataDir` (nothing is loaded; `sizes` is ignored). */
  existing?: { target: Neo4jTarget; dataDir: string; queryApiUrl?: string };
  log?: (line: string) => void;
}

export interface LatencyStats {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** HTTP runs: the mean answer size in KiB (headers included; all of a request's answers together). */
  kib?: number;
}

export interface CaseResult {
  case: CaseName;
  connections: number;
  api: LatencyStats;
  raw: LatencyStats;
  /** api.p50 / raw.p50 */
  ratio: number;
  /** Errors the API answered, by status (non-2xx) or as socket errors/timeouts. */
  apiErrorsBy: Record<string, number>;
  /**
   * Neo4j's HTTP Query API running the same statements with the same parameters (when the Neo4j
   * serves it): one "request" is all of a case's statements in a row, as the raw driver does.
   */
  queryApi?: LatencyStats;
  /** Its errors: non-2xx, socket errors and timeouts, and `neo4j` for a 202 whose body carries errors. */
  queryApiErrorsBy?: Record<string, number>;
  /** api.rps / queryApi.rps */
  throughputVsQueryApi?: number;
  /** The read-only verdict cache's lookups during the measured API run (Cypher cases). */
  verdicts?: { hits: number; misses: number; hitRate: number };
}

export interface MemorySample {
  atS: number;
  rssMB: number;
  heapUsedMB: number;
}

export interface SoakResult {
  seconds: number;
  connections: number;
  requests: number;
  errors: number;
  samples: MemorySample[];
  /**
   * After a full GC, before the soak and once the server has finished every request of it (a
   * request whose client timed out is still being answered: sampled at once, its answer would
   * count as kept memory).
   */
  heapUsedAfterGcMB: { start: number; end: number };
  /** Requests the server was still answering when the load stopped, how long it waited for them, and whether they all finished. */
  drain: { inFlight: number; seconds: number; drained: boolean };
  rssMB: { start: number; end: number; max: number };
  heapUsedMB: { start: number; end: number; max: number };
}

export interface SizeResult {
  nodes: number;
  rels: number;
  loadS: number;
  /** 1-minute load average before and after this size's measurements. */
  loadAvg: { before: number; after: number };
  hubs: { id: string; degree: number }[];
  ordinaryDegreeP50: number;
  cases: CaseResult[];
  soak?: SoakResult;
  writes?: WritesUnderLoadResult;
}

export interface ServeBenchResult {
  at: string;
  machine: { cpus: number; memGB: number; node: string };
  options: { durationS: number; warmupS: number; connections: number[]; logLevel: string; seed: number; heap: string; pagecache: string };
  sizes: SizeResult[];
}

// ---------------------------------------------------------------------------------------------
// Workload: what each request asks for, drawn from the dataset, the same list for API and raw.

interface Workload {
  ids: string[];
  pairs: [string, string][];
  terms: string[];
  /** Parameters of the ad-hoc Cypher mix. */
  mix: MixPicker;
  hubs: { id: string; degree: number }[];
  ordinaryDegreeP50: number;
}

/** Every 10th id is a hub (top-degree node); the rest are a deterministic sample of ordinary nodes. */
export function buildWorkload(dataset: Dataset, seed = 1, size = 2_000): Workload {
  const degree = new Map<string, number>();
  for (const r of dataset.relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const byDegree = dataset.nodes
    .map((n) => ({ id: n.id, name: n.name, degree: degree.get(n.id) ?? 0 }))
    .sort((a, b) => b.degree - a.degree);
  const hubs = byDegree.slice(0, 5);
  const connected = byDegree.filter((n) => n.degree > 0);
  const rnd = new Random(seed);
  // Ordinary: below the 90th percentile of degree, so hubs are only the ones named above.
  const ordinaryPool = connected.slice(Math.floor(connected.length * 0.1));
  const sample = Array.from({ length: 500 }, () => ordinaryPool[rnd.int(ordinaryPool.length)]!);
  const pick = (i: number) => (i % 10 === 0 ? hubs[(i / 10) % hubs.length]! : sample[i % sample.length]!);
  const ids = Array.from({ length: size }, (_v, i) => pick(i).id);
  const pairs = Array.from({ length: size }, (_v, i) => {
    const a = pick(i);
    let b = sample[(i * 7 + 3) % sample.length]!;
    if (b.id === a.id) b = sample[(i * 7 + 4) % sample.length]!;
    return [a.id, b.id] as [string, string];
  });
  // Search as people type: a whole name, a first word, a 3-letter prefix; hubs' names included.
  const terms = Array.from({ length: size }, (_v, i) => {
    const node = pick(i);
    const words = node.name.split(/\s+/);
    return [node.name, words[0]!, words.at(-1)!.slice(0, 3)][i % 3]!;
  });
  const sorted = sample.map((n) => n.degree).sort((a, b) => a - b);
  return {
    ids,
    pairs,
    terms,
    mix: mixPicker(mixPools(dataset.nodes, ids, pairs)),
    hubs: hubs.map(({ id, degree: d }) => ({ id, degree: d })),
    ordinaryDegreeP50: sorted[Math.floor(sorted.length / 2)] ?? 0,
  };
}

/** One statement an endpoint runs, parameters as plain JSON (whole numbers are Cypher integers). */
export interface Statement {
  query: string;
  params: Record<string, unknown>;
}

interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

interface CaseSpec {
  /** The i-th API request. */
  request(i: number): HttpRequest;
  /**
   * Every request's text is new (the cold Cypher mix): the raw driver and the Query API then walk
   * ranges of their own, so none of them finds a text another one has just had Neo4j plan.
   */
  ownRanges?: boolean;
  /**
   * Connection counts of its own instead of the run's: the overview, a page's first request, is
   * measured one request at a time (its target is a latency, not a queue).
   */
  connections?: number[];
  /**
   * The Cypher the endpoint runs for request i, in order, with the same parameters: the raw
   * driver and the Query API run these. As many for every i.
   */
  statements(i: number): Statement[];
}

/**
 * The raw baseline: the fastest plain driver call for one read, an auto-commit statement in a
 * fresh session (one round trip; executeQuery and executeRead add BEGIN/COMMIT).
 */
async function rawRead(driver: Driver, database: string, { query, params }: Statement) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.run(query, cypherParams(params));
  } finally {
    await session.close();
  }
}

async function rawStatements(driver: Driver, database: string, statements: Statement[]) {
  for (const statement of statements) await rawRead(driver, database, statement);
}

const named = (name: QueryName, params: Record<string, unknown>, splices?: Record<string, string>): Statement => ({
  query: cypher(name, splices),
  params,
});

function caseSpecs(w: Workload): Record<CaseName, CaseSpec> {
  const at = <T>(list: T[], i: number) => list[i % list.length]!;
  const neighbours = (depth: 1 | 2): CaseSpec => ({
    request: (i) => ({ method: 'GET', path: `/api/nodes/${encodeURIComponent(at(w.ids, i))}/neighbors?depth=${depth}` }),
    // The API serves depth 1 from the paged query (stable order, skip) and depth 2 from the ring query.
    statements: (i) => [
      depth === 1
        ? named('node-neighbors-page', { id: at(w.ids, i), types: [], labels: [], skip: 0, limit: GRAPH_LIMITS.neighbors.default })
        : named('node-neighbors', { id: at(w.ids, i), depth, types: [], labels: [], limit: GRAPH_LIMITS.neighbors.default }),
    ],
  });
  const cypherMix = (cold: boolean): CaseSpec => ({
    ownRanges: cold,
    request: (i) => {
      const { query, params } = mixStatement(w.mix, i, cold);
      return { method: 'POST', path: '/api/cypher', body: JSON.stringify({ query, params }) };
    },
    statements: (i) => [mixStatement(w.mix, i, cold)],
  });
  // The explorer's first request: the overview at its default cap (the same query every time).
  const overviewLimit = EXPLORER_INITIAL_NODES;
  return {
    overview: {
      connections: [1],
      request: () => ({ method: 'GET', path: `/api/graph?limit=${overviewLimit}` }),
      statements: () => [
        named('graph-overview', {
          labels: [],
          types: [],
          limit: overviewLimit,
          edges: GRAPH_LIMITS.overviewEdges.perNode * overviewLimit,
        }),
      ],
    },
    'neighbours-1': neighbours(1),
    'neighbours-2': neighbours(2),
    search: {
      request: (i) => ({ method: 'GET', path: `/api/search?q=${encodeURIComponent(at(w.terms, i))}` }),
      statements: (i) => [named('search-entities', { query: buildLuceneQuery(at(w.terms, i)), labels: [], limit: SEARCH_LIMITS.default })],
    },
    paths: {
      request: (i) => {
        const [from, to] = at(w.pairs, i);
        return { method: 'GET', path: `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` };
      },
      statements: (i) => {
        const [from, to] = at(w.pairs, i);
        return [
          named('entities-exist', { ids: [from, to] }),
          named('shortest-paths', { from, to, limit: GRAPH_LIMITS.paths.default }, { maxHops: String(GRAPH_LIMITS.pathHops.default) }),
        ];
      },
    },
    'node-details': {
      request: (i) => ({ method: 'GET', path: `/api/nodes/${encodeURIComponent(at(w.ids, i))}` }),
      statements: (i) => [named('node-details', { id: at(w.ids, i), limit: GRAPH_LIMITS.nodeRelationships.default })],
    },
    cypher: cypherMix(false),
    'cypher-cold': cypherMix(true),
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

function stats(ms: number[], errors: number, seconds: number): LatencyStats {
  const q = quantiles(ms);
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: ms.length,
    errors,
    rps: Math.round(ms.length / seconds),
    p50: r2(q(0.5)),
    p90: r2(q(0.9)),
    p99: r2(q(0.99)),
    max: r2(q(1)),
  };
}

/**
 * What autocannon sends: each logical request is `steps` HTTP requests in a row on one connection
 * (its latency is their sum), the i-th built by `request(i, step)`.
 */
interface HttpLoad {
  steps: number;
  request(i: number, step: number): HttpRequest & { headers?: Record<string, string> };
  /** A 2xx answer whose body still reports a failure (the Query API's 202 with `errors`). */
  failed?(body: string): boolean;
}

const apiLoad = (spec: CaseSpec): HttpLoad => ({ steps: 1, request: (i) => spec.request(i) });

/** Several cases' API requests as one load: request i goes to case i mod n. */
const mixedLoad = (specs: readonly CaseSpec[]): HttpLoad => ({
  steps: 1,
  request: (i) => specs[i % specs.length]!.request(Math.floor(i / specs.length)),
});

/**
 * autocannon; every logical request's time is kept; non-2xx, failed bodies, socket errors and
 * timeouts are errors (a logical request with one is not timed).
 */
function runAutocannon(baseUrl: string, load: HttpLoad, connections: number, seconds: number, start: number) {
  let next = start;
  const ms: number[] = [];
  let bytes = 0;
  let answers = 0;
  let failedBodies = 0;
  // onResponse (the body) runs just before the 'response' event (the time) of the same answer,
  // synchronously in the same client, so this flag carries the verdict from one to the other.
  let lastFailed = false;
  const inFlight = new Map<unknown, { ms: number; ok: boolean; steps: number }>();
  return new Promise<{ ms: number[]; errors: number; errorsBy: Record<string, number>; seconds: number; next: number; kib: number }>(
    (resolve, reject) => {
      const instance = autocannon(
        {
          url: baseUrl,
          connections,
          duration: seconds,
          requests: Array.from({ length: load.steps }, (_v, step) => ({
            setupRequest: (req: autocannon.Request, context: { i?: number }) => {
              if (step === 0) context.i = next++;
              const r = load.request(context.i!, step);
              return {
                ...req,
                method: r.method,
                path: r.path,
                ...(r.body ? { body: r.body } : {}),
                headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers },
              };
            },
            ...(load.failed
              ? {
                  onResponse: (status: number, body: string) => {
                    lastFailed = status >= 200 && status < 300 && load.failed!(body);
                    if (lastFailed) failedBodies++;
                  },
                }
              : {}),
          })),
        },
        (err, result) => {
          if (err) return reject(err);
          const errorsBy: Record<string, number> = {};
          for (const [code, { count = 0 } = {}] of Object.entries(result.statusCodeStats ?? {}))
            if (!code.startsWith('2')) errorsBy[code] = count;
          if (result.errors) errorsBy.socket = result.errors;
          if (result.timeouts) errorsBy.timeout = result.timeouts;
          if (failedBodies) errorsBy.neo4j = failedBodies;
          const errors = result.non2xx + result.errors + result.timeouts + failedBodies;
          resolve({
            ms,
            errors,
            errorsBy,
            seconds: result.duration,
            next,
            kib: Math.round((bytes / 1024 / Math.max(1, answers)) * load.steps * 10) / 10,
          });
        },
      );
      instance.on('response', (client, status, resBytes, responseTime) => {
        bytes += resBytes;
        answers++;
        const ok = status >= 200 && status < 300 && !lastFailed;
        lastFailed = false;
        if (load.steps === 1) {
          if (ok) ms.push(responseTime);
          return;
        }
        const sum = inFlight.get(client) ?? { ms: 0, ok: true, steps: 0 };
        sum.ms += responseTime;
        sum.ok &&= ok;
        if (++sum.steps < load.steps) inFlight.set(client, sum);
        else {
          inFlight.delete(client);
          if (sum.ok) ms.push(sum.ms);
        }
      });
    },
  );
}

/** Where Neo4j's HTTP Query API answers, and as whom. */
export interface QueryApiTarget {
  url: string;
  database: string;
  username: string;
  password: string;
}

/** The Query API's request body for one statement: plain JSON parameters, read access. */
export function queryApiBody({ query, params }: Statement): string {
  return JSON.stringify({ statement: query, parameters: params, accessMode: 'READ' });
}

/**
 * A query that fails while running still answers 202, with `errors` beside (or instead of) `data`.
 * Inside a JSON string every quote is escaped, so this text can only be the response's own key.
 */
export const queryApiFailed = (body: string): boolean => body.includes('"errors":[{"code":"Neo.');

function queryApiLoad(target: QueryApiTarget, spec: CaseSpec): HttpLoad {
  const headers = {
    authorization: `Basic ${Buffer.from(`${target.username}:${target.password}`).toString('base64')}`,
    accept: 'application/json',
  };
  const path = `/db/${encodeURIComponent(target.database)}/query/v2`;
  return {
    steps: spec.statements(0).length,
    request: (i, step) => ({ method: 'POST', path, body: queryApiBody(spec.statements(i)[step]!), headers }),
    failed: queryApiFailed,
  };
}

/** One statement through the Query API, outside any measurement: its rows, or why it failed. */
async function queryApiOnce(target: QueryApiTarget, statement: Statement): Promise<{ rows: number } | { error: string }> {
  const load = queryApiLoad(target, { request: () => ({ method: 'GET', path: '/' }), statements: () => [statement] });
  const r = load.request(0, 0);
  try {
    const res = await fetch(`${target.url}${r.path}`, {
      method: 'POST',
      headers: { ...r.headers, 'content-type': 'application/json' },
      body: r.body!,
    });
    const text = await res.text();
    if (res.status >= 300 || queryApiFailed(text)) return { error: `${res.status} ${text.slice(0, 300)}` };
    return { rows: (JSON.parse(text) as { data: { values: unknown[] } }).data.values.length };
  } catch (err) {
    return { error: String(err) };
  }
}

/** The Query API answers a little after Bolt does (the HTTP connector starts last): wait for it. */
async function waitForQueryApi(target: QueryApiTarget, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const r = await queryApiOnce(target, { query: 'RETURN 1 AS one', params: {} });
    if ('rows' in r) return;
    if (Date.now() > until) throw new Error(`the Query API at ${target.url} does not answer: ${r.error}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Before measuring, each case's first ten requests (every text of the warm Cypher mix) run once through
 * the API, the driver and the Query API: a refusal or a failing statement stops the run with its
 * reason instead of turning into an error count, and the row counts of driver and Query API must
 * agree (the same statements ran). A few requests at a time, the three peers of each together:
 * one at a time, the mix's cold plans made this the longest part of a short run.
 */
async function preflight(
  baseUrl: string,
  driver: Driver,
  database: string,
  queryApi: QueryApiTarget | undefined,
  specs: Record<CaseName, CaseSpec>,
  cases: CaseName[],
): Promise<void> {
  const checks = cases.flatMap((name) => Array.from({ length: preflightRequests(name) }, (_, i) => ({ name, i })));
  const check = async ({ name, i }: { name: CaseName; i: number }): Promise<string[]> => {
    const spec = specs[name];
    const r = spec.request(i);
    const api = (async () => {
      const res = await fetch(`${baseUrl}${r.path}`, {
        method: r.method,
        ...(r.body ? { body: r.body, headers: { 'content-type': 'application/json' } } : {}),
      });
      if (!res.ok) return [`${name} #${i}: API ${res.status} ${(await res.text()).slice(0, 300)}`];
      await res.arrayBuffer();
      return [];
    })();
    const peers = spec.statements(i).map(async (statement) => {
      const [raw, q] = await Promise.allSettled([
        rawRead(driver, database, statement),
        queryApi ? queryApiOnce(queryApi, statement) : Promise.resolve(undefined),
      ]);
      if (raw.status === 'rejected') return [`${name} #${i}: driver ${String(raw.reason)}`];
      if (q.status === 'rejected') return [`${name} #${i}: Query API ${String(q.reason)}`];
      if (!q.value) return [];
      if ('error' in q.value) return [`${name} #${i}: Query API ${q.value.error}`];
      const rawRows = raw.value.records.length;
      return q.value.rows === rawRows ? [] : [`${name} #${i}: Query API ${q.value.rows} rows, driver ${rawRows}`];
    });
    return (await Promise.all([api, ...peers])).flat();
  };
  const problems: string[] = [];
  for (let next = 0; next < checks.length; next += PREFLIGHT_CONCURRENCY) {
    problems.push(...(await Promise.all(checks.slice(next, next + PREFLIGHT_CONCURRENCY).map(check))).flat());
  }
  if (problems.length) throw new Error(`bench:serve preflight failed:\n  ${problems.join('\n  ')}`);
}

const PREFLIGHT_CONCURRENCY = 4;

/**
 * Every text of the mix once; ten requests of any other case (hubs and ordinary nodes both; the
 * cold mix's texts are the warm ones with a trailing comment). The measured requests start after
 * these, so the cold mix's first ones are not texts the preflight already made known.
 */
const preflightRequests = (name: CaseName) => (name === 'cypher' ? CYPHER_MIX.length : 10);

/** `concurrency` async loops calling the raw driver for `seconds`. */
async function runRawLoops(driver: Driver, database: string, spec: CaseSpec, concurrency: number, seconds: number, start: number) {
  let next = start;
  let errors = 0;
  let firstError: unknown;
  const ms: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      try {
        await rawStatements(driver, database, spec.statements(next++));
        ms.push(performance.now() - t);
      } catch (err) {
        errors++;
        firstError ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { ms, errors, firstError, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// The server child

interface ServerChild {
  baseUrl: string;
  memory(gc?: boolean): Promise<NodeJS.MemoryUsage & { inFlight: number }>;
  /** The read-only verdict cache's lookups so far. */
  verdicts(): Promise<{ hits: number; misses: number }>;
  stop(): Promise<void>;
}

async function startServerChild(config: ServeChildConfig): Promise<ServerChild> {
  const entry = fileURLToPath(new URL('./serve-child.ts', import.meta.url));
  const child: ChildProcess = fork(entry, [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, SERVE_CHILD_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const nextMessage = <T extends ServeChildMessage['type']>(type: T) =>
    new Promise<Extract<ServeChildMessage, { type: T }>>((resolve, reject) => {
      const onMessage = (m: ServeChildMessage) => {
        if (m.type !== type) return;
        child.off('exit', onExit);
        child.off('message', onMessage);
        resolve(m as Extract<ServeChildMessage, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`the API server child exited (code ${code}) before answering "${type}"`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const send = (m: ServeChildRequest) => child.send(m);
  const { port } = await nextMessage('listening');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async memory(gc = false) {
      const answer = nextMessage('memory');
      send({ type: 'memory', gc });
      const { memory, inFlight } = await answer;
      return { ...memory, inFlight };
    },
    async verdicts() {
      const answer = nextMessage('verdicts');
      send({ type: 'verdicts' });
      const { hits, misses } = await answer;
      return { hits, misses };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------

const percent = (rate: number) => `${Math.round(rate * 1000) / 10} %`;
const MB = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const load1 = () => Math.round(os.loadavg()[0]! * 100) / 100;

/** How long the soak waits for the server to finish the requests still in flight when the load stops. */
const DRAIN_TIMEOUT_MS = 60_000;

async function soak(
  server: ServerChild,
  specs: CaseSpec[],
  connections: number,
  seconds: number,
  log: (l: string) => void,
): Promise<SoakResult> {
  const startGc = await server.memory(true);
  const samples: MemorySample[] = [];
  const started = performance.now();
  const sample = async () => {
    const m = await server.memory();
    samples.push({ atS: Math.round((performance.now() - started) / 100) / 10, rssMB: MB(m.rss), heapUsedMB: MB(m.heapUsed) });
  };
  await sample();
  const timer = setInterval(() => void sample(), 5_000);
  const run = await runAutocannon(server.baseUrl, mixedLoad(specs), connections, seconds, 0);
  clearInterval(timer);
  await sample();
  const drainStarted = performance.now();
  const { inFlight } = await server.memory();
  let left = inFlight;
  while (left > 0 && performance.now() - drainStarted < DRAIN_TIMEOUT_MS) {
    await sleep(200);
    left = (await server.memory()).inFlight;
  }
  const drainS = Math.round((performance.now() - drainStarted) / 100) / 10;
  const endGc = await server.memory(true);
  const rss = samples.map((s) => s.rssMB);
  const heap = samples.map((s) => s.heapUsedMB);
  const result: SoakResult = {
    seconds,
    connections,
    requests: run.ms.length,
    errors: run.errors,
    samples,
    heapUsedAfterGcMB: { start: MB(startGc.heapUsed), end: MB(endGc.heapUsed) },
    drain: { inFlight, seconds: drainS, drained: left === 0 },
    rssMB: { start: rss[0]!, end: rss.at(-1)!, max: Math.max(...rss) },
    heapUsedMB: { start: heap[0]!, end: heap.at(-1)!, max: Math.max(...heap) },
  };
  log(
    `  soak ${seconds} s: ${result.requests} requests, ${result.errors} errors; RSS ${result.rssMB.start} → ${result.rssMB.end} MB (max ${result.rssMB.max}); heapUsed after GC ${result.heapUsedAfterGcMB.start} → ${result.heapUsedAfterGcMB.end} MB (${result.drain.inFlight} requests still in flight at the end, finished in ${result.drain.seconds} s)`,
  );
  return result;
}

/** Where the cold mix's raw driver and Query API runs start, past any i the API reaches; the same text at the same i. */
const OWN_RANGE = CYPHER_MIX.length * 1_000_000;

async function measureSize(
  target: Neo4jTarget,
  queryApi: QueryApiTarget | undefined,
  dataset: Dataset,
  o: Required<Pick<ServeBenchOptions, 'durationS' | 'warmupS' | 'connections' | 'cases' | 'logLevel' | 'seed'>> & {
    soakS: number;
    writesS: number;
  },
  log: (l: string) => void,
): Promise<Omit<SizeResult, 'nodes' | 'rels' | 'loadS'>> {
  const workload = buildWorkload(dataset, o.seed);
  log(`  hubs: ${workload.hubs.map((h) => `${h.id} (${h.degree})`).join(', ')}; ordinary nodes' degree p50 ${workload.ordinaryDegreeP50}`);
  const specs = caseSpecs(workload);
  const before = load1();
  const server = await startServerChild({ target, logLevel: o.logLevel });
  const driver = createDriver(target);
  const cases: CaseResult[] = [];
  let soakResult: SoakResult | undefined;
  let writesResult: WritesUnderLoadResult | undefined;
  try {
    if (queryApi) await waitForQueryApi(queryApi);
    await preflight(server.baseUrl, driver, target.database, queryApi, specs, o.cases);
    for (const name of o.cases) {
      const spec = specs[name];
      const qLoad = queryApi && queryApiLoad(queryApi, spec);
      const offset = (peer: number) => (spec.ownRanges ? peer * OWN_RANGE : 0);
      let i = preflightRequests(name);
      if (o.warmupS > 0) {
        i = (await runAutocannon(server.baseUrl, apiLoad(spec), o.connections[0]!, o.warmupS, i)).next;
        await runRawLoops(driver, target.database, spec, o.connections[0]!, o.warmupS, offset(1));
        if (qLoad) await runAutocannon(queryApi.url, qLoad, o.connections[0]!, o.warmupS, offset(2));
      }
      for (const connections of spec.connections ?? o.connections) {
        // API, raw driver and Query API walk the same ids from the same starting point.
        const verdictsBefore = await server.verdicts();
        const api = await runAutocannon(server.baseUrl, apiLoad(spec), connections, o.durationS, i);
        const verdictsAfter = await server.verdicts();
        const raw = await runRawLoops(driver, target.database, spec, connections, o.durationS, i + offset(1));
        const q = qLoad && (await runAutocannon(queryApi.url, qLoad, connections, o.durationS, i + offset(2)));
        i = api.next;
        if (raw.firstError) log(`  raw ${name}: ${raw.errors} errors, first: ${String(raw.firstError)}`);
        const r2 = (x: number) => Math.round(x * 100) / 100;
        const result: CaseResult = {
          case: name,
          connections,
          api: { ...stats(api.ms, api.errors, api.seconds), kib: api.kib },
          raw: stats(raw.ms, raw.errors, raw.seconds),
          ratio: 0,
          apiErrorsBy: api.errorsBy,
        };
        result.ratio = r2(result.api.p50 / result.raw.p50);
        if (q) {
          result.queryApi = { ...stats(q.ms, q.errors, q.seconds), kib: q.kib };
          result.queryApiErrorsBy = q.errorsBy;
          result.throughputVsQueryApi = r2(result.api.rps / result.queryApi.rps);
        }
        if (CYPHER_CASES.includes(name)) {
          const hits = verdictsAfter.hits - verdictsBefore.hits;
          const misses = verdictsAfter.misses - verdictsBefore.misses;
          result.verdicts = { hits, misses, hitRate: hits + misses ? Math.round((hits / (hits + misses)) * 1000) / 1000 : 0 };
        }
        cases.push(result);
        log(
          `  ${name.padEnd(12)} c=${String(connections).padEnd(3)} API p50 ${result.api.p50} p99 ${result.api.p99} ms (${result.api.rps}/s, ${result.api.errors} errors) · raw p50 ${result.raw.p50} p99 ${result.raw.p99} ms · ×${result.ratio}` +
            (result.queryApi
              ? ` · Query API p50 ${result.queryApi.p50} p99 ${result.queryApi.p99} ms (${result.queryApi.rps}/s, ${result.queryApi.errors} errors)`
              : '') +
            (result.verdicts ? ` · verdict hits ${percent(result.verdicts.hitRate)}` : '') +
            ` · load ${load1()}`,
        );
      }
    }
    if (o.soakS > 0)
      soakResult = await soak(
        server,
        o.cases.map((n) => specs[n]),
        o.connections[0]!,
        o.soakS,
        log,
      );
    if (o.writesS > 0) {
      // The reads an analyst clicks through (request i to case i mod n): neighbours, search, node
      // details and the warm Cypher mix. Not paths nor the overview: on 100k/1M a shortest path
      // through the hubs alone takes seconds at the p99, and 12 connections then wait on those.
      const reads = mixedLoad(WRITES_READ_CASES.map((n) => specs[n]));
      writesResult = await writesUnderLoad({
        driver,
        database: target.database,
        graph: dataset.nodes,
        readLoad: (seconds) => runAutocannon(server.baseUrl, reads, o.connections[0]!, seconds, 0),
        seconds: o.writesS,
        log,
      });
    }
  } finally {
    await driver.close();
    await server.stop();
  }
  return {
    loadAvg: { before, after: load1() },
    hubs: workload.hubs,
    ordinaryDegreeP50: workload.ordinaryDegreeP50,
    cases,
    ...(soakResult ? { soak: soakResult } : {}),
    ...(writesResult ? { writes: writesResult } : {}),
  };
}

export async function runServeBench(options: ServeBenchOptions = {}): Promise<ServeBenchResult> {
  const log = options.log ?? (() => undefined);
  const durationS = options.durationS ?? 10;
  const o = {
    durationS,
    warmupS: options.warmupS ?? Math.min(2, durationS),
    connections: options.connections ?? [12, 50],
    cases: options.cases ?? [...CASE_NAMES],
    logLevel: options.logLevel ?? 'info',
    seed: options.seed ?? 1,
    soakS: options.soakS ?? 0,
    writesS: options.writesS ?? 0,
  };
  const heap = options.heap ?? '2g';
  const pagecache = options.pagecache ?? '2g';
  const result: ServeBenchResult = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memGB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    options: {
      durationS: o.durationS,
      warmupS: o.warmupS,
      connections: o.connections,
      logLevel: o.logLevel,
      seed: o.seed,
      heap,
      pagecache,
    },
    sizes: [],
  };

  if (options.existing) {
    const dataset = readSeed(options.existing.dataDir);
    log(`existing Neo4j ${options.existing.target.uri}: ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships`);
    const e = options.existing;
    const qa = e.queryApiUrl
      ? { url: e.queryApiUrl, database: e.target.database, username: e.target.username, password: e.target.password }
      : undefined;
    const measured = await measureSize(options.existing.target, qa, dataset, o, log);
    result.sizes.push({ nodes: dataset.nodes.length, rels: dataset.relationships.length, loadS: 0, ...measured });
    return result;
  }

  const sizes = options.sizes ?? [{ nodes: 10_000, rels: 100_000 }];
  const shared = options.neo4j;
  let own: BenchNeo4j | undefined;
  const dataRoot = path.join(os.tmpdir(), `vj-serve-bench-data-${process.pid}`);
  try {
    const withQueryApi = options.queryApi ?? true;
    const db = shared ?? (own = await startBenchNeo4j({ heap, pagecache, log, queryApi: withQueryApi }));
    const queryApi: QueryApiTarget | undefined =
      withQueryApi && db.queryApiUrl
        ? { url: db.queryApiUrl, database: db.database, username: db.username, password: db.password }
        : undefined;
    if (withQueryApi && !queryApi) log('  (the shared Neo4j serves no HTTP Query API: that peer is left out)');
    for (const [index, size] of sizes.entries()) {
      log(`${size.nodes.toLocaleString('en-US')} nodes / ${size.rels.toLocaleString('en-US')} relationships`);
      const dir = path.join(dataRoot, `${size.nodes}-${size.rels}`);
      generateDataset({ nodes: size.nodes, rels: size.rels, seed: o.seed, out: dir });
      const dataset = readSeed(dir);
      rmSync(dir, { recursive: true, force: true });
      if (own && index > 0) await own.restartEmpty();
      const driver = createDriver(db);
      const loadStarted = performance.now();
      try {
        if (!own) await clearDatabase(driver, db.database);
        await applySchema(driver, db.database);
        // Without the Article nodes: no case reads them, and their texts in one transaction
        // (~40,000 at 1M relationships) exceed the local Neo4j's transaction memory cap.
        await loadDataset(driver, { ...dataset, articles: [] }, { database: db.database, batchSize: 5_000, atomic: false });
      } finally {
        await driver.close();
      }
      const loadS = Math.round((performance.now() - loadStarted) / 100) / 10;
      log(`  loaded in ${loadS} s`);
      const last = index === sizes.length - 1;
      const measured = await measureSize(db, queryApi, dataset, { ...o, soakS: last ? o.soakS : 0, writesS: last ? o.writesS : 0 }, log);
      result.sizes.push({ nodes: size.nodes, rels: size.rels, loadS, ...measured });
    }
  } finally {
    rmSync(dataRoot, { recursive: true, force: true });
    await own?.stop();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// CLI

const sizeLabel = (s: { nodes: number; rels: number }) =>
  `${s.nodes >= 1000 ? `${s.nodes / 1000}k` : s.nodes}/${s.rels >= 1e6 ? `${s.rels / 1e6}M` : `${s.rels / 1000}k`}`;

/** Markdown table: one row per case and connection count, one column group per size. */
export function formatGrowthTable(result: ServeBenchResult): string {
  const header = [
    'case',
    'conns',
    ...result.sizes.map((s) => `${sizeLabel(s)} API p50 / p99 ms · raw p50 · ratio · errors · Query API p50 · API/QAPI req/s`),
  ];
  const rows: string[][] = [];
  const first = result.sizes[0];
  for (const c of first?.cases ?? []) {
    rows.push([
      c.case,
      String(c.connections),
      ...result.sizes.map((s) => {
        const m = s.cases.find((x) => x.case === c.case && x.connections === c.connections);
        return m
          ? `${m.api.p50} / ${m.api.p99} · ${m.raw.p50} · ×${m.ratio} · ${m.api.errors} · ${m.queryApi?.p50 ?? '—'} · ${m.throughputVsQueryApi === undefined ? '—' : `×${m.throughputVsQueryApi}`}`
          : '—';
      }),
    ]);
  }
  rows.push(['load average (before → after)', '', ...result.sizes.map((s) => `${s.loadAvg.before} → ${s.loadAvg.after}`)]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * One row per case and connection count: the API, the raw driver and the Query API side by side
 * ('—' where the Neo4j served no Query API), the API's ratios to both, and for the Cypher mix the
 * verdict cache's hit rate during the measured run.
 */
export function caseTableRows(size: SizeResult): Record<string, string | number>[] {
  return size.cases.map((c) => ({
    case: c.case,
    conns: c.connections,
    'API p50': c.api.p50,
    'API p99': c.api.p99,
    'API req/s': c.api.rps,
    errors: c.api.errors,
    'raw p50': c.raw.p50,
    'raw p99': c.raw.p99,
    'raw req/s': c.raw.rps,
    'API/raw p50': c.ratio,
    'QAPI p50': c.queryApi?.p50 ?? '—',
    'QAPI p99': c.queryApi?.p99 ?? '—',
    'QAPI req/s': c.queryApi?.rps ?? '—',
    'QAPI errors': c.queryApi?.errors ?? '—',
    'API/QAPI req/s': c.throughputVsQueryApi ?? '—',
    'API KiB': c.api.kib ?? '—',
    'QAPI KiB': c.queryApi?.kib ?? '—',
    'verdict hits': c.verdicts ? percent(c.verdicts.hitRate) : '',
  }));
}

/** Prints a table per size (with its soak, if any) and the growth table. */
export function printServeResult(result: ServeBenchResult): void {
  for (const size of result.sizes) {
    console.log(
      `\n${sizeLabel(size)} — hubs ${size.hubs.map((h) => `${h.id} (${h.degree})`).join(', ')}; load average ${size.loadAvg.before} → ${size.loadAvg.after}`,
    );
    console.table(caseTableRows(size));
    const mix = size.cases.filter((c) => c.verdicts);
    if (mix.length)
      console.log(
        `Cypher mix: ${CYPHER_MIX.length} texts; verdict cache hits during the measured API runs: ${mix
          .map(
            (c) => `${c.case} c=${c.connections} ${percent(c.verdicts!.hitRate)} (${c.verdicts!.hits} hits, ${c.verdicts!.misses} misses)`,
          )
          .join('; ')}`,
      );
    if (size.soak) {
      const s = size.soak;
      console.log(
        `soak ${s.seconds} s at ${s.connections} connections: ${s.requests} requests, ${s.errors} errors; RSS start ${s.rssMB.start} / end ${s.rssMB.end} / max ${s.rssMB.max} MB; heapUsed start ${s.heapUsedMB.start} / end ${s.heapUsedMB.end} / max ${s.heapUsedMB.max} MB; after GC ${s.heapUsedAfterGcMB.start} → ${s.heapUsedAfterGcMB.end} MB, once the ${s.drain.inFlight} requests in flight at the end were done (${s.drain.seconds} s)`,
      );
    }
    if (size.writes) {
      const w = size.writes;
      console.log(
        `writes under load, ${w.seconds} s of the read mix without and ${w.seconds} s with writes (${w.articles} typical articles, each committed then retracted, one transaction each):`,
      );
      console.table([
        { what: 'commit', count: w.commit.count, 'p50 ms': w.commit.p50, 'p99 ms': w.commit.p99, 'max ms': w.commit.max },
        { what: 'retract', count: w.retract.count, 'p50 ms': w.retract.p50, 'p99 ms': w.retract.p99, 'max ms': w.retract.max },
        {
          what: 'reads, no writes',
          count: w.reads.without.count,
          'p50 ms': w.reads.without.p50,
          'p99 ms': w.reads.without.p99,
          'max ms': w.reads.without.max,
        },
        {
          what: 'reads, during writes',
          count: w.reads.during.count,
          'p50 ms': w.reads.during.p50,
          'p99 ms': w.reads.during.p99,
          'max ms': w.reads.during.max,
        },
      ]);
      console.log(
        `  reads' p99 ×${w.reads.p99Ratio} during writes; failed reads ${JSON.stringify(w.reads.without.errorsBy)} without, ${JSON.stringify(w.reads.during.errorsBy)} during; ${w.writeErrors} failed writes; extraction ${w.extraction.articlesPerSec} articles/s (${w.extraction.note})`,
      );
    }
  }
  console.log(
    `\nGrowth (API p50 / p99 ms · raw driver p50 ms · API/raw at p50 · errors · Query API p50 ms · API/Query API throughput):\n${formatGrowthTable(result)}`,
  );
}

async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000:100000' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string' },
      connections: { type: 'string', default: '12,50' },
      cases: { type: 'string' },
      soak: { type: 'string', default: '0' },
      writes: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
      heap: { type: 'string', default: '2g' },
      pagecache: { type: 'string', default: '2g' },
      'log-level': { type: 'string', default: 'info' },
      // Development: measure a Neo4j that already holds a dataset (uri, password, dataset dir).
      uri: { type: 'string' },
      password: { type: 'string' },
      data: { type: 'string' },
      'query-api': { type: 'string' },
      out: { type: 'string', default: 'bench/results/serve.json' },
    },
  });
  const numbers = (s: string) => s.split(',').map(Number);
  const logLevel = values['log-level'];
  if (logLevel !== 'info' && logLevel !== 'silent') throw new Error('--log-level must be info or silent');
  const cases = values.cases?.split(',') as CaseName[] | undefined;
  const unknown = cases?.filter((c) => !CASE_NAMES.includes(c));
  if (unknown?.length) throw new Error(`unknown case(s) ${unknown.join(', ')}; cases: ${CASE_NAMES.join(', ')}`);
  const result = await runServeBench({
    sizes: values.sizes.split(',').map((s) => {
      const [nodes, rels] = s.split(':').map(Number);
      if (!nodes || !rels) throw new Error(`--sizes: "${s}" is not nodes:rels`);
      return { nodes, rels };
    }),
    durationS: Number(values.duration),
    ...(values.warmup ? { warmupS: Number(values.warmup) } : {}),
    connections: numbers(values.connections),
    ...(cases ? { cases } : {}),
    soakS: Number(values.soak),
    writesS: Number(values.writes),
    seed: Number(values.seed),
    heap: values.heap,
    pagecache: values.pagecache,
    logLevel,
    ...(values.uri && values.data
      ? {
          existing: {
            target: { uri: values.uri, username: 'neo4j', password: values.password ?? '', database: 'neo4j' },
            dataDir: values.data,
            ...(values['query-api'] ? { queryApiUrl: values['query-api'] } : {}),
          },
        }
      : {}),
    log: (line) => console.error(line),
  });
  printServeResult(result);
  mkdirSync(path.dirname(values.out), { recursive: true });
  writeFileSync(values.out, JSON.stringify(result, null, 2));
  console.log(`\nwritten to ${values.out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
