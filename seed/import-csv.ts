// The dataset as `neo4j-admin database import` CSV files: one per label and per relationship
// type, in the same model the transactional loader writes (labels, property names, relationship
// ids, source and evidence, mentions as parallel lists), so a bulk-loaded store and a MERGE-loaded
// one answer every query alike. Used by `npm run seed -- --bulk` and the loader benchmark.
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { NODE_LABELS, REL_TYPES } from '../contract/model.ts';
import { neo4jAdmin } from '../tools/neo4j/local-neo4j.ts';
import type { SeedNode } from '../contract/dataset.ts';
import type { Dataset, LoadableArticle, RelationshipWithId } from './dataset.ts';
import { datasetSource, type DatasetSource } from './seed-stream.ts';
import { articleProperties } from './load.ts';

/** Separates list items inside a CSV field; a character no generated or seed text contains. */
export const ARRAY_DELIMITER = '\u001f';

type Value = string | number | boolean | string[] | number[] | null | undefined;

/**
 * The import tool's type for a column, from every value it holds, gathered one row at a time
 * as the rows are written (the header is written last, in a file of its own). Numbers are
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

/**
 * One input of the tool: a body written row by row as the data streams past, and a header file
 * written at the end, once every value has typed its column (the tool takes `header,body`). The
 * property columns are in the order first seen: a row written before a column appeared is
 * shorter, and the tool reads missing trailing fields as absent properties (every present value
 * is quoted, so a row always ends in a quoted field).
 */
class CsvInput {
  private readonly columns = new Map<string, ColumnType>();
  private readonly body: CsvWriter;

  constructor(
    private readonly dir: string,
    readonly name: string,
    private readonly fixed: string[],
  ) {
    this.body = new CsvWriter(this.file('csv'));
  }

  private file(kind: 'csv' | 'header.csv'): string {
    return path.join(this.dir, `${this.name}.${kind}`);
  }

  row(fixed: Value[], props: Record<string, Value>): void {
    let added: string[] | undefined;
    for (const key in props) if (!this.columns.has(key)) (added ??= []).push(key);
    for (const key of added?.sort() ?? []) this.columns.set(key, new ColumnType());
    let line = fixed.map(field).join(',');
    let absent = 0;
    for (const [key, column] of this.columns) {
      const value = props[key];
      column.see(value);
      const text = field(value);
      // An absent value is an empty field; trailing ones are left out, as a row written before
      // its columns existed leaves them out: the tool, parsing multi-line fields, reads a row that
      // ends in an empty field short of the header as running on into the next line.
      if (text === '') absent++;
      else {
        line += ','.repeat(absent + 1) + text;
        absent = 0;
      }
    }
    this.body.line(line);
  }

  /** Closes the body and writes the header; returns the tool's argument (`--nodes=header,body`). */
  finish(): string {
    this.body.close();
    const header = new CsvWriter(this.file('header.csv'));
    header.line([...this.fixed, ...[...this.columns].map(([key, type]) => `${key}:${type.name}`)].join(','));
    header.close();
    return `--${this.name.startsWith('rels-') ? 'relationships' : 'nodes'}=${this.file('header.csv')},${this.file('csv')}`;
  }

  /** Closes the body without a header (the caller deletes the folder). */
  abandon(): void {
    this.body.close();
  }
}

/** The files in the order the tool is given them: articles, then the model's labels and types. */
const INPUT_ORDER = ['articles', ...NODE_LABELS.map((l) => `nodes-${l}`), ...REL_TYPES.map((t) => `rels-${t}`)];

/**
 * Writes a dataset's rows as import CSVs in `dir` as they are given, in one pass: memory holds
 * one row and each file's column types. Feed it the articles, nodes and relationships in any
 * order, then `finish()`; on a failure, `abandon()` and delete the folder.
 */
export class ImportCsvWriter {
  private readonly inputs = new Map<string, CsvInput>();

  constructor(private readonly dir: string) {}

  private input(name: string, fixed: string[]): CsvInput {
    let input = this.inputs.get(name);
    if (!input) this.inputs.set(name, (input = new CsvInput(this.dir, name, fixed)));
    return input;
  }

  article(article: LoadableArticle): void {
    this.input('articles', [':LABEL']).row(['Article'], articleProperties(article));
  }

  node(n: SeedNode): void {
    this.input(`nodes-${n.label}`, ['id:ID(Entity)', ':LABEL']).row([n.id, `Entity${ARRAY_DELIMITER}${n.label}`], {
      ...n.properties,
      name: n.name,
      aliases: n.aliases,
      sources: n.mentions.map((m) => m.source),
      evidence: n.mentions.map((m) => m.evidence),
    });
  }

  relationship(r: RelationshipWithId): void {
    this.input(`rels-${r.type}`, [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE']).row([r.from, r.to, r.type], {
      ...r.properties,
      id: r.id,
      source: r.source,
      evidence: r.evidence,
    });
  }

  /** Closes every file; returns the tool's `--nodes=…` and `--relationships=…`, articles first, then labels and types in the model's order. */
  finish(): string[] {
    return INPUT_ORDER.flatMap((name) => this.inputs.get(name)?.finish() ?? []);
  }

  abandon(): void {
    for (const input of this.inputs.values()) input.abandon();
  }
}

/**
 * Import CSVs in `dir` from what `fill` feeds a writer (the files abandoned if it throws): its
 * result, and the tool's arguments.
 */
export async function writeImportCsvWith<T>(
  dir: string,
  fill: (writer: ImportCsvWriter) => Promise<T>,
): Promise<{ result: T; csvArgs: string[] }> {
  const writer = new ImportCsvWriter(dir);
  try {
    const result = await fill(writer);
    return { result, csvArgs: writer.finish() };
  } catch (err) {
    writer.abandon();
    throw err;
  }
}

/** Writes a dataset already validated (in memory, or a source) as import CSVs in `dir`. */
export async function writeImportCsv(data: Dataset | DatasetSource, dir: string): Promise<string[]> {
  const source = 'graph' in data ? data : datasetSource(data);
  const { csvArgs } = await writeImportCsvWith(dir, async (writer) => {
    for await (const article of source.articles()) writer.article(article);
    for await (const item of source.graph()) {
      if ('node' in item) writer.node(item.node);
      else writer.relationship(item.relationship);
    }
  });
  return csvArgs;
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
 * the arguments an ImportCsvWriter's finish() returned, replacing `database`; checks the tool's own counts
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
      // Article texts span lines. The tool's help warns that the option "can severely degrade" its
      // speed; on 100k/1M (articles left out) it took 13.7 s with it, 14.2 s without. Its v2 format,
      // which names the files concerned, failed on a quoted text across its 4 MB read buffer.
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
