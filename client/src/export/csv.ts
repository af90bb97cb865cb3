// CSV and JSON of the visible graph (RFC 4180 quoting). Cells that a spreadsheet would run as a
// formula are prefixed with an apostrophe, since names and evidence come from scraped articles.
// Every relationship row carries its article and sentence, and the fact it belongs to: parallel
// relationships (one type between the same ends) are one fact, however many sentences state it.
import type { GraphEdge, GraphNode, GraphPayload, Properties } from '../../../contract/api/graph.ts';
import { articleCount, factTally, groupFacts, tallyText, type FactTally } from '../evidence/facts.ts';

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
  // Each relationship's fact (numbered in order of first occurrence) and how many articles state it.
  const factOf = new Map<string, { n: number; articles: number }>();
  groupFacts(edges).forEach((fact, i) => {
    const articles = articleCount(fact.citations);
    for (const r of fact.rels) factOf.set(r.id, { n: i + 1, articles });
  });
  return toCsv([
    ['id', 'type', 'from', 'to', 'source_article', 'evidence', 'fact', 'fact_articles', ...keys],
    ...edges.map((e) => [
      e.id,
      e.type,
      e.source,
      e.target,
      propertyText(e.properties.source),
      propertyText(e.properties.evidence),
      factOf.get(e.id)?.n,
      factOf.get(e.id)?.articles,
      ...keys.map((k) => propertyText(e.properties[k])),
    ]),
  ]);
}

/** What an export holds, in facts and articles: the words the legend uses too. */
export interface ExportSummary extends FactTally {
  nodes: number;
  text: string;
}

export function exportSummary(graph: GraphPayload): ExportSummary {
  const tally = factTally(graph.edges);
  return { nodes: graph.nodes.length, ...tally, text: `${graph.nodes.length} nodes, ${tallyText(tally)}` };
}

/** The JSON export: the summary first, then the nodes and relationships (each with source and evidence). */
export function graphJson(graph: GraphPayload): string {
  return JSON.stringify({ summary: exportSummary(graph), nodes: graph.nodes, edges: graph.edges }, null, 2);
}
