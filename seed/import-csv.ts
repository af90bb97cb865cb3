// The dataset as `neo4j-admin database import` CSV files: one per label and per relationship
// type, in the same model the transactional loader writes (labels, property names, relationship
// ids, source and evidence, mentions as parallel lists), so a bulk-loaded store and a MERGE-loaded
// one answer every query alike. Used by `npm run seed -- --bulk` and the loader benchmark.
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { NODE_LABELS, REL_TYPES } from '../contract/model.ts';
import { neo4jAdmin } from '../tools/neo4j/local-neo4j.ts';
import type { Dataset } from './dataset.ts';
import { datasetSource, type DatasetSource } from './seed-stream.ts';
import { articleProperties } from './load.ts';

/** Separates list items inside a CSV field; a character no generated or seed text contains. */
export const ARRAY_DELIMITER = '\u001f';

type Value = string | number | boolean | string[] | number[] | null | undefined;

/**
 * The import tool's type for a column, from every value it holds, gathered one row at a time
 * (the rows stream past twice: once to type the columns, once to write them). Numbers are
 * doubles, integral or not: the driver sends a JavaScript number as a float, so that is what the
 * transactional loader stores, and the two stores must compare equal (a long 8 and a float 8.0
 * do not).
 */
class ColumnType {
  private present = 0;
  private numbers = 0;
  private booleans = 0;
  private lists = 0;
  private items = 0;
  private numberItems = 0;

  see(value: Value): void {
    if (value === null || value === undefined) return;
    this.present++;
    if (Array.isArray(value)) {
      this.lists++;
      this.items += value.length;
      for (const item of value) if (typeof item === 'number') this.numberItems++;
    } else if (typeof value === 'number') this.numbers++;
    else if (typeof value === 'boolean') this.booleans++;
  }

  get name(): string {
    if (this.lists) return this.items && this.numberItems === this.items ? 'double[]' : 'string[]';
    if (this.present && this.numbers === this.present) return 'double';
    if (this.present && this.booleans === this.present) return 'boolean';
    return 'string';
  }
}

function field(value: Value): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
  if (Array.isArray(value) && value.some((v) => String(v).includes(ARRAY_DELIMITER)))
    throw new Error('A list item contains the CSV array delimiter');
  return `"${text.replaceAll('"', '""')}"`;
}

/** One CSV file: fixed columns, then the property columns every row of the file may have. */
interface CsvFile {
  name: string;
  fixed: string[];
  columns: Map<string, ColumnType>;
}

/** A row as the CSV writer sees it: the file it goes to, its fixed fields and its properties. */
interface CsvRow {
  file: CsvFile;
  fixed: Value[];
  props: Record<string, Value>;
}

