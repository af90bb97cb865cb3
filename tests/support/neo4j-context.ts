// What the global setup hands every test file (vitest provide/inject), and helpers built on it.
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Neo4jTarget } from '../../config/config.ts';
import { createDriver } from '../../db/driver.ts';
import { clearDatabase as clearAll } from '../../db/schema.ts';
import type { LocalNeo4jOptions } from '../../tools/neo4j/local-neo4j.ts';

export interface TestNeo4j extends Neo4jTarget {
  /** Present when the tests run their own local instance (so a test may stop and restart it). */
  local?: Pick<LocalNeo4jOptions, 'dir' | 'boltPort' | 'httpPort' | 'password' | 'heap' | 'pagecache'>;
  /** Its HTTP Query API (the local instance serves one on loopback), for the serving benchmark's peer. */
  queryApiUrl?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export const testNeo4j = (): TestNeo4j => inject('neo4j');

export const testDriver = (): Driver => createDriver(testNeo4j());

/** Every suite starts from and leaves behind an empty database. */
export const clearDatabase = (driver: Driver): Promise<void> => clearAll(driver, testNeo4j().database);
