// Neo4j killed (SIGKILL, no shutdown) in the middle of committing a large article: after it
// restarts, the graph holds nothing of the article — not its node, not one of its facts, not one
// mention added to a seed node — and the same draft then commits whole. Slow (a Neo4j restart
// per kill, about 2–3 minutes in all), so it has a file of its own to run alone.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitResponseSchema } from '../../contract/ingest.ts';
import { seedDatabase } from '../../seed/seed-database.ts';
import { ensureLocalNeo4j, statusLocalNeo4j } from '../../tools/neo4j/local-neo4j.ts';
import { editorHeaders, getJson, requestJson, startApiApp, type ApiApp } from '../support/api-app.ts';
import { articleInGraph, generatedDraft, NOTHING_OF_IT, wholeArticle } from '../support/generated-draft.ts';
import { graphFingerprint } from '../support/graph-fingerprint.ts';
import { clearDatabase, testDriver, testNeo4j } from '../support/neo4j-context.ts';

const { local, database } = testNeo4j();

/** Large enough that the commit runs for seconds, small enough for the 4 MB body limit. */
const SIZE = { nodes: 2000, relationships: 6000, matched: 3 };

/** When to kill: the moment a running transaction's current statement is one of the commit's (see cypher/queries/). */
const MOMENTS = [
  { name: 'creating the new nodes', statement: /CREATE \(n:Entity:/ },
  { name: 'merging the first type of facts', statement: /MERGE \(a\)-\[r:MET_WITH / },
  { name: 'merging the last type of facts', statement: /MERGE \(a\)-\[r:PARTNERS_WITH / },
];

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Polls the server's running transactions until one is at `statement`; gives up when `done` settles first. */
async function waitForStatement(watcher: Driver, statement: RegExp, done: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void done.finally(() => (settled = true));
  while (!settled) {
    const { records } = await watcher.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery', {}, { database });
    if (records.some((r) => statement.test(String(r.get('currentQuery'))))) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

describe.runIf(local)('Neo4j killed in the middle of a commit', () => {
  let api: ApiApp;
  let watcher: Driver;
  const fingerprint = () => graphFingerprint(api.driver, database);
  const commit = (body: unknown) => requestJson(api.baseUrl, 'POST', '/api/ingest/commit', { body, headers: editorHeaders() });

  beforeAll(async () => {
    api = await startApiApp();
    watcher = testDriver();
    await clearDatabase(api.driver);
    await seedDatabase(api.driver, database);
  });
  afterAll(async () => {
    await ensureLocalNeo4j({ ...local!, log: () => undefined });
    await clearDatabase(api.driver);
    await watcher.close();
    await api.close();
  });

  MOMENTS.forEach((moment, i) => {
    it(`leaves nothing of the article when killed while ${moment.name}, and the same draft commits whole afterwards`, async () => {
      const before = await fingerprint();
      const generated = generatedDraft(`kill-${i}`, SIZE);
      const pending = commit(generated.draft);
      expect(await waitForStatement(watcher, moment.statement, pending), `the commit ended before it reached ${moment.statement}`).toBe(
        true,
      );

      const { pid } = await statusLocalNeo4j(local!.dir);
      process.kill(pid!, 'SIGKILL');
      while (alive(pid!)) await new Promise((r) => setTimeout(r, 20));
      const answer = await pending;
      expect(answer.status, JSON.stringify(answer.body)).toBe(503);
      expect(answer.body.error.code).toBe('DATABASE_UNAVAILABLE');

      const restart = Date.now();
      await ensureLocalNeo4j({ ...local!, log: () => undefined });
      console.log(`kill while ${moment.name}: Neo4j (pid ${pid}) killed, back after ${((Date.now() - restart) / 1000).toFixed(1)} s`);
      expect(await articleInGraph(api.driver, database, generated)).toEqual(NOTHING_OF_IT);
      expect(await fingerprint()).toBe(before);

      // The app recovers on its own, and nothing half-written stands in the way of the article.
      expect((await getJson(api.baseUrl, '/api/health')).status).toBe(200);
      const again = await commit(generated.draft);
      expect(again.status, JSON.stringify(again.body)).toBe(201);
      expect(commitResponseSchema.parse(again.body)).toMatchObject({
        created: { nodes: SIZE.nodes, relationships: SIZE.relationships },
        merged: { nodes: SIZE.matched },
      });
      expect(await articleInGraph(api.driver, database, generated)).toEqual(wholeArticle(generated));
      expect((await requestJson(api.baseUrl, 'DELETE', `/api/articles/${generated.articleId}`, { headers: editorHeaders() })).status).toBe(
        200,
      );
      expect(await fingerprint()).toBe(before);
    }, 240_000);
  });
});
