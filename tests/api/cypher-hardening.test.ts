// POST /api/cypher against the real Neo4j, for what issue 13 found: queries Neo4j could not stop
// after their 504 (items 1), pre-parser options (3), caller errors answered 500 (6), internal
// details in messages and PROFILE (9); and the verdict cache, injected per app.
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ReadOnlyVerdicts } from '../../server/features/cypher/cypher.verdicts.ts';
import { getJson, postJson, startApiApp, useSeededApiApp, type ApiApp } from '../support/api-app.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const api = useSeededApiApp();
const cypher = (body: unknown, app: Pick<ApiApp, 'baseUrl'> = api) => postJson(app.baseUrl, '/api/cypher', body);

/** The explorer's ad-hoc transactions Neo4j still holds (the runner tags them feature: cypher). */
async function adHocTransactions(driver: Driver) {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, currentQuery, status, metaData WHERE metaData.feature = 'cypher' RETURN transactionId, currentQuery, status",
    {},
    { database: testNeo4j().database, routing: neo4j.routing.READ },
  );
  return records.map((r) => r.toObject());
}

const REPRO_1M = "RETURN size(reduce(s='', x IN range(1,1000000) | s + 'x'))";
const REPRO_10M = "RETURN size(reduce(s='', x IN range(1,10000000) | s + 'x'))";

