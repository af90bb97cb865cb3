// The physical-limit anchor for the loader benchmark: `neo4j-admin database import full` (from
// the same Maven jars as the server) writes a fresh store offline from CSV files, skipping
// transactions, locking and index maintenance until the end. The dataset is written as one CSV
// per label and per relationship type in the same model our loader produces (labels, property
// names, relationship ids, source and evidence), and the tool's own counts are checked.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dataset } from '../seed/dataset.ts';
import { datasetSource, type DatasetSource } from '../seed/seed-stream.ts';
import { runImport, writeImportCsv, type ImportRun } from '../seed/import-csv.ts';
import { freePort, writeLocalConfig } from '../tools/neo4j/local-neo4j.ts';

export interface AdminImportResult extends ImportRun {
  csvMs: number;
}

/**
 * Imports the dataset with `neo4j-admin database import full` into a fresh store in a temporary
 * instance folder (deleted afterwards), with the same heap as the server it is compared with.
 */
export async function adminImport(data: Dataset | DatasetSource, opts: { heap: string; pagecache: string }): Promise<AdminImportResult> {
  const source = 'graph' in data ? data : datasetSource(data);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-bench-import-'));
  try {
    writeLocalConfig(dir, { boltPort: await freePort(), heap: opts.heap, pagecache: opts.pagecache });
    const t = performance.now();
    const csvArgs = await writeImportCsv(source, path.join(dir, 'import'));
    const csvMs = performance.now() - t;
    return { ...runImport(dir, source.counts, csvArgs, { heap: opts.heap }), csvMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
