// Where a node's or relationship's evidence lives in its properties, and how an article's date
// is told to the reader (a stated date, or an inferred one flagged as such).
import type { Article } from '../../../contract/api/articles.ts';
import type { GraphEdge, Properties } from '../../../contract/api/graph.ts';
import type { EvidenceRef } from '../../../contract/api/insights.ts';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

/** Evidence as shown: the sentence and, when the data has one, the clause that states the fact. */
export interface Evidence extends EvidenceRef {
  clause?: string;
}

/**
 * A relationship's evidence: `source` (article id) + `evidence` (sentence), lists zipped; an
 * `evidenceClause` property that occurs in the sentence is kept to be emphasised within it.
 */
export function edgeEvidence(edge: Pick<GraphEdge, 'properties'>): Evidence[] {
  const refs = zip(strings(edge.properties.source), strings(edge.properties.evidence));
  const clause = edge.properties.evidenceClause;
  if (typeof clause !== 'string' || !clause.trim()) return refs;
  return refs.map((r) => (r.evidence.includes(clause.trim()) ? { ...r, clause: clause.trim() } : r));
}

/** A node's mentions: parallel lists `sources` and `evidence`. */
export function nodeMentions(properties: Properties): EvidenceRef[] {
  return zip(strings(properties.sources), strings(properties.evidence));
}

function zip(sources: string[], sentences: string[]): EvidenceRef[] {
  const out: EvidenceRef[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    const source = sources[i] ?? sources[0] ?? '';
    const evidence = sentences[i]!;
    const key = `${source}\u0000${evidence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ source, evidence });
  }
  return out;
}

/** Properties shown in the generic table (evidence and identity are shown on their own). */
export const SPECIAL_NODE_KEYS = new Set(['id', 'name', 'aliases', 'sources', 'evidence']);
export const SPECIAL_EDGE_KEYS = new Set(['id', 'source', 'evidence']);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "5 Mar 2025" when the article states it; "5 Mar 2025 (inferred)" when only the year is inferred. */
export function articleDate(article: Pick<Article, 'date' | 'inferredDate' | 'dateText'>): { text: string; inferred: boolean } {
  if (article.date) return { text: formatIsoDate(article.date), inferred: false };
  if (article.inferredDate) return { text: formatIsoDate(article.inferredDate), inferred: true };
  return { text: article.dateText || 'undated', inferred: false };
}

/** An article URL as a link target: http(s) only, so a stored `javascript:` URL never becomes one. */
export const safeHttpUrl = (url: string | null | undefined): string | null => (url && /^https?:\/\//i.test(url) ? url : null);
