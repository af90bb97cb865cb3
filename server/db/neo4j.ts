// The one place that creates the driver and applies the schema. Everything else receives a
// Driver (or a repository built on one) by injection, so importing a module opens nothing.
import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.ts';
import { cypher, schemaStatements, type QueryName } from './cypher-files.ts';

export function createDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    // Fail fast while Neo4j is down so the API can answer 503 instead of hanging.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 2_000,
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

/** JS numbers that are whole become Cypher integers (LIMIT rejects 10.0). */
function cypherParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
}

/** Runs a named read query on a reader (cluster-aware routing), bounded by `timeoutMs`. */
export async function readQuery<T extends RecordShape = RecordShape>(
  driver: Driver,
  database: string,
  name: QueryName,
  params: Record<string, unknown> = {},
  opts: { splices?: Record<string, string>; timeoutMs?: number } = {},
) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => tx.run<T>(cypher(name, opts.splices), cypherParams(params)), { timeout: opts.timeoutMs ?? 10_000 });
  } finally {
    await session.close();
  }
}