/** Buffered synchronous appends: a streamed load writes gigabytes in rows of a few hundred bytes. */
class CsvWriter {
  private readonly fd: number;
  private chunks: string[] = [];
  private pending = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }

  line(text: string): void {
    this.chunks.push(text, '\n');
    this.pending += text.length + 1;
    if (this.pending > 1 << 20) this.flush();
  }

  private flush(): void {
    writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.pending = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Every row of the dataset, in file order: articles, then nodes by label, relationships by type. */
async function* csvRows(source: DatasetSource, files: Map<string, CsvFile>, withText: boolean): AsyncGenerator<CsvRow> {
  const fileFor = (name: string, fixed: string[]) => {
    let file = files.get(name);
    if (!file) files.set(name, (file = { name, fixed, columns: new Map() }));
    return file;
  };
  for await (const article of source.articles({ withText })) {
    yield { file: fileFor('articles.csv', [':LABEL']), fixed: ['Article'], props: articleProperties(article) };
  }
  for await (const item of source.graph()) {
    if ('node' in item) {
      const n = item.node;
      yield {
        file: fileFor(`nodes-${n.label}.csv`, ['id:ID(Entity)', ':LABEL']),
        fixed: [n.id, `Entity${ARRAY_DELIMITER}${n.label}`],
        props: {
          ...n.properties,
          name: n.name,
          aliases: n.aliases,
          sources: n.mentions.map((m) => m.source),
          evidence: n.mentions.map((m) => m.evidence),
        },
      };
    } else {
      const r = item.relationship;
      yield {
        file: fileFor(`rels-${r.type}.csv`, [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE']),
        fixed: [r.from, r.to, r.type],
        props: { ...r.properties, id: r.id, source: r.source, evidence: r.evidence },
      };
    }
  }
}

/** The files in the order the tool is given them: articles, then the model's labels and types. */
const FILE_ORDER = ['articles.csv', ...NODE_LABELS.map((l) => `nodes-${l}.csv`), ...REL_TYPES.map((t) => `rels-${t}.csv`)];

/**
 * Writes the dataset as import CSVs in `dir`; returns the tool's --nodes/--relationships args.
 * Two streamed passes: the first types each file's columns (the header needs the union of every
 * row's keys before the first row), the second writes the rows; memory holds one row at a time.
 */
export async function writeImportCsv(data: Dataset | DatasetSource, dir: string): Promise<string[]> {
  const source = 'graph' in data ? data : datasetSource(data);
  const files = new Map<string, CsvFile>();
  // Article texts are strings whatever they say: the typing pass need not read them.
  for await (const row of csvRows(source, files, false)) {
    for (const [key, value] of Object.entries(row.props)) {
      let column = row.file.columns.get(key);
      if (!column) row.file.columns.set(key, (column = new ColumnType()));
      column.see(value);
    }
  }
  const keysOf = new Map([...files.values()].map((f) => [f, [...f.columns.keys()].sort()]));
  const writers = new Map<CsvFile, CsvWriter>();
  for (const file of files.values()) {
    const writer = new CsvWriter(path.join(dir, file.name));
    writer.line([...file.fixed, ...keysOf.get(file)!.map((k) => `${k}:${file.columns.get(k)!.name}`)].join(','));
    writers.set(file, writer);
  }
  try {
    // The same files map: each row comes back with the file the typing pass made for it.
    for await (const row of csvRows(source, files, true)) {
      writers.get(row.file)!.line([...row.fixed.map(field), ...keysOf.get(row.file)!.map((k) => field(row.props[k]))].join(','));
    }
  } finally {
    for (const writer of writers.values()) writer.close();
  }
  return FILE_ORDER.filter((name) => files.has(name)).map(
    (name) => `--${name.startsWith('rels-') ? 'relationships' : 'nodes'}=${path.join(dir, name)}`,
  );
}

export interface ImportRun {
  /** Wall time of the import command, JVM start included. */
  wallMs: number;
  /** The tool's own "IMPORT DONE in …" figure. */
  reportedMs: number;
  nodes: number;
  relationships: number;
}

/** "IMPORT DONE in 1m 2s 345ms." → ms. */
export function parseImportDuration(output: string): number | null {
  const m = /IMPORT DONE in ([\dhms ]+)/.exec(output);
  if (!m) return null;
  const unitMs: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  return [...m[1]!.matchAll(/(\d+)(ms|h|m|s)\b/g)].reduce((sum, [, n, unit]) => sum + Number(n) * unitMs[unit!]!, 0);
}

/**
 * Runs `neo4j-admin database import full` on the instance folder `dir` (its server stopped) with
 * the CSV arguments writeImportCsv returned, replacing `database`; checks the tool's own counts
 * against the dataset's `sizes` (a source's counts, known once it is validated).
 */
export function runImport(
  dir: string,
  sizes: DatasetSource['counts'],
  csvArgs: string[],
  opts: { heap: string; database?: string },
): ImportRun {
  const t = performance.now();
  const res = neo4jAdmin(
    dir,
    [
      'database',
      'import',
      'full',
      opts.database ?? 'neo4j',
      '--overwrite-destination',
      `--report-file=${path.join(dir, 'import.report')}`,
      '--multiline-fields=true',
      `--array-delimiter=${ARRAY_DELIMITER}`,
      ...csvArgs,
    ],
    [`-Xmx${opts.heap}`],
  );
  const wallMs = performance.now() - t;
  const output = `${res.stdout}\n${res.stderr}`;
  if (res.status !== 0)
    throw new Error(`neo4j-admin database import failed (exit ${res.status}):\n${output.trim().split('\n').slice(-20).join('\n')}`);
  const counts = /Imported:\s*(\d+) nodes\s*(\d+) relationships/.exec(output);
  const reportedMs = parseImportDuration(output);
  if (!counts || reportedMs === null) throw new Error(`Unexpected neo4j-admin output:\n${output.slice(-2000)}`);
  const result = { wallMs, reportedMs, nodes: Number(counts[1]), relationships: Number(counts[2]) };
  const expected = { nodes: sizes.nodes + sizes.articles, relationships: sizes.relationships };
  if (result.nodes !== expected.nodes || result.relationships !== expected.relationships) {
    throw new Error(
      `neo4j-admin imported ${result.nodes} nodes / ${result.relationships} relationships, expected ${expected.nodes} / ${expected.relationships}`,
    );
  }
  return result;
}
