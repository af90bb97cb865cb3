// The one place that creates the driver and applies the schema. Everything else receives a
// Driver (or a repository built on one) by injection, so importing a module opens nothing.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.ts';
import { cypher, schemaStatements } from './cypher-files.ts';

export function createDriver(target: Neo4jTarget): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
    // Fail fast while Neo4j is down so the API can answer 503 instead of hanging.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
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
  const { records } = await driver.executeQuery(cypher('count-entities'), {}, { database, routing: neo4j.routing.READ });
  return records[0]!.get('count').toNumber();
}
