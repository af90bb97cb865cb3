// Runs one ad-hoc query, read-only and bounded. The text is checked first (cypher.text-guard.ts),
// then planned with EXPLAIN inside a READ transaction and refused on the plan (cypher.guard.ts;
// a text already found read-only is not planned again), then run in the same transaction under
// the transaction timeout, streamed and cut after `limit` rows. The transaction is always rolled
// back: even if a write slipped past the plan check and the READ access mode, nothing persists.
// A client that goes away (the console's Cancel) closes the session at once, which makes Neo4j
// stop the transaction instead of running it on to the time limit. EXPLAIN mode plans only.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { cypher } from '../../../db/queries.ts';
import { cypherParams } from '../../../db/read.ts';
import { GraphCollector, toPlain } from '../../db/records.ts';
import { AppError } from '../../http/app-error.ts';
import { cypherErrorToAppError } from './cypher.errors.ts';
import { assertReadOnly, planReadOnly } from './cypher.guard.ts';
import type { CypherOverruns } from './cypher.overruns.ts';
import type { CypherExplainResult, CypherRequest, CypherResult } from '../../../contract/api/cypher.ts';
import { flattenPlan } from './cypher.plan.ts';
import { checkQueryText } from './cypher.text-guard.ts';
import type { ReadOnlyVerdicts } from './cypher.verdicts.ts';

/** The client gets its 504 this long after the transaction timeout even if the server has not stopped. */
export const WATCHDOG_GRACE_MS = 2_000;

export interface CypherLimits {
  database: string;
  timeoutMs: number;
  maxRows: number;
}

export interface CypherDeps {
  driver: Driver;
  /** Texts already found read-only on this app's database (one per app, see createApp). */
  verdicts: ReadOnlyVerdicts;
  /** Queries still running past their 504 (one per app, like the verdicts). */
  overruns: CypherOverruns;
}

/**
 * Resolves or rejects like `work`, but rejects with a 504 once `ms` have passed; `onExpire` runs
 * then (to release resources) and a late rejection of `work` is swallowed.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onExpire: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      work.catch(() => undefined);
      onExpire();
      reject(new AppError(504, 'QUERY_TIMEOUT', 'The query ran longer than the time limit and was stopped'));
    }, ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

async function stream(tx: Transaction, query: string, params: Record<string, unknown>, limit: number) {
  const result = tx.run(query, params);
  const rows: Record<string, unknown>[] = [];
  const graph = new GraphCollector();
  let truncated = false;
  // Async iteration pulls fetchSize records at a time; leaving the loop discards the rest on the server.
  for await (const record of result) {
    if (rows.length === limit) {
      truncated = true;
      break;
    }
    const values = record.keys.map((_k, i) => record.get(i));
    values.forEach((v) => graph.add(v));
    rows.push(Object.fromEntries(record.keys.map((k, i) => [k, toPlain(values[i])])));
  }
  const columns = (await result.keys()).map(String);
  const missing = graph.missingEndpoints();
  if (missing.length) {
    const ends = await tx.run(cypher('nodes-by-element-id'), { ids: missing });
    for (const record of ends.records) graph.add(record.get('n'));
  }
  return { columns, rows, graph: graph.payload(), truncated };
}

/**
 * Rejects once `signal` aborts (the client left), after `onAbort` released what the work holds;
 * the work's own late rejection is swallowed then. `dispose` removes the listener.
 */
function untilAborted(signal: AbortSignal | undefined, work: Promise<unknown>, onAbort: () => void): { promise: Promise<never>; dispose(): void } {
  let listener = () => undefined as void;
  const promise = new Promise<never>((_resolve, reject) => {
    listener = () => {
      work.catch(() => undefined);
      onAbort();
      reject(new AppError(400, 'QUERY_CANCELLED', 'The client cancelled the query before it finished'));
    };
  });
  // Nobody awaits it once the work has won the race.
  promise.catch(() => undefined);
  if (signal?.aborted) listener();
  else signal?.addEventListener('abort', listener, { once: true });
  return { promise, dispose: () => signal?.removeEventListener('abort', listener) };
}

/**
 * One ad-hoc transaction's life: the text guard, the overrun check, a READ session and
 * transaction tagged with the request id, `body` inside it, then the deadline (an overrun past
 * it is remembered) and the client's abort (the session is closed, Neo4j stops the query).
 */
async function inAdHocTransaction<T>(
  { driver, overruns }: CypherDeps,
  limits: CypherLimits,
  request: CypherRequest,
  fetchSize: number,
  signal: AbortSignal | undefined,
  body: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const refusal = checkQueryText(request.query, request.params);
  if (refusal) throw refusal;
  await overruns.assertNoneRunning(driver, limits.database);
  const id = randomUUID();
  const session = driver.session({ database: limits.database, defaultAccessMode: neo4j.session.READ, fetchSize });
  const closeSession = () => void session.close().catch(() => undefined);
  const work = (async () => {
    // An explicit transaction, not executeRead: a user's query must not be retried. Not awaited:
    // BEGIN then goes out with the EXPLAIN's RUN in one round trip (its errors surface there).
    const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'vj-graph-explorer', feature: 'cypher', request: id } });
    try {
      return await body(tx);
    } finally {
      await tx.close().catch(() => undefined);
    }
  })().finally(closeSession);
  const cancel = untilAborted(signal, work, closeSession);
  try {
    return await withDeadline(Promise.race([work, cancel.promise]), limits.timeoutMs + WATCHDOG_GRACE_MS, () => {
      // Neo4j did not stop it at its timeout: it may be looping inside one expression.
      overruns.add(id);
      closeSession();
    });
  } finally {
    cancel.dispose();
  }
}

export async function runReadOnlyCypher(deps: CypherDeps, limits: CypherLimits, request: CypherRequest, signal?: AbortSignal): Promise<CypherResult> {
  const started = performance.now();
  const limit = Math.min(request.limit, limits.maxRows);
  const params = cypherParams(request.params);
  // One more than the limit, so the record that proves truncation arrives in the same batch.
  const result = await inAdHocTransaction(deps, limits, request, Math.min(limit + 1, 1_000), signal, async (tx) => {
    if (!deps.verdicts.has(limits.database, request.query)) {
      deps.verdicts.remember(limits.database, request.query, await assertReadOnly(tx, request.query, params, limits.database));
    }
    try {
      return await stream(tx, request.query, params, limit);
    } catch (err) {
      throw cypherErrorToAppError(err, false, request.query);
    }
  });
  return { ...result, summary: { queryType: 'r', ms: Math.round(performance.now() - started) } };
}

/** The plan of a read-only query, refused like a run would be; the query itself never runs. */
export async function explainReadOnlyCypher(deps: CypherDeps, limits: CypherLimits, request: CypherRequest, signal?: AbortSignal): Promise<CypherExplainResult> {
  const started = performance.now();
  const params = cypherParams(request.params);
  const { queryType, plan } = await inAdHocTransaction(deps, limits, request, 1, signal, (tx) => planReadOnly(tx, request.query, params, limits.database));
  deps.verdicts.remember(limits.database, request.query, queryType);
  return { queryType: 'r', plan: flattenPlan(plan), summary: { ms: Math.round(performance.now() - started) } };
}
