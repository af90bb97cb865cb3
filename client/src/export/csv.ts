// CSV of the visible graph (RFC 4180 quoting). Cells that a spreadsheet would run as a formula
// are prefixed with an apostrophe, since names and evidence come from scraped articles.
import type { GraphEdge, GraphNode, Properties } from '../../../contract/api/graph.ts';

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows: Cell[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => propertyText(v)).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function propertyKeys(items: { properties: Properties }[], skip: Set<string>): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const k of Object.keys(item.properties)) if (!skip.has(k)) keys.add(k);
  return [...keys].sort();
}

export function nodesCsv(nodes: GraphNode[]): string {
  const keys = propertyKeys(nodes, new Set(['id', 'name']));
  return toCsv([
    ['id', 'label', 'name', ...keys],
    ...nodes.map((n) => [n.id, n.label, n.name, ...keys.map((k) => propertyText(n.properties[k]))]),
  ]);
}

export function edgesCsv(edges: GraphEdge[]): string {
  const keys = propertyKeys(edges, new Set(['id', 'source', 'evidence']));
  return toCsv([
    ['id', 'type', 'from', 'to', 'source_article', 'evidence', ...keys],
    ...edges.map((e) => [
      e.id,
      e.type,
      e.source,
      e.target,
      propertyText(e.properties.source),
      propertyText(e.properties.evidence),
      ...keys.map((k) => propertyText(e.properties[k])),
    ]),
  ]);
}
