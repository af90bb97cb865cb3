// The physical-limit anchor for the loader benchmark: `neo4j-admin database import full` (from
// the same Maven jars as the server) writes a fresh store offline from CSV files, skipping
// transactions, locking and index maintenance until the end. The dataset is written as one CSV
// per label and per relationship type in the same model our loader produces (labels, property
// names, relationship ids, source and evidence), and the tool's own counts are checked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Dataset } from '../seed/dataset.ts';
import { NODE_LABELS, REL_TYPES } from '../contract/model.ts';
import { freePort, neo4jAdmin, writeLocalConfig } from '../tools/neo4j/local-neo4j.ts';

/** Separates list items inside a CSV field; a character no generated or seed text contains. */
const ARRAY_DELIMITER = '\u001f';

type Value = string | number | boolean | string[] | number[] | null | undefined;

/** The import tool's type for a column, from every value it holds. */
function columnType(values: Value[]): string {
  const present = values.filter((v) => v !== null && v !== undefined);
  const lists = present.filter(Array.isArray) as (string[] | number[])[];
  if (lists.length) {
    const items = lists.flat();
    return items.every((i) => typeof i === 'number') && items.length ? (items.every(Number.isInteger) ? 'long[]' : 'double[]') : 'string[]';
  }
  if (present.length && present.every((v) => typeof v === 'number'))
    return (present as number[]).every(Number.isInteger) ? 'long' : 'double';
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

function field(value: Value): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
  if (Array.isArray(value) && value.some((v) => String(v).includes(ARRAY_DELIMITER)))
    throw new Error('A list item contains the CSV array delimiter');
  return `"${text.replaceAll('"', '""')}"`;
}

/** Writes `header` + rows as CSV; property columns are the union of every row's keys. */
function writeCsv(file: string, fixed: [string, (row: number) => Value][], props: Record<string, Value>[]): void {
  const keys = [...new Set(props.flatMap(Object.keys))].sort();
  const header = [...fixed.map(([h]) => h), ...keys.map((k) => `${k}:${columnType(props.map((p) => p[k]))}`)];
  const lines = [header.join(',')];
  for (let i = 0; i < props.length; i++)
    lines.push([...fixed.map(([, get]) => field(get(i))), ...keys.map((k) => field(props[i]![k]))].join(','));
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Writes the dataset as import CSVs in `dir`; returns the tool's --nodes/--relationships args. */
export function writeImportCsv(dataset: Dataset, dir: string): string[] {
  const args: string[] = [];
  const articles = dataset.articles.map(({ published, ...a }) => ({
    ...a,
    dateText: published.dateText,
    date: published.date,
    inferredDate: published.inferredDate,
    inference: published.inference,
  }));
  const articleFile = path.join(dir, 'articles.csv');
  writeCsv(articleFile, [[':LABEL', () => 'Article']], articles);
  args.push(`--nodes=${articleFile}`);
  for (const label of NODE_LABELS) {
    const nodes = dataset.nodes.filter((n) => n.label === label);
    if (!nodes.length) continue;
    const file = path.join(dir, `nodes-${label}.csv`);
    const props = nodes.map((n) => ({
      ...n.properties,
      name: n.name,
      aliases: n.aliases,
      sources: n.mentions.map((m) => m.source),
      evidence: n.mentions.map((m) => m.evidence),
    }));
    writeCsv(
      file,
      [
        ['id:ID(Entity)', (i) => nodes[i]!.id],
        [':LABEL', () => `Entity${ARRAY_DELIMITER}${label}`],
      ],
      props,
    );
    args.push(`--nodes=${file}`);
  }
  for (const type of REL_TYPES) {
    const rels = dataset.relationships.filter((r) => r.type === type);
    if (!rels.length) continue;
    const file = path.join(dir, `rels-${type}.csv`);
    const props = rels.map((r) => ({ ...r.properties, id: r.id, source: r.source, evidence: r.evidence }));
    writeCsv(
      file,
      [
        [':START_ID(Entity)', (i) => rels[i]!.from],
        [':END_ID(Entity)', (i) => rels[i]!.to],
        [':TYPE', () => type],
      ],
      props,
    );
    args.push(`--relationships=${file}`);
  }
  return args;
}

export interface AdminImportResult {
  /** Wall time of the import command, JVM start included. */
  wallMs: number;
  /** The tool's own "IMPORT DONE in …" figure. */
  reportedMs: number;
  nodes: number;
  relationships: number;
  csvMs: number;
}

/** "IMPORT DONE in 1m 2s 345ms." → ms. */
export function parseImportDuration(output: string): number | null {
  const m = /IMPORT DONE in ([\dhms ]+)/.exec(output);
  if (!m) return null;
  const unitMs: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  return [...m[1]!.matchAll(/(\d+)(ms|h|m|s)\b/g)].reduce((sum, [, n, unit]) => sum + Number(n) * unitMs[unit!]!, 0);
}

/**
 * Imports the dataset with `neo4j-admin database import full` into a fresh store in a temporary
 * instance folder (deleted afterwards), with the same heap as the server it is compared with.
 */
export async function adminImport(dataset: Dataset, opts: { heap: string; pagecache: string }): Promise<AdminImportResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-bench-import-'));
  try {
    writeLocalConfig(dir, { boltPort: await freePort(), heap: opts.heap, pagecache: opts.pagecache });
    let t = performance.now();
    const csvArgs = writeImportCsv(dataset, path.join(dir, 'import'));
    const csvMs = performance.now() - t;
    t = performance.now();
    const res = neo4jAdmin(
      dir,
      [
        'database',
        'import',
        'full',
        'neo4j',
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
    const result = { wallMs, reportedMs, nodes: Number(counts[1]), relationships: Number(counts[2]), csvMs };
    const expected = { nodes: dataset.nodes.length + dataset.articles.length, relationships: dataset.relationships.length };
    if (result.nodes !== expected.nodes || result.relationships !== expected.relationships) {
      throw new Error(
        `neo4j-admin imported ${result.nodes} nodes / ${result.relationships} relationships, expected ${expected.nodes} / ${expected.relationships}`,
      );
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
