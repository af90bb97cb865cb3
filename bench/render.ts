// The rendering benchmark, callable: runRenderBench() opens the real app in headless Chromium
// against its own Neo4j (temp dir, free port). A synthetic graph is loaded once and the explorer
// is opened with ?cap=N for each size; the page records fetch done → elements added → layout
// start/stop → ready flag → first frame drawn after the layout. Then, on the real seed graph,
// navigation → first rendered graph. Also the initial bundle's gzip size. Importing this module
// starts nothing; bench/render.bench.ts is the command line around it. Given a running Neo4j
// (`neo4j`, as the smoke test does) it empties that database and uses it instead of its own.
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { pino } from 'pino';
import { loadDataset } from '../seed/load.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { openSeedFolder } from '../seed/seed-stream.ts';
import { createDriver } from '../db/driver.ts';
import { applySchema, clearDatabase } from '../db/schema.ts';
import { createApp } from '../server/app.ts';
import { listen, unthrottledAppConfig, type Listening } from '../server/serve.ts';
import { launchBrowser } from '../tools/browser.ts';
import { bundleSizes, type BundleSizes } from '../tools/bundle-sizes.ts';
import { CLIENT_OUT_DIR, ensureClientBuild } from '../tools/ensure-client-build.ts';
import type { Neo4jTarget } from '../config/config.ts';
import { BENCH_DRIVER_TUNING, startBenchNeo4j, type SharedNeo4j } from './bench-neo4j.ts';
import { generateDataset } from './generate.ts';

export interface RenderBenchOptions {
  /** Synthetic graph: node and relationship counts and the generator's seed. */
  nodes: number;
  rels: number;
  seed: number;
  /** Initial node caps to open the explorer with (?cap=N). */
  sizes: number[];
  /** Measured page loads per size and on the seed graph (after one unmeasured warm-up each). */
  runs: number;
  seedRuns: number;
  /** A running Neo4j to use instead of starting one: its database is emptied first, and it is left running (holding the seed graph). */
  neo4j?: SharedNeo4j;
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
}

export const DEFAULT_RENDER_OPTIONS: RenderBenchOptions = {
  nodes: 6000,
  rels: 20_000,
  seed: 1,
  sizes: [300, 1000, 5000],
  runs: 3,
  seedRuns: 5,
};

export const VIEWPORT = { width: 1280, height: 720 };
/** Longest a single page may take to become ready; a slower page fails the run instead of hanging. */
const PAGE_TIMEOUT_MS = 120_000;

/** One page load; times are performance.now() in the page, i.e. ms since navigation start. */
export interface PageTimings {
  fetchStart: number | null;
  fetchDone: number | null;
  elementsAdded: number | null;
  layoutStart: number | null;
  layoutStop: number | null;
  ready: number | null;
  firstRender: number | null;
  domContentLoaded: number;
  nodes: number;
  edges: number;
  /** What the canvas draws with: 'webgl' or 'canvas'. */
  renderer: string;
  layoutName: string;
  notice: string;
  warning: string;
}

export interface SizeRow {
  cap: number;
  nodes: number;
  edges: number;
  renderer: string;
  fetchToAddedMs: number | null;
  layoutMs: number | null;
  fetchToFirstRenderMs: number | null;
  navToFirstRenderMs: number | null;
  navToFetchStartMs: number | null;
  navToFetchDoneMs: number | null;
  /** The page told the user its graph was capped (notice or footer warning). */
  capped: boolean;
}

export interface SeedRow {
  runs: number;
  nodes: number;
  navToReadyMs: number | null;
  navToFirstRenderMs: number | null;
  minFirstRenderMs: number | null;
  maxFirstRenderMs: number | null;
  domContentLoadedMs: number | null;
  fetchDoneMs: number | null;
  layoutMs: number | null;
}

export interface RenderBenchResult {
  at: string;
  cores: number;
  loadavgBefore: number[];
  loadavgAfter: number[];
  viewport: typeof VIEWPORT;
  graph: { nodes: number; rels: number };
  sizes: SizeRow[];
  sizeRuns: Record<number, PageTimings[]>;
  seed: SeedRow;
  seedRuns: PageTimings[];
  bundle: BundleSizes;
}

export const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number | null) => (x === null ? null : Math.round(x));
const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
const medianOf = (list: PageTimings[], f: (t: PageTimings) => number | null) =>
  round(median(list.map(f).filter((x): x is number => x !== null)));

// ---- page instrumentation -------------------------------------------------------------------------
/**
 * Runs in the page before its scripts: hooks the Cytoscape core as soon as the app assigns
 * window.__cy, to time the first frame drawn after the first layout. The renderer's own draw
 * function is wrapped because the WebGL path emits no 'render' event.
 */
