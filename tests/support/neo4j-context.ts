// What the global setup hands every test file (vitest provide/inject), and helpers built on it.
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { LocalNeo4jOptions } from '../../tools/neo4j/local-neo4j.ts';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Present when the tests run their own local instance (so a test may stop and restart it). */
  local?: Pick<LocalNeo4jOptions, 'dir' | 'boltPort' | 'password' | 'heap' | 'pagecache'>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export const testNeo4j = (): TestNeo4j => inject('neo4j');

export function testDriver(): Driver {
  const t = testNeo4j();
  return neo4j.driver(t.uri, neo4j.auth.basic(t.username, t.password));
}

/** Every suite starts from and leaves behind an empty database. */
export async function clearDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database: testNeo4j().database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
