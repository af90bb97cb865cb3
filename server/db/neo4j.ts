// The one place that creates the driver and applies the schema. Everything else receives a
// Driver (or a repository built on one) by injection, so importing a module opens nothing.
import neo4j, { isRetryableError, type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.ts';
import { cypher, schemaStatements, type QueryName } from './cypher-files.ts';

/** How long a read is retried after errors the driver calls retryable (Neo4j down, a reader gone). */
const READ_RETRY_MS = 2_000;

export function createDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    // Fail fast while Neo4j is down so the API can answer 503 instead of hanging.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: READ_RETRY_MS,
    maxConnectionPoolSize: 50,
    userAgent: 'vj-graph-explorer',
  });
}

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}

export async function countEntities(driver: Driver, database: string): Promise<number> {
  const { records } = await readQuery(driver, database, 'count-entities');
  return records[0]!.get('count').toNumber();
}

function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return cypherParams(value as Record<string, unknown>);
  return value;
}

/**
 * JS params → driver values: whole numbers, also inside lists and maps, become Cypher integers
 * (LIMIT rejects 10.0, range($a, $b) wants integers); unsafe ones (beyond 2^53) stay floats, as
 * they could not be exact integers anyway. Other values (driver temporals too) pass unchanged.
 */
export function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toCypherValue(v)]));
}

/**
 * Runs a named read query on a reader (cluster-aware routing), bounded by `timeoutMs`.
 *
 * One auto-commit statement, not a transaction function: RUN and PULL go out together, one
 * round trip, where executeRead adds BEGIN and COMMIT (~0.8 ms a request on the same machine,
 * a third of a small query's time). Every named read is a single read-only statement, so
 * re-running it is harmless: errors the driver calls retryable are retried for up to
 * READ_RETRY_MS, as executeRead would.
 */
export async function readQuery<T extends RecordShape = RecordShape>(
  driver: Driver,
  database: string,
  name: QueryName,
  params: Record<string, unknown> = {},
  opts: { splices?: Record<string, string>; timeoutMs?: number } = {},
): Promise<QueryResult<T>> {
  const text = cypher(name, opts.splices);
  const values = cypherParams(params);
  const started = Date.now();
  for (let delay = 100; ; delay *= 2) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.run<T>(text, values, { timeout: opts.timeoutMs ?? 10_000 });
    } catch (err) {
      if (!isRetryableError(err) || Date.now() - started + delay > READ_RETRY_MS) throw err;
    } finally {
      await session.close();
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
