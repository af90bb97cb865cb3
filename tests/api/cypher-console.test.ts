// What the Cypher console (issue 11) needs of the API, against the real Neo4j: the schema its
// autocomplete offers, EXPLAIN plans that never run the query and refuse writes like a run does,
// a cancelled query that Neo4j stops at once, and parameters validated before anything runs.
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { getJson, postJson, startApiApp, useSeededApiApp } from '../support/api-app.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const api = useSeededApiApp();
const explain = (body: unknown) => postJson(api.baseUrl, '/api/cypher/explain', body);
const run = (body: unknown) => postJson(api.baseUrl, '/api/cypher', body);

/** The explorer's ad-hoc transactions Neo4j still holds (the runner tags them feature: cypher). */
async function adHocTransactions(driver: Driver) {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, currentQuery, metaData WHERE metaData.feature = 'cypher' RETURN transactionId, currentQuery",
    {},
    { database: testNeo4j().database, routing: neo4j.routing.READ },
  );
  return records.map((r) => r.toObject());
}

describe('GET /api/cypher/schema', () => {
  it('lists the labels, relationship types and property keys in the database, sorted, without the technical label', async () => {
    const res = await getJson(api.baseUrl, '/api/cypher/schema');
    expect(res.status).toBe(200);
    const { labels, relationshipTypes, propertyKeys } = res.body as Record<string, string[]>;
    expect(labels).toEqual(expect.arrayContaining(['Official', 'Prefecture', 'Region', 'Article']));
    expect(labels).not.toContain('Entity');
    expect(relationshipTypes).toEqual(expect.arrayContaining(['MET_WITH', 'PART_OF']));
    expect(propertyKeys).toEqual(expect.arrayContaining(['id', 'name', 'evidence', 'source']));
    for (const list of [labels, relationshipTypes, propertyKeys]) expect(list).toEqual([...list!].sort((a, b) => a.localeCompare(b)));
  });

  it('is documented in the OpenAPI document, as is the explain endpoint', async () => {
    const { body } = await getJson(api.baseUrl, '/api/openapi.json');
    expect(Object.keys(body.paths['/api/cypher/schema'].get.responses['200'].content['application/json'].schema.properties).sort()).toEqual(
      ['labels', 'propertyKeys', 'relationshipTypes'],
    );
    const plan = body.paths['/api/cypher/explain'].post.responses['200'].content['application/json'].schema.properties.plan;
    expect(Object.keys(plan.items.properties).sort()).toEqual(['children', 'depth', 'details', 'estimatedRows', 'identifiers', 'operator']);
    expect(JSON.stringify(body)).not.toContain('"$ref"');
  });
});

describe('POST /api/cypher/explain', () => {
  it('answers the plan tree, root first, with operators, details, estimates and identifiers', async () => {
    const res = await explain({ query: "MATCH (p:Prefecture)-[:PART_OF]->(r:Region {id: 'kyushu'}) RETURN p.name AS name" });
    expect(res.status).toBe(200);
    const plan = res.body.plan as {
      operator: string;
      details: string;
      estimatedRows: number | null;
      identifiers: string[];
      depth: number;
      children: number[];
    }[];
    expect(plan[0]).toMatchObject({ operator: 'ProduceResults', depth: 0 });
    expect(plan[0]!.identifiers).toContain('name');
    expect(plan.map((op) => op.operator).join(' ')).toMatch(/Expand|Scan|Seek/);
    expect(plan.every((op) => typeof op.estimatedRows === 'number')).toBe(true);
    // Every operator but the root is some operator's child, one level further down.
    const childOf = new Map(plan.flatMap((op, i) => op.children.map((c) => [c, i] as const)));
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.depth).toBe(plan[childOf.get(i)!]!.depth + 1);
    expect(childOf.size).toBe(plan.length - 1);
  });

  it('never runs the query: a division by zero that fails when run plans fine', async () => {
    const query = 'UNWIND [1, 2] AS x RETURN x / $zero AS y';
    const ran = await run({ query, params: { zero: 0 } });
    expect(ran.status).toBe(400);
    expect(ran.body.error.message).toMatch(/by zero/i);
    const planned = await explain({ query, params: { zero: 0 } });
    expect(planned.status).toBe(200);
    expect(planned.body.plan[0].operator).toBe('ProduceResults');
  });

  it('refuses a write like a run does, and writes nothing', async () => {
    const res = await explain({ query: "CREATE (n:Intruder {name: 'x'}) RETURN n" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('WRITE_NOT_ALLOWED');
    const { records } = await api.driver.executeQuery('MATCH (n:Intruder) RETURN count(n) AS n', {}, { database: testNeo4j().database });
    expect(records[0]!.get('n').toNumber()).toBe(0);
    expect((await explain({ query: 'CALL dbms.listConfig()' })).body.error.code).toBe('PROCEDURE_NOT_ALLOWED');
    expect((await explain({ query: 'PROFILE MATCH (n) RETURN n' })).body.error.code).toBe('PROFILE_NOT_SUPPORTED');
  });

  it('answers a syntax error with its position in the caller’s text', async () => {
    const res = await explain({ query: 'MATCH (n)\nRETRUN n' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'CYPHER_SYNTAX_ERROR', details: { line: 2, column: 1 } });
  });
});

describe('parameters', () => {
  it('are used by the query', async () => {
    const res = await run({ query: 'MATCH (r:Region {id: $id}) RETURN r.name AS name', params: { id: 'kyushu' } });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([{ name: 'Kyushu' }]);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string', 'kyushu'],
    ['too deep a value', { p: JSON.parse('['.repeat(40) + ']'.repeat(40)) }],
    ['too large a value', { p: 'x'.repeat(20_000) }],
  ])('answer 400 for %s, on both endpoints, naming the field', async (_what, params) => {
    for (const send of [run, explain]) {
      const res = await send({ query: 'RETURN $p AS p', params });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.message).toMatch(/"params/);
    }
  });
});

describe('cancelling', () => {
  it('stops the query in Neo4j when the client aborts, long before its time limit', async () => {
    // A time limit far beyond the bounded wait below: only the abort can end the query in time.
    const app = await startApiApp({ cypher: { timeoutMs: 120_000 } });
    try {
      const aborter = new AbortController();
      const answer = fetch(`${app.baseUrl}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n' }),
        signal: aborter.signal,
      }).catch((err: unknown) => err);
      await expect.poll(() => adHocTransactions(api.driver), { timeout: 10_000, interval: 100 }).not.toEqual([]);
      aborter.abort();
      expect(await answer).toBeInstanceOf(Error);
      await expect.poll(() => adHocTransactions(api.driver), { timeout: 20_000, interval: 200 }).toEqual([]);
      // The app still answers the next query (the closed session left nothing behind).
      expect((await postJson(app.baseUrl, '/api/cypher', { query: 'RETURN 1 AS one' })).body.rows).toEqual([{ one: 1 }]);
    } finally {
      await app.close();
    }
  });
});
