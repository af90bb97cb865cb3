// Whole-database chores shared by the seed loader, the entry point, the tests and the
// benchmarks: apply cypher/schema.cypher (and store the degrees a database lacks), count what
// is there, empty it.
import { int, type Driver, type Integer } from 'neo4j-driver';
import { cypher, schemaStatements, type QueryName } from './queries.ts';
import { readQuery } from './read.ts';

/** Indexes of earlier schemas that a constraint on the same property now replaces (a constraint cannot be created beside them). */
const REPLACED_INDEXES = ['article_text_hash', 'article_url'];

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const name of REPLACED_INDEXES) await driver.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, { database });
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  await storeMissingDegrees(driver, database);
}

/**
 * Runs a statement that mends up to `batch` nodes and answers how many (`count`) until it mends
 * none: a repair of any size in bounded transactions, each committed on its own.
 */
export async function repeatUntilNone(driver: Driver, database: string, name: QueryName, batch: number): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(cypher(name), { batch: int(batch) }, { database });
    if ((records[0]!.get('count') as Integer).toNumber() === 0) return;
  }
}

/** A database written before degrees were stored, or by a bulk import, gets them here. */
const storeMissingDegrees = (driver: Driver, database: string) => repeatUntilNone(driver, database, 'entity-degrees-missing', 10_000);

export async function countEntities(driver: Driver, database: string): Promise<number> {
  const { records } = await readQuery<{ count: Integer }>({ driver, database }, 'count-entities');
  return records[0]!.get('count').toNumber();
}

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

export async function graphCounts(driver: Driver, database: string): Promise<GraphCounts> {
  const labels = await readQuery<{ label: string; count: Integer }>({ driver, database }, 'count-by-label');
  const types = await readQuery<{ type: string; count: Integer }>({ driver, database }, 'count-by-type');
  return {
    labels: Object.fromEntries(labels.records.map((r) => [r.get('label'), r.get('count').toNumber()])),
    types: Object.fromEntries(types.records.map((r) => [r.get('type'), r.get('count').toNumber()])),
  };
}

/** Deletes every node and relationship (the schema stays). Tests and benchmarks start from this. */
export async function clearDatabase(driver: Driver, database: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
