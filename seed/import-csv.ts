// The dataset as `neo4j-admin database import` CSV files: one per label and per relationship
// type, in the same model the transactional loader writes (labels, property names, relationship
// ids, source and evidence, mentions as parallel lists), so a bulk-loaded store and a MERGE-loaded
// one answer every query alike. Used by `npm run seed -- --bulk` and the loader benchmark.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NODE_LABELS, REL_TYPES } from '../contract/model.ts';
import { neo4jAdmin } from '../tools/neo4j/local-neo4j.ts';
import type { Dataset } from './dataset.ts';
import { articleProperties } from './load.ts';

/** Separates list items inside a CSV field; a character no generated or seed text contains. */
export const ARRAY_DELIMITER = '\u001f';

type Value = string | number | boolean | string[] | number[] | null | undefined;

/**
 * The import tool's type for a column, from every value it holds. Numbers are doubles, integral
 * or not: the driver sends a JavaScript number as a float, so that is what the transactional
 * loader stores, and the two stores must compare equal (a long 8 and a float 8.0 do not).
 */
function columnType(values: Value[]): string {
  const present = values.filter((v) => v !== null && v !== undefined);
  const lists = present.filter(Array.isArray) as (string[] | number[])[];
  if (lists.length) {
    const items = lists.flat();
    return items.length && items.every((i) => typeof i === 'number') ? 'double[]' : 'string[]';
  }
  if (present.length && present.every((v) => typeof v === 'number')) return 'double';
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
  const articles = dataset.articles.map(articleProperties);
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
 * against the dataset's.
 */
export function runImport(dir: string, dataset: Dataset, csvArgs: string[], opts: { heap: string; database?: string }): ImportRun {
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
  const expected = { nodes: dataset.nodes.length + dataset.articles.length, relationships: dataset.relationships.length };
  if (result.nodes !== expected.nodes || result.relationships !== expected.relationships) {
    throw new Error(
      `neo4j-admin imported ${result.nodes} nodes / ${result.relationships} relationships, expected ${expected.nodes} / ${expected.relationships}`,
    );
  }
  return result;
}
