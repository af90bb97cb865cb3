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
