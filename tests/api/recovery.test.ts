// Neo4j goes away and comes back: the API answers 503 meanwhile and recovers by itself,
// without a restart of the app. Runs against the test run's own Neo4j, which it stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.ts';
import { ensureLocalNeo4j, stopLocalNeo4j } from '../../tools/neo4j/local-neo4j.ts';
import { getJson, startApiApp, type ApiApp } from '../support/api-app.ts';
import { clearDatabase, testNeo4j } from '../support/neo4j-context.ts';

const { local, database } = testNeo4j();

describe.runIf(local)('when Neo4j is down', () => {
  let api: ApiApp;
  beforeAll(async () => {
    api = await startApiApp();
    await clearDatabase(api.driver);
    await seedDatabase(api.driver, database);
  });
  afterAll(async () => {
    await ensureLocalNeo4j({ ...local!, log: () => undefined });
    await clearDatabase(api.driver);
    await api.close();
  });

  it('answers 503 while it is down and recovers once it is back', async () => {
    expect((await getJson(api.baseUrl, '/api/nodes/kyushu')).status).toBe(200);

    await stopLocalNeo4j(local!.dir);
    const health = await getJson(api.baseUrl, '/api/health');
    expect(health.status).toBe(503);
    expect(health.body.neo4j).toMatchObject({ connected: false });
    const node = await getJson(api.baseUrl, '/api/nodes/kyushu');
    expect(node.status).toBe(503);
    expect(node.body).toEqual({ error: { code: 'DATABASE_UNAVAILABLE', message: expect.any(String) } });

    await ensureLocalNeo4j({ ...local!, log: () => undefined });
    expect((await getJson(api.baseUrl, '/api/health')).status).toBe(200);
    const again = await getJson(api.baseUrl, '/api/nodes/kyushu');
    expect(again.status).toBe(200);
    expect(again.body.node.name).toBe('Kyushu');
  }, 180_000);
});