function instrument(): void {
  const t = { firstRender: null as number | null };
  (window as unknown as { __firstRender: typeof t }).__firstRender = t;
  let core: import('cytoscape').Core | undefined;
  Object.defineProperty(window, '__cy', {
    configurable: true,
    get: () => core,
    set: (cy: import('cytoscape').Core) => {
      core = cy;
      const r = (cy as unknown as { renderer(): { render(o?: { forcedContext?: unknown }): unknown } }).renderer();
      const draw = r.render;
      r.render = function (this: unknown, o) {
        const out = draw.call(this, o);
        if (
          t.firstRender === null &&
          !o?.forcedContext &&
          performance.getEntriesByName('vj:layout-stop').length &&
          performance.getEntriesByName('vj:elements-added').length
        )
          t.firstRender = performance.now();
        return out;
      };
    },
  });
}

export async function measurePage(browser: Browser, url: string, log: (line: string) => void = () => undefined): Promise<PageTimings> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    // tsx compiles with esbuild's keepNames, which wraps functions in __name(); that helper does
    // not exist in the page, so the serialised function gets a no-op one.
    await page.addInitScript({ content: `globalThis.__name = (f) => f; (${instrument.toString()})();` });
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: PAGE_TIMEOUT_MS });
    // The first frame after the layout may come one animation frame after the ready flag.
    await page
      .waitForFunction(
        () => (window as unknown as { __firstRender: { firstRender: number | null } }).__firstRender.firstRender !== null,
        null,
        { timeout: 10_000 },
      )
      .catch(() => log('  (no frame drawn after the layout within 10 s)'));
    return await page.evaluate(() => {
      // The app's User Timing marks (client/src/app.ts, client/src/graph/graph-view.ts).
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const cy = window.__cy!;
      return {
        fetchStart: at('vj:overview-request'),
        fetchDone: at('vj:overview-response'),
        elementsAdded: at('vj:elements-added'),
        layoutStart: at('vj:layout-start'),
        layoutStop: at('vj:layout-stop'),
        ready: at('vj:ready'),
        firstRender: (window as unknown as { __firstRender: { firstRender: number | null } }).__firstRender.firstRender,
        domContentLoaded: nav.domContentLoadedEventEnd,
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        renderer: document.getElementById('graph')?.dataset.renderer ?? 'canvas',
        layoutName: document.getElementById('graph')?.dataset.layout ?? '',
        notice: document.getElementById('notice')?.textContent ?? '',
        warning: document.querySelector('[data-testid="graph-warning"]')?.textContent ?? '',
      };
    });
  } finally {
    await context.close();
  }
}

// ---- server ----------------------------------------------------------------------------------------
function serve(db: Neo4jTarget, driver: Driver): Promise<Listening> {
  const app = createApp({
    driver,
    config: unthrottledAppConfig(db, { cypher: { timeoutMs: 30_000 } }),
    logger: pino({ level: 'silent' }),
    clientDir: CLIENT_OUT_DIR,
  });
  return listen(app);
}