describe('POST /api/cypher: Neo4j is idle after the answer', () => {
  it('sees a long ad-hoc query while it runs, and not a few seconds after its 504 (the probe works)', async () => {
    const app = await startApiApp({ cypher: { timeoutMs: 1_000 } });
    try {
      const answer = cypher({ query: 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n' }, app);
      await expect.poll(() => adHocTransactions(api.driver), { timeout: 5_000, interval: 100 }).not.toEqual([]);
      expect((await answer).status).toBe(504);
      await expect.poll(() => adHocTransactions(api.driver), { timeout: 5_000, interval: 200 }).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it.each([
    ['range(1, 1000000): CPU busy ≥ 32 s after the 504', REPRO_1M],
    ['range(1, 10000000): busy for minutes, blocked shutdown', REPRO_10M],
  ])('refuses the reported query before it runs: %s', async (_what, query) => {
    const app = await startApiApp({ cypher: { timeoutMs: 1_000 } });
    try {
      const started = Date.now();
      const res = await cypher({ query }, app);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'QUERY_TOO_COSTLY', details: { maxRangeValues: 100_000 } });
      expect(res.body.error.message).toMatch(/at most 100,000 values/);
      expect(Date.now() - started).toBeLessThan(1_000);
      // Had it reached Neo4j, it would still be running now (45 s for the smaller one, measured).
      expect(await adHocTransactions(api.driver)).toEqual([]);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(await adHocTransactions(api.driver)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('refuses the same loop over a collect()ed list (ran 10.7 s past a 1 s limit) and nested loops over one, before they run', async () => {
    const app = await startApiApp({ cypher: { timeoutMs: 1_000 } });
    try {
      for (const query of [
        "UNWIND range(1, 300000) AS x WITH collect(x) AS l RETURN size(reduce(s = '', y IN l | s + 'x')) AS n",
        // Quadratic: 10^12 comparisons in one expression.
        'UNWIND range(1, 1000000) AS x WITH collect(x) AS l RETURN size([x IN l WHERE x IN l]) AS n',
      ]) {
        const res = await cypher({ query }, app);
        expect({ query, status: res.status, code: res.body.error?.code }).toEqual({ query, status: 400, code: 'QUERY_TOO_COSTLY' });
      }
      expect(await adHocTransactions(api.driver)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('while a query the guard does not know runs on past its 504, answers this app’s next ones 503, other apps not', async () => {
    // toStringList(l) per element of l: quadratic, in one expression (54 s past a 0.3 s limit at 30,000).
    const overrun = 'UNWIND range(1, 15000) AS i WITH collect(i) AS l RETURN size([x IN l | size(toStringList(l))]) AS n';
    const app = await startApiApp({ cypher: { timeoutMs: 300 } });
    const other = await startApiApp();
    try {
      expect((await cypher({ query: overrun }, app)).status).toBe(504);
      expect(await adHocTransactions(api.driver)).not.toEqual([]);
      const busy = await cypher({ query: 'RETURN 1 AS one' }, app);
      expect(busy.status).toBe(503);
      expect(busy.body.error).toMatchObject({ code: 'DATABASE_BUSY', details: { overrunning: 1 } });
      expect((await cypher({ query: 'RETURN 1 AS one' }, other)).status).toBe(200);
      await expect.poll(async () => (await cypher({ query: 'RETURN 1 AS one' }, app)).status, { timeout: 50_000, interval: 500 }).toBe(200);
      expect(await adHocTransactions(api.driver)).toEqual([]);
    } finally {
      await Promise.all([app.close(), other.close()]);
    }
  }, 60_000);

  it('still runs the same kind of query at a size Neo4j finishes quickly', async () => {
    const res = await cypher({ query: "RETURN size(reduce(s = '', x IN range(1, 10000) | s + 'x')) AS n" });
    expect(res.status).toBe(200);
    expect(res.body.rows).toEqual([{ n: 10_000 }]);
  });
});

describe('POST /api/cypher: pre-parser options and execution modes', () => {
  it('refuses CYPHER debug=… (planner internals, log floods) with 400, even on a query it would refuse anyway', async () => {
    for (const query of [
      'CYPHER debug=ast RETURN 1',
      'CYPHER debug=tostring RETURN 1',
      'CYPHER debug=semanticstate CALL db.awaitIndexes(1)',
      'CYPHER debug=printcostcomparisons RETURN 1',
    ]) {
      const res = await cypher({ query });
      expect({ query, status: res.status, code: res.body.error?.code }).toEqual({ query, status: 400, code: 'CYPHER_OPTION_NOT_ALLOWED' });
      expect(res.body.error.message).toMatch(/debug is not allowed; allowed: CYPHER runtime=…, CYPHER planner=…/);
    }
  });

  it('runs with the harmless options', async () => {
    for (const query of [
      'CYPHER runtime=slotted RETURN 1 AS one',
      'CYPHER runtime=interpreted RETURN 1 AS one',
      'CYPHER planner=dp RETURN 1 AS one',
      'CYPHER 5 RETURN 1 AS one',
    ]) {
      const res = await cypher({ query });
      expect({ query, status: res.status, rows: res.body.rows }).toEqual({ query, status: 200, rows: [{ one: 1 }] });
    }
  });

  it('refuses PROFILE with a clear message, and answers EXPLAIN with the columns and no rows', async () => {
    const profile = await cypher({ query: 'PROFILE MATCH (n) RETURN n' });
    expect(profile.status).toBe(400);
    expect(profile.body.error.code).toBe('PROFILE_NOT_SUPPORTED');
    expect(profile.body.error.message).toMatch(/PROFILE is not supported here.*Use EXPLAIN/);
    expect(profile.body.error.message).not.toMatch(/conflicting values for execution mode/);
    const explain = await cypher({ query: 'EXPLAIN MATCH (n:Entity) RETURN n.id AS id' });
    expect(explain.status).toBe(200);
    expect(explain.body).toMatchObject({ columns: ['id'], rows: [], truncated: false });
    expect((await cypher({ query: 'EXPLAIN CREATE (:Intruder)' })).body.error.code).toBe('WRITE_NOT_ALLOWED');
  });

  it('documents both in the OpenAPI description', async () => {
    const { body } = await getJson(api.baseUrl, '/api/openapi.json');
    const { description, responses } = body.paths['/api/cypher'].post;
    expect(description).toMatch(/PROFILE is not supported \(400 PROFILE_NOT_SUPPORTED\)/);
    expect(description).toMatch(/CYPHER runtime=… and CYPHER planner=…/);
    expect(description).toMatch(/422 QUERY_MEMORY_LIMIT/);
    expect(responses).toHaveProperty('422');
  });
});

describe('POST /api/cypher: caller errors are 4xx, without Java internals', () => {
  it('answers the per-query memory cap with 422 QUERY_MEMORY_LIMIT', async () => {
    const res = await cypher({ query: 'UNWIND range(1, 20000000) AS x RETURN size(collect(x)) AS n' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('QUERY_MEMORY_LIMIT');
    expect(res.body.error.message).toMatch(/more memory than one query may/);
  });

  it('answers shortestPath between a node and itself (ExecutionFailed) with 400 and the reason', async () => {
    const res = await cypher({ query: 'MATCH (a:Entity) WITH a LIMIT 1 MATCH p = shortestPath((a)-[*]-(a)) RETURN p' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'CYPHER_ERROR', details: { neo4jCode: 'Neo.DatabaseError.Statement.ExecutionFailed' } });
    expect(res.body.error.message).toMatch(/start and end nodes are the same/);
  });

  it('answers a value nested too deep to convert with 422 VALUE_TOO_DEEP, and returns one within the bound', async () => {
    // WITH clauses nest one level each, which no look at the text can bound (a reduce() can: below).
    const chain = (levels: number) => `WITH [] AS l${' WITH [l] AS l'.repeat(levels - 1)} RETURN l AS deep`;
    const deep = await cypher({ query: chain(150) });
    expect(deep.status).toBe(422);
    expect(deep.body.error).toMatchObject({ code: 'VALUE_TOO_DEEP', details: { maxDepth: 100 } });
    const fine = await cypher({ query: chain(50) });
    expect(fine.status).toBe(200);
    expect(JSON.stringify(fine.body.rows[0].deep)).toBe('['.repeat(50) + ']'.repeat(50));
  });

  it('refuses a reduce() that nests its accumulator before it runs (6,000 deep, Neo4j could not send the record and hung)', async () => {
    for (const n of [4_000, 6_000]) {
      const res = await cypher({ query: `RETURN reduce(l = [], i IN range(1, ${n}) | [l]) AS deep` });
      expect({ n, status: res.status, code: res.body.error?.code }).toEqual({ n, status: 422, code: 'VALUE_TOO_DEEP' });
    }
    expect(await adHocTransactions(api.driver)).toEqual([]);
  });

  it('drops Java class names from messages, keeping the Neo4j code', async () => {
    const res = await cypher({ query: "CALL db.index.fulltext.queryNodes('no_such_index', 'x')" });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual({ neo4jCode: 'Neo.ClientError.Procedure.ProcedureCallFailed' });
    expect(res.body.error.message).toMatch(/There is no such fulltext schema index: no_such_index/);
    expect(res.body.error.message).not.toMatch(/java\.|org\.neo4j|Exception/);
  });
});

describe('POST /api/cypher: the verdict cache belongs to one app', () => {
  it('uses the cache it is given, and an app built without one starts empty', async () => {
    const verdicts = new ReadOnlyVerdicts();
    const query = 'MATCH (n:Entity) RETURN count(n) AS n';
    const given = await startApiApp({}, { cypherVerdicts: verdicts });
    const fresh = await startApiApp();
    try {
      expect((await cypher({ query }, given)).status).toBe(200);
      expect(verdicts.has(testNeo4j().database, query)).toBe(true);
      // A verdict only in the other app's cache: this one must still plan, and so still refuse.
      verdicts.remember(testNeo4j().database, 'CREATE (:Intruder)', 'r');
      expect((await cypher({ query: 'CREATE (:Intruder)' }, fresh)).body.error.code).toBe('WRITE_NOT_ALLOWED');
    } finally {
      await Promise.all([given.close(), fresh.close()]);
    }
  });
});
