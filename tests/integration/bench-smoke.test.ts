// The benchmark scripts still run, end to end, on tiny data: generator → loaders (ours, naive,
// neo4j-admin import) → API under autocannon and the raw driver → rendering in Chromium. To keep
// CI fast the three share the test run's Neo4j instead of starting one each, the load bench
// empties the database between rows instead of restarting on a fresh store (`freshStore: false`),
// and the serving cases run for a second each after half a second of warm-up (none, and a cold
// server may answer nothing within the second). neo4j-admin import still writes a
// fresh store of its own, offline. Figures are checked for shape and consistency, never speed:
// timing belongs to `npm run bench`, not to tests.
import { afterAll, describe, expect, it } from 'vitest';
import { runLoadBench } from '../../bench/load.ts';
import { runRenderBench } from '../../bench/render.ts';
import { CASE_NAMES, runServeBench } from '../../bench/serve.bench.ts';
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
      'npm run seed -- --bulk (end to end: check, CSV, import, restart, schema)',
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

  it('serve: every case answers through the API and the raw driver without errors', { timeout: 300_000 }, async () => {
    const r = await runServeBench({
      sizes: [{ nodes: 200, rels: 600 }],
      durationS: 1,
      warmupS: 0.5,
      connections: [2],
      soakS: 1,
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
    }
    expect(size!.soak?.samples.length).toBeGreaterThan(0);
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
