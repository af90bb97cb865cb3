// The benchmark scripts still run, end to end, on tiny data: generator → loaders (ours, naive,
// neo4j-admin import) → API under autocannon, the raw driver and Neo4j's Query API → rendering
// in Chromium. To keep CI fast the three share the test run's Neo4j instead of starting one each
// (it serves the Query API on loopback for the serving bench's peer; the app's keeps HTTP off),
// the load bench empties the database between rows instead of restarting on a fresh store
// (`freshStore: false`), and the serving cases run for half a second each with no warm-up of their
// own: the preflight has just sent every case's first requests through all three. neo4j-admin import
// still writes a fresh store of its own, offline. Figures are checked for shape and consistency,
// never speed: timing belongs to `npm run bench`, not to tests.
import { afterAll, describe, expect, it } from 'vitest';
import { runLoadBench } from '../../bench/load.ts';
import { runRenderBench } from '../../bench/render.ts';
import { CYPHER_MIX } from '../../bench/cypher-mix.ts';
import { CASE_NAMES, CYPHER_CASES, caseTableRows, runServeBench } from '../../bench/serve.bench.ts';
import { countEntities, graphCounts } from '../../db/schema.ts';
import { clearDatabase, testDriver, testNeo4j } from '../support/neo4j-context.ts';

// neo4j-admin import's JVM (the only one the load bench starts now).
const small = { heap: '512m', pagecache: '128m' };

describe('benchmark smoke run (tiny data, no timing thresholds)', () => {
  const neo4j = testNeo4j();

  afterAll(async () => {
    const driver = testDriver();
    try {
      await clearDatabase(driver);
    } finally {
      await driver.close();
    }
  });

  it('load: our loader, the naive one and neo4j-admin import all load the same data', { timeout: 300_000 }, async () => {
    const r = await runLoadBench({ nodes: 200, rels: 600, seed: 3, batches: [250], naive: 10, ...small, neo4j, freshStore: false });
    expect(r.dataset).toMatchObject({ nodes: 200, relationships: 600 });
    expect(r.rows.map((x) => x.loader)).toEqual([
      'UNWIND + MERGE, batch 250',
      'naive, 1 transaction per relationship (10 sampled)',
      'neo4j-admin database import full (offline)',
      'npm run seed -- --bulk (end to end: validation and CSV, import, start, schema)',
    ]);
    for (const row of r.rows) expect(row.relsPerSec).toBeGreaterThan(0);
    expect(r.ratios.bestVsNaive).toBeGreaterThan(0);
    expect(r.ratios.bulkVsAdmin).toBeGreaterThan(0);
    // The shared database holds the last row's load: all nodes, and only the naive loader's 10
    // relationships, so it was emptied between rows (the batched row had written all 600).
    const driver = testDriver();
    try {
      expect(await countEntities(driver, neo4j.database)).toBe(200);
      const { types } = await graphCounts(driver, neo4j.database);
      expect(Object.values(types).reduce((a, b) => a + b, 0)).toBe(10);
    } finally {
      await driver.close();
    }
  });

  it('serve: every case answers through the API, the raw driver and the Query API without errors', { timeout: 300_000 }, async () => {
    // The preflight inside runs every text of the Cypher mix through all three once, so a text
    // the API refuses or the Query API fails stops the run here.
    expect(neo4j.queryApiUrl, "the test run's Neo4j serves the Query API (tests/support/global-setup.ts)").toBeDefined();
    const r = await runServeBench({
      sizes: [{ nodes: 200, rels: 600 }],
      durationS: 0.5,
      warmupS: 0,
      connections: [2],
      soakS: 1,
      writesS: 1,
      logLevel: 'silent',
      neo4j,
      log: () => undefined,
    });
    const [size] = r.sizes;
    expect(size!.cases.map((c) => c.case).sort()).toEqual([...CASE_NAMES].sort());
    for (const c of size!.cases) {
      expect(c.api.errors, `${c.case} API errors ${JSON.stringify(c.apiErrorsBy)}`).toBe(0);
      expect(c.api.requests).toBeGreaterThan(0);
      expect(c.raw.requests).toBeGreaterThan(0);
      expect(c.api.p99).toBeGreaterThanOrEqual(c.api.p50);
      expect(c.queryApi?.errors, `${c.case} Query API errors ${JSON.stringify(c.queryApiErrorsBy)}`).toBe(0);
      expect(c.queryApi!.requests).toBeGreaterThan(0);
      expect(c.throughputVsQueryApi).toBeGreaterThan(0);
    }
    // The mix is many texts; warm, the verdict cache answers most lookups, cold none of them.
    expect(CYPHER_MIX.length).toBeGreaterThanOrEqual(50);
    const [warm, cold] = CYPHER_CASES.map((name) => size!.cases.find((c) => c.case === name)!.verdicts!);
    expect(warm!.hits + warm!.misses).toBeGreaterThan(0);
    expect(warm!.hitRate).toBeGreaterThan(0.5);
    expect(cold).toMatchObject({ hits: 0, hitRate: 0 });
    expect(cold!.misses).toBeGreaterThan(0);
    // The printed table has the Query API's columns and the hit rate beside the Cypher rows.
    const rows = caseTableRows(size!);
    for (const row of rows) expect(typeof row['QAPI req/s']).toBe('number');
    expect(rows.find((row) => row.case === 'cypher')!['verdict hits']).toMatch(/^\d+(\.\d)? %$/);
    expect(rows.find((row) => row.case === 'cypher-cold')!['verdict hits']).toBe('0 %');
    expect(size!.soak?.samples.length).toBeGreaterThan(0);
    // The heap after the soak is sampled once the server has finished every request it was given.
    expect(size!.soak!.drain.drained).toBe(true);
    // Writes under load: articles committed and retracted while reads ran, none failed, and the
    // graph as it was before (every commit retracted again).
    const w = size!.writes!;
    expect(w.articles).toBeGreaterThan(10);
    expect(w.commit.count).toBeGreaterThan(0);
    expect(w.retract.count).toBe(w.commit.count);
    expect(w.writeErrors).toBe(0);
    expect(w.reads.without.count).toBeGreaterThan(0);
    expect(w.reads.during.count).toBeGreaterThan(0);
    expect(w.extraction.articlesPerSec).toBeGreaterThan(0);
    const driver = testDriver();
    try {
      expect(await countEntities(driver, neo4j.database)).toBe(200);
    } finally {
      await driver.close();
    }
  });

  it('render: the explorer draws each capped size and the seed graph, and the bundle is measured', { timeout: 300_000 }, async () => {
    const r = await runRenderBench({
      nodes: 200,
      rels: 600,
      seed: 3,
      sizes: [20, 60],
      runs: 1,
      seedRuns: 1,
      neo4j,
      log: () => undefined,
    });
    expect(r.sizes.map((s) => [s.cap, s.nodes])).toEqual([
      [20, 20],
      [60, 60],
    ]);
    for (const s of r.sizes) {
      expect(s.capped).toBe(true);
      expect(s.navToFirstRenderMs).toBeGreaterThan(0);
    }
    expect(r.seed.nodes).toBeGreaterThan(50);
    expect(r.bundle.initialJsGzip).toBeGreaterThan(0);
  });
});
