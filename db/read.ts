// Named read queries, run the same way by every caller, and the one conversion of JSON
// parameters into Cypher values.
import { AsyncLocalStorage } from 'node:async_hooks';
import neo4j, { isRetryableError, type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { READ_RETRY_MS } from './driver.ts';
import { cypher, type QueryName } from './queries.ts';

/** Bound of a named read when the caller gives none (QUERY_TIMEOUT_MS in the server). */
export const DEFAULT_READ_TIMEOUT_MS = 10_000;

/**
 * JSON parameters → Cypher values: whole numbers become Cypher integers (LIMIT rejects 10.0,
 * and a JSON number is always a float to the driver), at any depth of lists and maps.
 */
export function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, cypherValue(v)]));
}

function cypherValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(cypherValue);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return cypherParams(value as Record<string, unknown>);
  return value;
}

/**
 * Bookmarks a caller has sent back (a commit's answer carries them): reads made while handling
 * that request wait until the server they run on has those writes, so a reader on a cluster's
 * secondary sees the caller's own commit. Set per request by the server; empty otherwise.
 */
export const readYourWrites = new AsyncLocalStorage<{ bookmarks: string[] }>();

/** Where named reads go: a driver, its database, and the bound of each read. */
export interface ReadTarget {
  driver: Driver;
  database: string;
  /** Transaction timeout of each read; DEFAULT_READ_TIMEOUT_MS when absent. */
  timeoutMs?: number;
}

/**
 * Runs a named read query on a reader (cluster-aware routing), bounded by the target's timeout.
 * `T` names the record's fields with their driver types (Integer, Node…).
 *
 * One auto-commit statement, not a transaction function: RUN and PULL go out together, one
 * round trip, where executeRead adds BEGIN and COMMIT (~0.8 ms a request on the same machine,
 * a third of a small query's time). Every named read is a single read-only statement, so
 * re-running it is harmless: errors the driver calls retryable are retried for up to
 * READ_RETRY_MS, as executeRead would.
 */
export async function readQuery<T extends RecordShape = RecordShape>(
  { driver, database, timeoutMs = DEFAULT_READ_TIMEOUT_MS }: ReadTarget,
  name: QueryName,
  params: Record<string, unknown> = {},
  splices?: Record<string, string>,
): Promise<QueryResult<T>> {
  const text = cypher(name, splices);
  const values = cypherParams(params);
  const started = Date.now();
  for (let delay = 100; ; delay *= 2) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, bookmarks: readYourWrites.getStore()?.bookmarks });
    try {
      return await session.run<T>(text, values, { timeout: timeoutMs });
    } catch (err) {
      if (!isRetryableError(err) || Date.now() - started + delay > READ_RETRY_MS) throw err;
    } finally {
      await session.close();
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
