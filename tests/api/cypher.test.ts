// POST /api/cypher over HTTP against the real Neo4j with the seed loaded: the result shape, the
// read-only guard (every refusal also proves the database is unchanged) and the bounds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { getJson, postJson, startApiApp, useSeededApiApp, type ApiApp } from '../support/api-app.ts';
import type { AppConfigOverrides } from '../../server/serve.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const api = useSeededApiApp();
const cypher = (body: unknown, app: Pick<ApiApp, 'baseUrl'> = api) => postJson(app.baseUrl, '/api/cypher', body);

/** Everything a refused query could have touched: data, schema, tokens and users. */
async function snapshot(driver: Driver) {
  const read = async (query: string, database = testNeo4j().database) =>
    (await driver.executeQuery(query, {}, { database, routing: neo4j.routing.READ })).records.map((r) => r.toObject());
  const nodes = await read('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id');
  const relationships = await read(
    'MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS props ORDER BY id',
  );
  return {
    counts: { nodes: nodes.length, relationships: relationships.length },
    nodes,
    relationships,
    indexes: await read('SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name'),
    constraints: await read('SHOW CONSTRAINTS YIELD name, type RETURN name, type ORDER BY name'),
    labels: await read('CALL db.labels() YIELD label RETURN label ORDER BY label'),
    types: await read('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType'),
    propertyKeys: await read('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey'),
    users: await read('SHOW USERS YIELD user RETURN user ORDER BY user', 'system'),
  };
}