// ---- main ------------------------------------------------------------------------------------------
export async function runRenderBench(options: Partial<RenderBenchOptions> = {}): Promise<RenderBenchResult> {
  const opts = { ...DEFAULT_RENDER_OPTIONS, ...options };
  const log = opts.log ?? ((line: string) => console.error(line));
  const { sizes, runs, seedRuns } = opts;
  if (!sizes.length || ![...sizes, runs, seedRuns, opts.nodes, opts.rels].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('sizes, runs, seedRuns, nodes and rels must be positive integers');
  }
  const loadavgBefore = os.loadavg();

  log('building the client if stale…');
  await ensureClientBuild({ quiet: true });
  const bundle = bundleSizes(CLIENT_OUT_DIR);

  const genDir = path.join(os.tmpdir(), `vj-bench-render-${process.pid}-${opts.nodes}-${opts.rels}-s${opts.seed}`);
  log(`generating ${opts.nodes} nodes / ${opts.rels} relationships…`);
  generateDataset({ nodes: opts.nodes, rels: opts.rels, seed: opts.seed, out: genDir });
  // Streamed: validated in bounded memory, loaded by a second pass over the files.
  const synthetic = await openSeedFolder(genDir);

  const shared = opts.neo4j;
  if (!shared) log('starting Neo4j…');
  const own = shared ? undefined : await startBenchNeo4j({ heap: '1g', pagecache: '512m', log });
  const db: Neo4jTarget = shared ?? own!;
  const driver = createDriver(db, BENCH_DRIVER_TUNING);
  let server: Listening | undefined;
  let browser: Browser | undefined;
  const sizeRows: SizeRow[] = [];
  const sizeRuns: Record<number, PageTimings[]> = {};
  const seedTimings: PageTimings[] = [];
  try {
    if (shared) await clearDatabase(driver, db.database);
    await applySchema(driver, db.database);
    log(`loading ${synthetic.counts.nodes} nodes / ${synthetic.counts.relationships} relationships…`);
    await loadDataset(driver, synthetic, { database: db.database, atomic: false, batchSize: 5000 });
    server = await serve(db, driver);
    const url = server.baseUrl;
    browser = await launchBrowser();

    // One unmeasured page load warms the server, Neo4j's query plan and the browser's code cache.
    await measurePage(browser, `${url}?cap=${sizes[0]}`, log);
    for (const size of sizes) {
      const list: PageTimings[] = [];
      for (let i = 0; i < runs; i++) {
        const t = await measurePage(browser, `${url}?cap=${size}`, log);
        log(
          `  cap ${size} run ${i + 1}: ${t.nodes} nodes (${t.renderer}, ${t.layoutName}), fetch→render ${round(diff(t.fetchDone, t.firstRender))} ms, layout ${round(diff(t.layoutStart, t.layoutStop))} ms`,
        );
        list.push(t);
      }
      sizeRuns[size] = list;
      sizeRows.push({
        cap: size,
        nodes: list[0]!.nodes,
        edges: list[0]!.edges,
        renderer: list[0]!.renderer,
        fetchToAddedMs: medianOf(list, (t) => diff(t.fetchDone, t.elementsAdded)),
        layoutMs: medianOf(list, (t) => diff(t.layoutStart, t.layoutStop)),
        fetchToFirstRenderMs: medianOf(list, (t) => diff(t.fetchDone, t.firstRender)),
        navToFirstRenderMs: medianOf(list, (t) => t.firstRender),
        navToFetchStartMs: medianOf(list, (t) => t.fetchStart),
        navToFetchDoneMs: medianOf(list, (t) => t.fetchDone),
        capped: list.every((t) => /capped/i.test(t.notice + t.warning)),
      });
    }

    log('real seed graph: clearing the database and seeding…');
    await clearDatabase(driver, db.database);
    await seedDatabase(driver, db.database);
    await measurePage(browser, url, log);
    for (let i = 0; i < seedRuns; i++) seedTimings.push(await measurePage(browser, url, log));
  } finally {
    await browser?.close();
    await server?.close();
    await driver.close().catch(() => undefined);
    await own?.stop();
    rmSync(genDir, { recursive: true, force: true });
  }

  const firstRenders = seedTimings.map((t) => t.firstRender).filter((x): x is number => x !== null);
  return {
    at: new Date().toISOString(),
    cores: os.cpus().length,
    loadavgBefore,
    loadavgAfter: os.loadavg(),
    viewport: VIEWPORT,
    graph: { nodes: synthetic.counts.nodes, rels: synthetic.counts.relationships },
    sizes: sizeRows,
    sizeRuns,
    seed: {
      runs: seedTimings.length,
      nodes: seedTimings[0]?.nodes ?? 0,
      navToReadyMs: medianOf(seedTimings, (t) => t.ready),
      navToFirstRenderMs: medianOf(seedTimings, (t) => t.firstRender),
      minFirstRenderMs: firstRenders.length ? round(Math.min(...firstRenders)) : null,
      maxFirstRenderMs: firstRenders.length ? round(Math.max(...firstRenders)) : null,
      domContentLoadedMs: medianOf(seedTimings, (t) => t.domContentLoaded),
      fetchDoneMs: medianOf(seedTimings, (t) => t.fetchDone),
      layoutMs: medianOf(seedTimings, (t) => diff(t.layoutStart, t.layoutStop)),
    },
    seedRuns: seedTimings,
    bundle,
  };
}

/** Prints the result as tables (what the CLI and `npm run bench` show). */
export function printRenderResult(result: RenderBenchResult): void {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log(
    `\nRendering, headless Chromium ${result.viewport.width}×${result.viewport.height}, median of ${result.sizeRuns[result.sizes[0]?.cap ?? 0]?.length ?? 0} runs (fresh context each); synthetic graph ${result.graph.nodes} nodes / ${result.graph.rels} rels`,
  );
  console.table(
    result.sizes.map((r) => ({
      cap: r.cap,
      nodes: r.nodes,
      edges: r.edges,
      renderer: r.renderer,
      'nav→fetch done ms': r.navToFetchDoneMs,
      'fetch→added ms': r.fetchToAddedMs,
      'layout ms': r.layoutMs,
      'fetch→first render ms': r.fetchToFirstRenderMs,
      'nav→first render ms': r.navToFirstRenderMs,
      'capped notice': r.capped,
    })),
  );
  const s = result.seed;
  console.log('\nReal seed graph, navigation → first rendered graph');
  console.table([
    {
      runs: s.runs,
      nodes: s.nodes,
      'nav→first render ms (median)': s.navToFirstRenderMs,
      'min/max': `${s.minFirstRenderMs}/${s.maxFirstRenderMs}`,
      'nav→ready ms': s.navToReadyMs,
      'DOMContentLoaded ms': s.domContentLoadedMs,
      'fetch done ms': s.fetchDoneMs,
      'layout ms': s.layoutMs,
    },
  ]);
  const b = result.bundle;
  console.log(`\nInitial bundle (gzip): ${kb(b.initialGzip)} total, JS ${kb(b.initialJsGzip)}`);
  console.table(
    [...b.initial.map((f) => ({ ...f, load: 'initial' })), ...b.lazy.map((f) => ({ ...f, load: 'lazy' }))].map((f) => ({
      file: f.file,
      load: f.load,
      raw: kb(f.raw),
      gzip: kb(f.gzip),
    })),
  );
  const avg = (xs: number[]) => xs.map((l) => l.toFixed(2)).join(' ');
  console.log(`cores ${result.cores}; load average before ${avg(result.loadavgBefore)}, after ${avg(result.loadavgAfter)}`);
}
