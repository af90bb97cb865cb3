// Cypher console results → table cells, and error details → a position in the query. Values
// may be graph entities (shown by name), lists, maps or scalars.
import type { CypherResult } from '../../../contract/api/cypher.ts';

export interface Table {
  columns: string[];
  rows: string[][];
}

function isEntity(v: object): v is { id?: unknown; name?: unknown; label?: unknown; type?: unknown; labels?: unknown } {
  return 'id' in v && ('label' in v || 'labels' in v || 'type' in v);
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'object') {
    if (isEntity(value)) {
      const v = value as Record<string, unknown>;
      if (typeof v.type === 'string' && 'source' in v && 'target' in v) return `[:${v.type}]`;
      const label = typeof v.label === 'string' ? v.label : Array.isArray(v.labels) ? v.labels.join(':') : '';
      const name = typeof v.name === 'string' ? v.name : String(v.id);
      return label ? `(${name}:${label})` : `(${name})`;
    }
    return JSON.stringify(value);
  }
  return String(value);
}

export function toTable(res: Pick<CypherResult, 'columns' | 'rows'>): Table {
  const rows = res.rows.map((row) => res.columns.map((c) => formatValue(row[c])));
  return { columns: res.columns, rows };
}

/** Where in the caller's query a syntax error is: 1-based line and column, 0-based offset. */
export interface QueryPosition {
  line: number;
  column: number;
  offset: number;
}

/** The {line, column, offset} a CYPHER_SYNTAX_ERROR carries as its details; null when it has none. */
export function syntaxPosition(details: unknown): QueryPosition | null {
  if (!details || typeof details !== 'object') return null;
  const { line, column, offset } = details as Record<string, unknown>;
  return typeof line === 'number' && typeof column === 'number' && typeof offset === 'number' ? { line, column, offset } : null;
}

/** The offending line with a caret under the column, for the error box. */
export function caretLines(query: string, pos: QueryPosition): { line: string; caret: string } | null {
  const line = query.split('\n')[pos.line - 1];
  if (line === undefined) return null;
  return { line, caret: `${' '.repeat(Math.max(0, pos.column - 1))}^` };
}

/** A graph element as a table cell shows it: a chip in its label's (or type's) colour that selects it. */
export type Chip = { kind: 'node'; id: string; label: string; name: string } | { kind: 'edge'; id: string; type: string };

/**
 * One value of the result table: graph elements as chips (a path as chip → chip → chip, a list of
 * elements as a row of chips), anything else as its text.
 */
export type ResultCell =
  { kind: 'chips'; chips: Chip[]; path: boolean } | { kind: 'text'; text: string; value: string | number | boolean | null };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isProps = (v: unknown) => isRecord(v);

/** The shapes the server converts nodes, relationships and paths to (contract/api/graph.ts). */
function asNodeChip(v: unknown): Chip | null {
  if (!isRecord(v) || typeof v.id !== 'string' || typeof v.label !== 'string' || typeof v.name !== 'string' || !isProps(v.properties))
    return null;
  if ('type' in v || 'source' in v) return null;
  return { kind: 'node', id: v.id, label: v.label, name: v.name };
}

function asEdgeChip(v: unknown): Chip | null {
  if (
    !isRecord(v) ||
    typeof v.id !== 'string' ||
    typeof v.type !== 'string' ||
    typeof v.source !== 'string' ||
    typeof v.target !== 'string'
  )
    return null;
  return isProps(v.properties) ? { kind: 'edge', id: v.id, type: v.type } : null;
}

/** A path: its nodes and the relationships between them, in order (n0, r0, n1, r1, …). */
function asPathChips(v: unknown): Chip[] | null {
  if (!isRecord(v) || Object.keys(v).length !== 2 || !Array.isArray(v.nodes) || !Array.isArray(v.edges)) return null;
  if (v.nodes.length !== v.edges.length + 1) return null;
  const nodes = v.nodes.map(asNodeChip);
  const edges = v.edges.map(asEdgeChip);
  if (nodes.some((n) => !n) || edges.some((e) => !e)) return null;
  return nodes.flatMap((n, i) => (i < edges.length ? [n!, edges[i]!] : [n!]));
}

export function resultCell(value: unknown): ResultCell {
  const single = asNodeChip(value) ?? asEdgeChip(value);
  if (single) return { kind: 'chips', chips: [single], path: false };
  const path = asPathChips(value);
  if (path) return { kind: 'chips', chips: path, path: true };
  if (Array.isArray(value) && value.length) {
    const chips = value.map((v) => asNodeChip(v) ?? asEdgeChip(v));
    if (chips.every(Boolean)) return { kind: 'chips', chips: chips as Chip[], path: false };
  }
  const plain = value === undefined ? null : value;
  const scalar = plain === null || typeof plain === 'string' || typeof plain === 'number' || typeof plain === 'boolean';
  return { kind: 'text', text: formatValue(plain), value: scalar ? (plain as string | number | boolean | null) : formatValue(plain) };
}

export function resultCells(res: Pick<CypherResult, 'columns' | 'rows'>): ResultCell[][] {
  return res.rows.map((row) => res.columns.map((c) => resultCell(row[c])));
}

/** What a chip reads as in a CSV cell: a node by its name, a relationship by its type and id. */
export const chipText = (chip: Chip): string => (chip.kind === 'node' ? chip.name : `:${chip.type} ${chip.id}`);

/**
 * A cell in the CSV export: chips by their text (a path `A → :PART_OF r1 → B`, a list separated by
 * `; `), numbers and booleans as themselves, null as an empty cell, anything else as its text.
 */
export function csvValue(cell: ResultCell): string | number | boolean | null {
  if (cell.kind === 'text') return cell.value;
  return cell.chips.map(chipText).join(cell.path ? ' → ' : '; ');
}

/** Whether a result has anything to draw: a table-only result opens in the Table view. */
export const hasGraph = (res: Pick<CypherResult, 'graph'>): boolean => res.graph.nodes.length + res.graph.edges.length > 0;

/** The planner's estimates are often below one row: "≈ 0.4 rows", "≈ 1 row", "≈ 1,200 rows". */
export function estimatedRows(n: number): string {
  const shown = n < 10 ? Number(n.toFixed(1)) : Math.round(n);
  return `≈ ${shown.toLocaleString('en')} row${shown === 1 ? '' : 's'}`;
}
