// Every named query in cypher/queries parses under EXPLAIN on the real server, and the $params
// it uses are exactly the ones its header comment declares.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYPHER_DIR, cypher, QUERY_NAMES } from '../../db/queries.ts';
import { applySchema } from '../../db/schema.ts';
import { clearDatabase, testDriver, testNeo4j } from '../support/neo4j-context.ts';

/** Placeholder values for the {{splices}} a file needs, taken from the allow-lists' shapes. */
const SPLICES: Record<string, string> = { label: 'Official', type: 'MET_WITH', maxHops: '4' };

const declaredParams = (text: string) => {
  const line = /^\/\/ params: (.*)$/m.exec(text)?.[1] ?? '';
  return [...line.matchAll(/\$(\w+)/g)].map((m) => m[1]!).sort();
};
const usedParams = (text: string) => [...new Set([...text.replace(/^\/\/.*$/gm, '').matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();

describe('cypher/queries', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    await applySchema(driver, testNeo4j().database);
  });
  afterAll(() => driver.close());

  it.each(QUERY_NAMES)('%s has a header, declares its params and parses', async (name) => {
    const raw = readFileSync(`${CYPHER_DIR}queries/${name}.cypher`, 'utf8');
    expect(raw).toMatch(/^\/\/ .+\n/);
    expect(raw).toMatch(/^\/\/ returns: .+$/m);
    expect(usedParams(raw)).toEqual(declaredParams(raw));
    const splices = Object.fromEntries([...raw.matchAll(/\{\{(\w+)\}\}/g)].map((m) => [m[1]!, SPLICES[m[1]!]!]));
    const { summary } = await driver.executeQuery(`EXPLAIN ${cypher(name, splices)}`, {}, { database: testNeo4j().database });
    expect(summary.plan).toBeTruthy();
  });
});