async function withApp<T>(overrides: AppConfigOverrides, fn: (app: ApiApp) => Promise<T>): Promise<T> {
  const app = await startApiApp(overrides);
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

describe('POST /api/cypher: results', () => {
  it('answers a simple read with columns, rows keyed by column, an empty graph and a summary', async () => {
    const { status, body } = await cypher({ query: 'MATCH (n:Entity) RETURN count(n) AS nodes, "x" AS s' });
    expect(status).toBe(200);
    expect(body).toEqual({
      columns: ['nodes', 's'],
      rows: [{ nodes: 62, s: 'x' }],
      graph: { nodes: [], edges: [] },
      truncated: false,
      summary: { queryType: 'r', ms: expect.any(Number) },
    });
  });

  it('fills the graph from nodes, relationships and paths anywhere in the rows', async () => {
    const { status, body } = await cypher({ query: 'MATCH p = (a:Entity)-[r]->(b:Entity) RETURN a, {rel: r}, [p] AS paths LIMIT 5' });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(5);
    expect(body.graph.edges).toHaveLength(5);
    const ids = new Set(body.graph.nodes.map((n: any) => n.id));
    for (const e of body.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // Rows stay plain JSON: the node as the graph shape, the path as its nodes and edges.
    expect(body.rows[0].a).toMatchObject({ id: expect.any(String), label: expect.any(String), name: expect.any(String) });
    expect(body.rows[0].paths[0]).toMatchObject({ nodes: [expect.any(Object), expect.any(Object)], edges: [expect.any(Object)] });
  });

  it('brings the end nodes of relationships returned on their own, from the same read', async () => {
    const { status, body } = await cypher({ query: 'MATCH ()-[r]->() RETURN r ORDER BY elementId(r) LIMIT 4' });
    expect(status).toBe(200);
    expect(body.graph.edges).toHaveLength(4);
    const ids = new Set(body.graph.nodes.map((n: any) => n.id));
    expect(ids.size).toBeGreaterThan(1);
    for (const e of body.graph.edges) {
      expect(ids.has(e.source)).toBe(true);
      expect(ids.has(e.target)).toBe(true);
    }
  });

  it('returns integers, temporals, big integers, lists and maps as plain JSON', async () => {
    const { status, body } = await cypher({
      query:
        "RETURN 1 AS one, date('2024-01-02') AS d, datetime('2024-01-02T03:04:05Z') AS dt, 9007199254740993 AS big, [1, 2.5] AS list, {a: 1, b: [date('2024-03-04')]} AS map, null AS nothing",
    });
    expect(status).toBe(200);
    expect(body.rows).toEqual([
      {
        one: 1,
        d: '2024-01-02',
        dt: '2024-01-02T03:04:05Z',
        big: '9007199254740993',
        list: [1, 2.5],
        map: { a: 1, b: ['2024-03-04'] },
        nothing: null,
      },
    ]);
  });

  it('cuts rows at limit and says so; exactly limit rows are not truncated', async () => {
    const cut = await cypher({ query: 'UNWIND range(1, 5000) AS i RETURN i', limit: 100 });
    expect(cut.status).toBe(200);
    expect(cut.body.rows).toHaveLength(100);
    expect(cut.body.rows.at(-1)).toEqual({ i: 100 });
    expect(cut.body.truncated).toBe(true);

    const exact = await cypher({ query: 'UNWIND range(1, 100) AS i RETURN i', limit: 100 });
    expect(exact.body.rows).toHaveLength(100);
    expect(exact.body.truncated).toBe(false);

    const byDefault = await cypher({ query: 'UNWIND range(1, 5000) AS i RETURN i' });
    expect(byDefault.body.rows).toHaveLength(1000);
    expect(byDefault.body.truncated).toBe(true);
  });

  it('streams: a huge result is cut quickly instead of being materialised', async () => {
    const started = Date.now();
    const { status, body } = await cypher({ query: 'UNWIND range(1, 100000000) AS i RETURN i', limit: 10 });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(10);
    expect(body.truncated).toBe(true);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('never returns more than the configured maxRows, whatever limit asks', async () => {
    await withApp({ cypher: { maxRows: 10 } }, async (app) => {
      const { status, body } = await cypher({ query: 'UNWIND range(1, 50) AS i RETURN i', limit: 1000 }, app);
      expect(status).toBe(200);
      expect(body.rows).toHaveLength(10);
      expect(body.truncated).toBe(true);
    });
  });

  it('passes params, whole numbers as Cypher integers', async () => {
    const { status, body } = await cypher({
      query:
        'MATCH (n:Entity) WITH n ORDER BY n.id LIMIT $k RETURN collect(n.id) AS ids, $name AS name, $n + 1 AS next, $nested.list AS list',
      params: { k: 2, name: 'Hà Nội', n: 41, nested: { list: [1, 'a', null] } },
    });
    expect(status).toBe(200);
    expect(body.rows[0]).toEqual({ ids: [expect.any(String), expect.any(String)], name: 'Hà Nội', next: 42, list: [1, 'a', null] });
  });

  it('allows the listed procedures, including dbms.components (which Neo4j types as s)', async () => {
    for (const query of [
      'CALL db.labels() YIELD label RETURN label',
      'CALL dbms.components() YIELD name, versions RETURN name, versions',
      "CALL dbms.components() YIELD name, versions UNWIND versions AS v WITH name, v WHERE v <> '' RETURN DISTINCT name, v ORDER BY v LIMIT 3",
      'CALL db.schema.visualization()',
      "CALL db.index.fulltext.queryNodes('entity_names', 'Quang Ninh') YIELD node, score RETURN node, score LIMIT 3",
    ]) {
      const { status, body } = await cypher({ query });
      expect({ query, status }).toEqual({ query, status: 200 });
      expect(body.rows.length).toBeGreaterThan(0);
    }
  });

  it('accepts a trailing semicolon and a leading comment', async () => {
    const { status, body } = await cypher({ query: '// count\nRETURN 1 AS one;' });
    expect(status).toBe(200);
    expect(body.rows).toEqual([{ one: 1 }]);
  });

  it('runs every example query of the console unrefused', async () => {
    const dir = fileURLToPath(new URL('../../cypher/examples/', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { status, body } = await cypher({ query: readFileSync(path.join(dir, file), 'utf8') });
      expect({ file, status, error: body.error }).toEqual({ file, status: 200, error: undefined });
    }
  });

  it('is described in the OpenAPI document', async () => {
    const { body } = await getJson(api.baseUrl, '/api/openapi.json');
    expect(body.paths['/api/cypher'].post.responses).toHaveProperty('403');
    expect(body.paths['/api/cypher'].post.requestBody.content['application/json'].schema.required).toEqual(['query']);
  });
});

const WRITE = [403, 'WRITE_NOT_ALLOWED'] as const;
const PROCEDURE = [403, 'PROCEDURE_NOT_ALLOWED'] as const;
const COMMAND = [403, 'COMMAND_NOT_ALLOWED'] as const;
const SYNTAX = [400, 'CYPHER_SYNTAX_ERROR'] as const;
const STATEMENT = [400, 'CYPHER_ERROR'] as const;

// [what, query, expected status and code, params?]. 403s come from the plan check; the 400s are
// statements Neo4j 5.26 Community already rejects while planning them (EXPLAIN), so none runs.
const REFUSED: [string, string, readonly [number, string], Record<string, unknown>?][] = [
  ['CREATE', "CREATE (:Entity:Official {id: 'intruder', name: 'x'})", WRITE],
  ['MERGE', "MERGE (n:Entity {id: 'intruder'})", WRITE],
  ['SET', 'MATCH (n:Entity) SET n.name = "hacked"', WRITE],
  ['DELETE', 'MATCH ()-[r]->() DELETE r', WRITE],
  ['DETACH DELETE', 'MATCH (n) DETACH DELETE n', WRITE],
  ['REMOVE', 'MATCH (n:Entity) REMOVE n.name', WRITE],
  ['REMOVE label', 'MATCH (n:Entity) REMOVE n:Entity', WRITE],
  ['CREATE INDEX', 'CREATE INDEX intruder FOR (n:Entity) ON (n.intruder)', WRITE],
  ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id', WRITE],
  ['DROP INDEX', 'DROP INDEX entity_names', WRITE],
  ['write procedure db.createLabel', "CALL db.createLabel('Intruder')", WRITE],
  ['write procedure db.createProperty', "CALL db.createProperty('intruder')", WRITE],
  ['write procedure db.createRelationshipType', "CALL db.createRelationshipType('INTRUDES')", WRITE],
  ['write procedure fed by an allowed one', 'CALL db.labels() YIELD label CALL db.createProperty(label + "_x") RETURN 1', WRITE],
  ['dbms.setConfigValue (not in 5.26 Community)', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", STATEMENT],
  ['read procedure not allow-listed (r)', 'CALL db.awaitIndexes(1)', PROCEDURE],
  ['read procedure not allow-listed (s)', 'CALL dbms.listConfig()', PROCEDURE],
  ['db.clearQueryCaches', 'CALL db.clearQueryCaches()', PROCEDURE],
  ['tx.setMetaData', 'CALL tx.setMetaData({a: 1})', PROCEDURE],
  [
    'listed procedure with a forbidden one',
    "CALL db.labels() YIELD label CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN label",
    PROCEDURE,
  ],
  ['LOAD CSV file:///', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", WRITE],
  ['LOAD CSV http', "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", WRITE],
  ['LOAD CSV from a parameter', 'LOAD CSV FROM $url AS line RETURN line', WRITE, { url: 'http://127.0.0.1:9/x.csv' }],
  ['write hidden in a CALL subquery', 'MATCH (n:Entity) CALL (n) { SET n.hacked = true } RETURN count(*)', WRITE],
  ['write in an old-style CALL subquery', 'CALL { CREATE (:Intruder) } RETURN 1', WRITE],
  ['write in FOREACH', 'MATCH (n:Entity) FOREACH (x IN [1] | SET n.hacked = x)', WRITE],
  ['write masked by dbms.components (Neo4j says s)', 'CALL dbms.components() YIELD name WITH name MATCH (n) DETACH DELETE n', WRITE],
  ['write procedure after dbms.components', 'CALL dbms.components() YIELD name CALL db.createLabel(name)', PROCEDURE],
  ['graph access next to dbms.components', 'CALL dbms.components() YIELD name MATCH (n) RETURN n, name', PROCEDURE],
  ['write behind UNION', "RETURN 1 AS x UNION CALL db.createLabel('Intruder') RETURN 1 AS x", WRITE],
  ['two statements', 'MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n', SYNTAX],
  ['two statements, second a write', 'RETURN 1; CREATE (:Intruder)', SYNTAX],
  ['odd casing', "cReAtE (:Intruder {id: 'x'})", WRITE],
  ['block comment first', '/* harmless */ CREATE (:Intruder)', WRITE],
  ['line comment first', '// c\nMERGE (:Intruder)', WRITE],
  ['EXPLAIN of a write', 'EXPLAIN CREATE (:Intruder)', WRITE],
  ['PROFILE of a write', 'PROFILE CREATE (:Intruder)', [400, 'PROFILE_NOT_SUPPORTED']],
  [
    'CYPHER debug=tostring on a write (planner internals, was a 200)',
    'CYPHER debug=tostring CREATE (:Intruder)',
    [400, 'CYPHER_OPTION_NOT_ALLOWED'],
  ],
  ['CYPHER debug=ast on a write', 'CYPHER debug=ast MATCH (n) DETACH DELETE n', [400, 'CYPHER_OPTION_NOT_ALLOWED']],
  ['CYPHER debug=semanticstate on an admin command', 'CYPHER debug=semanticstate SHOW USERS', [400, 'CYPHER_OPTION_NOT_ALLOWED']],
  ['allowed option on a write', 'CYPHER runtime=slotted CREATE (:Intruder)', WRITE],
  ['CALL IN TRANSACTIONS with a write', 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS', WRITE],
  ['CALL IN TRANSACTIONS, read only', 'UNWIND range(1, 3) AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y', COMMAND],
  ['SHOW USERS', 'SHOW USERS', COMMAND],
  ['SHOW CURRENT USER', 'SHOW CURRENT USER', COMMAND],
  ['SHOW DATABASES', 'SHOW DATABASES', COMMAND],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS', COMMAND],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", COMMAND],
  ['SHOW SETTINGS', 'SHOW SETTINGS', COMMAND],
  ['SHOW PROCEDURES', 'SHOW PROCEDURES', COMMAND],
  ['SHOW INDEXES', 'SHOW INDEXES', COMMAND],
  ['CREATE USER', "CREATE USER intruder SET PASSWORD 'intruder-pass' CHANGE NOT REQUIRED", COMMAND],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'changed-password'", COMMAND],
  ['DROP USER', 'DROP USER neo4j', COMMAND],
  ['CREATE DATABASE (unsupported in Community)', 'CREATE DATABASE intruder', STATEMENT],
  ['STOP DATABASE (unsupported in Community)', 'STOP DATABASE neo4j', STATEMENT],
  ['GRANT ROLE (unsupported in Community)', 'GRANT ROLE admin TO neo4j', STATEMENT],
  ['SHOW SERVERS (system database only)', 'SHOW SERVERS', STATEMENT],
  ['USE system with an admin command', 'USE system SHOW USERS', SYNTAX],
  ['USE system with a listed procedure', 'USE system CALL dbms.components()', COMMAND],
  ['USE system with db.labels', 'USE system CALL db.labels()', COMMAND],
  ['USE system with MATCH', 'USE system MATCH (n) RETURN n', STATEMENT],
  ['USE system in a subquery', 'CALL { USE system RETURN 1 AS x } RETURN x', STATEMENT],
];

describe('POST /api/cypher: refused', () => {
  it.each(REFUSED)('%s → refused, database unchanged', async (_what, query, [status, code], params) => {
    const before = await snapshot(api.driver);
    const res = await cypher({ query, ...(params ? { params } : {}) });
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status, code });
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(res.body.error.message).not.toMatch(/\bEXPLAIN\n/);
    // Refused by the plan check before running, not only by Neo4j's READ access mode (which
    // would also stop most writes, answering with a neo4jCode).
    if (status === 403) expect(res.body.error.details).not.toHaveProperty('neo4jCode');
    const after = await snapshot(api.driver);
    expect(after.counts).toEqual(before.counts);
    expect(after).toEqual(before);
  });

  it('names what it refused', async () => {
    const proc = await cypher({ query: 'CALL db.awaitIndexes(1)' });
    expect(proc.body.error.details).toEqual({ procedure: 'db.awaitIndexes' });
    const csv = await cypher({ query: "LOAD CSV FROM 'file:///x' AS l RETURN l" });
    expect(csv.body.error.message).toMatch(/LOAD CSV is not allowed/);
    const write = await cypher({ query: 'CREATE ()' });
    expect(write.body.error.details).toEqual({ queryType: 'w' });
  });
});

describe('POST /api/cypher: errors and bounds', () => {
  it('reports a syntax error with Neo4j message and the position in the caller’s query', async () => {
    const one = await cypher({ query: 'MATCH (n) RETRUN n' });
    expect(one.status).toBe(400);
    expect(one.body.error.code).toBe('CYPHER_SYNTAX_ERROR');
    expect(one.body.error.message).toMatch(/Invalid input 'RETRUN'.*\(line 1, column 11 \(offset: 10\)\)/s);
    expect(one.body.error.details).toEqual({ line: 1, column: 11, offset: 10 });

    const multi = await cypher({ query: 'MATCH (n)\n  WHERE n.id = \nRETURN n' });
    expect(multi.body.error.code).toBe('CYPHER_SYNTAX_ERROR');
    expect(multi.body.error.details).toEqual({ line: 3, column: 8, offset: 33 });

    // Regression (found by the fuzz test): Neo4j answers an open block comment before the first
    // clause with a DatabaseError; it is still the caller's syntax error.
    const late = await cypher({ query: 'RETURN 1 AS one\n/* MATCH' });
    expect(late.body.error).toMatchObject({ code: 'CYPHER_SYNTAX_ERROR', details: { line: 2, column: 1, offset: 16 } });
    const open = await cypher({ query: '/* MATCH' });
    expect(open.status).toBe(400);
    expect(open.body.error.code).toBe('CYPHER_SYNTAX_ERROR');
    expect(open.body.error.details).toEqual({ line: 1, column: 9, offset: 8 });
  });

  it('reports other statement errors as CYPHER_ERROR', async () => {
    const unknownProc = await cypher({ query: 'CALL db.noSuchProcedure()' });
    expect(unknownProc.status).toBe(400);
    expect(unknownProc.body.error).toMatchObject({
      code: 'CYPHER_ERROR',
      details: { neo4jCode: 'Neo.ClientError.Procedure.ProcedureNotFound' },
    });
    const runtime = await cypher({ query: 'UNWIND [1, 0] AS x RETURN 1 / x' });
    expect(runtime.status).toBe(400);
    expect(runtime.body.error).toMatchObject({ code: 'CYPHER_ERROR', details: { neo4jCode: 'Neo.ClientError.Statement.ArithmeticError' } });
  });

  it('stops a query that runs past the timeout with 504 QUERY_TIMEOUT', async () => {
    await withApp({ cypher: { timeoutMs: 500 } }, async (app) => {
      const started = Date.now();
      const res = await cypher({ query: 'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n' }, app);
      expect(res.status).toBe(504);
      expect(res.body.error.code).toBe('QUERY_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  it('rate-limits each client with its own budget (429 RATE_LIMITED) and leaves other routes alone', async () => {
    await withApp({ cypher: { rateLimitPerMinute: 3 } }, async (app) => {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await cypher({ query: 'RETURN 1' }, app)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const limited = await cypher({ query: 'RETURN 1' }, app);
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      expect((await getJson(app.baseUrl, '/api/health')).status).toBe(200);
    });
  });

  it('validates the body, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ query: `RETURN 1${' '.repeat(10_000)}` }, 'query'],
      [{ query: '' }, 'query'],
      [{}, 'query'],
      [{ query: 42 }, 'query'],
      [{ query: 'RETURN 1', limit: 0 }, 'limit'],
      [{ query: 'RETURN 1', limit: 10_001 }, 'limit'],
      [{ query: 'RETURN 1', limit: 2.5 }, 'limit'],
      [{ query: 'RETURN 1', limit: '10' }, 'limit'],
      [{ query: 'RETURN $s', params: { s: 'x'.repeat(17 * 1024) } }, 'params'],
      [{ query: 'RETURN $p', params: { p: JSON.parse('['.repeat(40) + ']'.repeat(40)) } }, 'params'],
      [{ query: 'RETURN 1', params: [1, 2] }, 'params'],
    ];
    for (const [body, field] of cases) {
      const res = await cypher(body);
      expect({ field, status: res.status, code: res.body.error.code }).toEqual({ field, status: 400, code: 'VALIDATION_ERROR' });
      expect(res.body.error.message).toContain(`"${field}"`);
    }
    const unknown = await cypher({ query: 'RETURN 1', mode: 'write' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('accepts a query of exactly the maximum length', async () => {
    const res = await cypher({ query: `RETURN 1 AS one${' '.repeat(10_000 - 'RETURN 1 AS one'.length)}` });
    expect(res.status).toBe(200);
  });

  it('answers 413 to a body over the JSON limit and 400 to malformed JSON', async () => {
    const big = await cypher({ query: 'RETURN 1', params: { s: 'x'.repeat(70 * 1024) } });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await cypher('{"query": "RETURN 1"');
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('INVALID_JSON');
  });
});
