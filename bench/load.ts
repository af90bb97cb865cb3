// The loading benchmark: on one generated dataset and a fresh database for each row, our
// UNWIND/MERGE loader at each batch size; a naive one-transaction-per-row loader on a sample
// (extrapolated); and `neo4j-admin database import` as the physical-limit anchor. The figures
// go side by side so every rate reads as a ratio. CLI: bench/load.bench.ts. The smoke test runs
// it with `freshStore: false` on a shared Neo4j (see the option): end to end, not comparable.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bulkLoad } from '../seed/bulk-load.ts';
import { loadDataset, relationshipRow } from '../seed/load.ts';
import { progressReporter } from '../seed/progress.ts';
import { createDriver } from '../db/driver.ts';
import { cypher } from '../db/queries.ts';
import { applySchema, clearDatabase } from '../db/schema.ts';
import { openSeedFolder, type DatasetSource } from '../seed/seed-stream.ts';
import type { RelationshipWithId } from '../seed/dataset.ts';
import { adminImport } from './admin-import.ts';
import { BENCH_DRIVER_TUNING, startBenchNeo4j, type SharedNeo4j } from './bench-neo4j.ts';
import { generateDataset } from './generate.ts';
import { freePort, stopLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';

export interface LoadBenchOptions {
  nodes: number;
  rels: number;
  seed: number;
  batches: number[];
  /** Relationships the naive loader writes (one transaction each); its rate is extrapolated. */
  naive: number;
  /** The server's heap and page cache when the benchmark starts its own Neo4j; neo4j-admin import's always. */
  heap: string;
  pagecache: string;
  /**
   * True (the default): every row loads into a fresh store, the server restarted on an empty
   * one, so the rows compare. False is for smoke runs only: the database is emptied with DETACH
   * DELETE between rows instead, on a store that keeps what earlier rows (or other users) left
   * allocated, so the timings are not comparable with a real run or with each other.
   */
  freshStore: boolean;
  /** A running Neo4j to load into instead of starting one; it is left running (and holding the last row's data). */
  neo4j?: SharedNeo4j;
  log: (line: string) => void;
}

export const DEFAULT_LOAD_OPTIONS: Omit<LoadBenchOptions, 'log'> = {
  nodes: 100_000,
  rels: 1_000_000,
  seed: 1,
  batches: [5_000, 20_000],
  naive: 500,
  heap: '2g',
  pagecache: '1g',
  freshStore: true,
};

export interface LoaderRow {
  loader: string;
  nodesPerSec: number | null;
  relsPerSec: number;
  totalSec: number;
  /** True when the rate comes from a sample. */
  extrapolated: boolean;
}

export interface LoadBenchResult {
  at: string;
  options: Omit<LoadBenchOptions, 'log' | 'neo4j'>;
  dataset: { nodes: number; relationships: number; articles: number; generateMs: number; validateMs: number };
  rows: LoaderRow[];
  /**
   * Relationships/s ratios; `totalVsAdmin` compares whole loads (articles, nodes and relationships)
   * by time; `bulkVsAdmin` the tool's own figure with `seed --bulk` end to end on the same data.
   */
  ratios: { bestVsNaive: number; bestVsAdmin: number; totalVsAdmin: number; bulkVsAdmin: number };
  cores: number;
  loadavg: { before: number[]; after: number[] };
}

const perSec = (count: number, ms: number) => Math.round(count / (ms / 1000));

/** An empty database before a row: a fresh store, or (freshStore false) the same store emptied. */
async function emptyDatabase(db: SharedNeo4j, freshStore: boolean): Promise<void> {
  if (freshStore) return db.restartEmpty!();
  const driver = createDriver(db, BENCH_DRIVER_TUNING);
  try {
    await clearDatabase(driver, db.database);
  } finally {
    await driver.close();
  }
}

async function timedLoad(
  db: SharedNeo4j,
  freshStore: boolean,
  dataset: DatasetSource,
  batchSize: number,
  log: (line: string) => void,
): Promise<LoaderRow> {
  await emptyDatabase(db, freshStore);
  const driver = createDriver(db, BENCH_DRIVER_TUNING);
  try {
    await applySchema(driver, db.database);
    const phaseStart: Record<string, number> = {};
    const print = progressReporter(log);
    const started = performance.now();
    await loadDataset(driver, dataset, {
      database: db.database,
      batchSize,
      atomic: false,
      onProgress: (p) => {
        phaseStart[p.phase] ??= performance.now();
        print(p);
      },
    });
    const ended = performance.now();
    const relsStarted = phaseStart.relationships ?? ended;
    const relsEnded = phaseStart.degrees ?? ended;
    return {
      loader: `UNWIND + MERGE, batch ${batchSize.toLocaleString('en-US')}`,
      nodesPerSec: perSec(dataset.counts.nodes, relsStarted - (phaseStart.nodes ?? started)),
      relsPerSec: perSec(dataset.counts.relationships, relsEnded - relsStarted),
      totalSec: (ended - started) / 1000,
      extrapolated: false,
    };
  } finally {
    await driver.close();
  }
}

/** The source without its relationships (the naive row loads its nodes in batches first). */
function nodesOnly(source: DatasetSource): DatasetSource {
  return {
    counts: { ...source.counts, relationships: 0 },
    articles: (opts) => source.articles(opts),
    async *graph() {
      for await (const item of source.graph()) {
        if (!('node' in item)) return;
        yield item;
      }
    },
  };
}

/** One write transaction per relationship, same statement as the loader (nodes loaded in batches first). */
async function naiveLoad(db: SharedNeo4j, freshStore: boolean, dataset: DatasetSource, sample: number): Promise<LoaderRow> {
  await emptyDatabase(db, freshStore);
  const driver = createDriver(db, BENCH_DRIVER_TUNING);
  try {
    await applySchema(driver, db.database);
    await loadDataset(driver, nodesOnly(dataset), { database: db.database, atomic: false });
    const rows: RelationshipWithId[] = [];
    for await (const item of dataset.graph()) {
      if ('relationship' in item) rows.push(item.relationship);
      if (rows.length === sample) break;
    }
    const session = driver.session({ database: db.database });
    const started = performance.now();
    for (const r of rows) {
      await session.executeWrite((tx) => tx.run(cypher('seed-merge-relationships', { type: r.type }), { rows: [relationshipRow(r)] }));
    }
    const ms = performance.now() - started;
    await session.close();
    const rate = rows.length / (ms / 1000);
    return {
      loader: `naive, 1 transaction per relationship (${rows.length} sampled)`,
      nodesPerSec: null,
      relsPerSec: Math.round(rate),
      totalSec: dataset.counts.relationships / rate,
      extrapolated: true,
    };
  } finally {
    await driver.close();
  }
}

/**
 * `npm run seed -- --bulk` end to end into a new instance folder of its own, as a user runs it on
 * the dataset's folder: validating it and writing the CSV files (one pass), the tool, the server's
 * start and the schema (constraints and indexes built over the whole store, the degrees stored).
 */
async function bulkRow(folder: string, o: LoadBenchOptions): Promise<LoaderRow> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-bench-bulk-'));
  const password = 'bench-bulk-password';
  try {
    const local = { dir, boltPort: await freePort(), password, heap: o.heap, pagecache: o.pagecache, log: () => undefined };
    const s = await bulkLoad(folder, { local, target: { username: 'neo4j', password, database: 'neo4j' }, overwrite: false });
    return {
      loader: 'npm run seed -- --bulk (end to end: validation and CSV, import, start, schema)',
      nodesPerSec: null,
      relsPerSec: perSec(s.relationships, s.totalMs),
      totalSec: s.totalMs / 1000,
      extrapolated: false,
    };
  } finally {
    await stopLocalNeo4j(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runLoadBench(options: Partial<LoadBenchOptions> = {}): Promise<LoadBenchResult> {
  const o = { ...DEFAULT_LOAD_OPTIONS, log: () => undefined, ...options };
  if (o.freshStore && o.neo4j && !o.neo4j.restartEmpty)
    throw new Error('freshStore needs a Neo4j the benchmark may restart (a BenchNeo4j); on a shared one pass freshStore: false');
  const loadBefore = os.loadavg();
  const dir = path.join(os.tmpdir(), `vj-bench-load-${o.nodes}-${o.rels}-s${o.seed}-${process.pid}`);
  o.log(`generating ${o.nodes} nodes / ${o.rels} relationships…`);
  const generated = generateDataset({ nodes: o.nodes, rels: o.rels, seed: o.seed, out: dir });
  try {
    const t = performance.now();
    // Streamed, as `npm run seed -- --dir` reads it: every row re-reads the files.
    const dataset = await openSeedFolder(dir);
    const validateMs = performance.now() - t;

    o.log('neo4j-admin database import into a fresh store…');
    const admin = await adminImport(dataset, { heap: o.heap, pagecache: o.pagecache });
    const adminRow: LoaderRow = {
      loader: 'neo4j-admin database import full (offline)',
      nodesPerSec: null,
      relsPerSec: perSec(admin.relationships, admin.reportedMs),
      totalSec: admin.reportedMs / 1000,
      extrapolated: false,
    };

    const shared = o.neo4j;
    if (!shared) o.log(`starting Neo4j (heap ${o.heap}, page cache ${o.pagecache})…`);
    const own = shared ? undefined : await startBenchNeo4j({ heap: o.heap, pagecache: o.pagecache, log: o.log });
    const db: SharedNeo4j = shared ?? own!;
    const rows: LoaderRow[] = [];
    try {
      for (const batch of o.batches) {
        o.log(`our loader, batch ${batch}…`);
        rows.push(await timedLoad(db, o.freshStore, dataset, batch, o.log));
      }
      o.log(`naive loader, ${o.naive} relationships…`);
      rows.push(await naiveLoad(db, o.freshStore, dataset, o.naive));
    } finally {
      await own?.stop();
    }
    rows.push(adminRow);
    o.log('npm run seed -- --bulk into a fresh instance…');
    const bulk = await bulkRow(dir, o);
    rows.push(bulk);
    const ours = rows.filter((r) => r.loader.startsWith('UNWIND'));
    const best = Math.max(...ours.map((r) => r.relsPerSec));
    const fastestTotal = Math.min(...ours.map((r) => r.totalSec));
    const naive = rows.find((r) => r.loader.startsWith('naive'))!.relsPerSec;
    return {
      at: new Date().toISOString(),
      options: {
        nodes: o.nodes,
        rels: o.rels,
        seed: o.seed,
        batches: o.batches,
        naive: o.naive,
        heap: o.heap,
        pagecache: o.pagecache,
        freshStore: o.freshStore,
      },
      dataset: {
        ...dataset.counts,
        generateMs: generated.ms,
        validateMs,
      },
      rows,
      ratios: {
        bestVsNaive: best / naive,
        bestVsAdmin: best / adminRow.relsPerSec,
        totalVsAdmin: adminRow.totalSec / fastestTotal,
        bulkVsAdmin: adminRow.totalSec / bulk.totalSec,
      },
      cores: os.cpus().length,
      loadavg: { before: loadBefore, after: os.loadavg() },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printLoadResult(r: LoadBenchResult): void {
  const n = (x: number | null) => (x === null ? '—' : x.toLocaleString('en-US'));
  console.log(
    `\nLoading ${n(r.dataset.nodes)} nodes / ${n(r.dataset.relationships)} relationships (+${n(r.dataset.articles)} articles), ${r.options.freshStore ? 'fresh database per row' : 'database emptied between rows (smoke run: timings not comparable)'}, heap ${r.options.heap}, page cache ${r.options.pagecache}`,
  );
  console.table(
    r.rows.map((x) => ({
      loader: x.loader,
      'nodes/s': n(x.nodesPerSec),
      'relationships/s': n(x.relsPerSec),
      'total s': `${x.extrapolated ? '~' : ''}${x.totalSec.toFixed(1)}`,
    })),
  );
  console.log(
    `best batched rate = ${r.ratios.bestVsNaive.toFixed(0)}× the naive loader, ${r.ratios.bestVsAdmin.toFixed(2)}× neo4j-admin import (whole load: ${r.ratios.totalVsAdmin.toFixed(2)}×); seed --bulk end to end ${r.ratios.bulkVsAdmin.toFixed(2)}× the tool's own figure; generated in ${Math.round(r.dataset.generateMs)} ms, validated in ${Math.round(r.dataset.validateMs)} ms; ${r.cores} cores, load average ${r.loadavg.before.map((l) => l.toFixed(2)).join(' ')} before, ${r.loadavg.after.map((l) => l.toFixed(2)).join(' ')} after`,
  );
}
