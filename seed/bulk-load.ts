// `npm run seed -- --bulk`: loads a dataset into the managed local Neo4j at the engine's own
// rate. The transactional loader MERGEs in batches, paying for transactions, locks and index
// upkeep on every row; `neo4j-admin database import full` (from the same jars as the server)
// writes the store offline in one pass. So: check the database may be replaced, validate the
// folder and write the CSV files in the same streaming pass, stop the server, run the tool,
// start the server again, apply the schema (the constraints and indexes are built once, over
// the whole store). Only for a server we manage: the tool needs the store's folder, which a
// remote server (NEO4J_URI) does not give us.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jTarget } from '../config/config.ts';
import { createDriver } from '../db/driver.ts';
import { applySchema, countEntities, repeatUntilNone } from '../db/schema.ts';
import {
  acquireLocalNeo4j,
  ensureLocalNeo4j,
  statusLocalNeo4j,
  stopLocalNeo4j,
  writeLocalConfig,
  type LocalNeo4jOptions,
} from '../tools/neo4j/local-neo4j.ts';
import type { Dataset } from './dataset.ts';
import { datasetSource, openSeedFolder, type DatasetSource } from './seed-stream.ts';
import { runImport, writeImportCsv, writeImportCsvWith } from './import-csv.ts';

export class BulkLoadRefused extends Error {
  override readonly name = 'BulkLoadRefused';
}

export interface BulkLoadSummary {
  nodes: number;
  relationships: number;
  articles: number;
  /** Writing the CSV files (for a folder: validating it in the same pass). */
  csvMs: number;
  /** The import tool's own figure, and its wall time (JVM start included). */
  toolReportedMs: number;
  toolWallMs: number;
  /** Stopping, starting the server and applying the schema. */
  serverMs: number;
  totalMs: number;
}

export interface BulkLoadOptions {
  local: LocalNeo4jOptions & { heap: string };
  target: Omit<Neo4jTarget, 'uri'>;
  /** Replace a database that already holds data (everything in it is lost). */
  overwrite: boolean;
  log?: (line: string) => void;
}

const runningApps = (holders: number) =>
  `--bulk replaces the database offline, but ${holders} running app(s) use the local Neo4j: stop them first (npm run neo4j:status)`;

/** The CSV files of a folder, validated in the same pass (one read of graph.json), or of a dataset already valid. */
async function writeInputs(data: string | Dataset | DatasetSource, dir: string): Promise<{ source: DatasetSource; csvArgs: string[] }> {
  if (typeof data !== 'string') {
    const source = 'graph' in data ? data : datasetSource(data);
    return { source, csvArgs: await writeImportCsv(source, dir) };
  }
  const { result: source, csvArgs } = await writeImportCsvWith(dir, async (writer) => {
    const folder = await openSeedFolder(data, { observe: writer });
    for await (const article of folder.articles()) writer.article(article);
    return folder;
  });
  return { source, csvArgs };
}

/**
 * A seed folder (validated as its CSV files are written: one pass over graph.json) or a dataset
 * already validated. Throws DatasetValidationError for an invalid folder, BulkLoadRefused when the
 * database may not be replaced; either way before the server is stopped or anything is written.
 */
export async function bulkLoad(data: string | Dataset | DatasetSource, opts: BulkLoadOptions): Promise<BulkLoadSummary> {
  const log = opts.log ?? (() => undefined);
  const started = performance.now();
  const before = await statusLocalNeo4j(opts.local.dir);
  if ((before.holders ?? 0) > 0) throw new BulkLoadRefused(runningApps(before.holders!));
  let t = performance.now();
  // A folder whose server never ran holds no database: nothing to ask about, nothing to lose, so
  // no start and stop for the question (on a fresh machine, the first load's longest wait).
  const fresh = before.state === 'stopped' && !existsSync(path.join(opts.local.dir, 'data', 'databases', opts.target.database));
  if (fresh) {
    log('seed --bulk: a new instance folder, no database to replace yet');
    writeLocalConfig(opts.local.dir, opts.local);
  } else {
    // Whether the database may be replaced: ask the server itself (started for the question if need be).
    const lease = await acquireLocalNeo4j(opts.local);
    const driver = createDriver({ ...opts.target, uri: lease.uri });
    try {
      const existing = await countEntities(driver, opts.target.database);
      if (existing > 0 && !opts.overwrite)
        throw new BulkLoadRefused(
          `the database holds ${existing} entities; --bulk replaces the whole database: add --overwrite to lose them, or load without --bulk to merge`,
        );
    } finally {
      await driver.close();
      await lease.release();
    }
  }
  let serverMs = performance.now() - t;

  const csvDir = path.join(opts.local.dir, 'import', 'bulk');
  rmSync(csvDir, { recursive: true, force: true });
  mkdirSync(csvDir, { recursive: true });
  try {
    t = performance.now();
    const { source, csvArgs } = await writeInputs(data, csvDir);
    const csvMs = performance.now() - t;
    log(`seed --bulk: ${csvArgs.length} CSV inputs in ${Math.round(csvMs)} ms; running neo4j-admin database import…`);
    t = performance.now();
    if (!fresh) {
      // The pass took a while: an app may have started on the server meanwhile.
      const holders = (await statusLocalNeo4j(opts.local.dir)).holders ?? 0;
      if (holders > 0) throw new BulkLoadRefused(runningApps(holders));
      await stopLocalNeo4j(opts.local.dir);
    }
    serverMs += performance.now() - t;
    const run = runImport(opts.local.dir, source.counts, csvArgs, { heap: opts.local.heap, database: opts.target.database });
    log(`seed --bulk: the tool imported ${run.nodes} nodes and ${run.relationships} relationships in ${run.reportedMs} ms`);

    t = performance.now();
    // Back as it was: standing (npm run neo4j:start) if it was, else held only while the schema is applied.
    const back = before.standing ? await ensureLocalNeo4j(opts.local) : await acquireLocalNeo4j(opts.local);
    const after = createDriver({ ...opts.target, uri: back.uri! });
    try {
      // The schema, and the stored degrees the import does not write (applySchema counts them).
      await applySchema(after, opts.target.database);
      // The empty alias lists the import left out (see the Cypher file).
      await repeatUntilNone(after, opts.target.database, 'bulk-empty-aliases', 20_000);
    } finally {
      await after.close();
      if ('release' in back) await back.release();
    }
    serverMs += performance.now() - t;
    return {
      ...source.counts,
      csvMs,
      toolReportedMs: run.reportedMs,
      toolWallMs: run.wallMs,
      serverMs,
      totalMs: performance.now() - started,
    };
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}
