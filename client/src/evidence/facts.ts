// Facts and citations. Every relationship holds one sentence of one article, so a fact several
// articles (or sentences) state is several parallel relationships: one type between the same
// two nodes. Here they become one fact with its citations, and an article's text is cut into
// the runs its facts' sentences cover, to be highlighted.
import type { GraphEdge } from '../../../contract/api/graph.ts';
import { edgeEvidence, type Evidence } from './evidence.ts';
import { locateEvidence } from './locate.ts';

type FactEdge = Pick<GraphEdge, 'id' | 'type' | 'source' | 'target' | 'properties'>;

export interface Fact<E extends FactEdge = FactEdge> {
  type: string;
  source: string;
  target: string;
  /** The parallel relationships, in the order given. */
  rels: E[];
  /** One per article and sentence, across the relationships. */
  citations: Evidence[];
}

const factKey = (e: FactEdge) => `${e.type}\u0000${e.source}\u0000${e.target}`;

/** Groups relationships into facts, in the order each fact first occurs. */
export function groupFacts<E extends FactEdge>(edges: E[]): Fact<E>[] {
  const facts = new Map<string, Fact<E>>();
  for (const e of edges) {
    const key = factKey(e);
    let fact = facts.get(key);
    if (!fact) facts.set(key, (fact = { type: e.type, source: e.source, target: e.target, rels: [], citations: [] }));
    fact.rels.push(e);
    for (const ev of edgeEvidence(e))
      if (!fact.citations.some((c) => c.source === ev.source && c.evidence === ev.evidence)) fact.citations.push(ev);
  }
  return [...facts.values()];
}

/** How many different articles the citations come from. */
export const articleCount = (citations: { source: string }[]): number => new Set(citations.map((c) => c.source)).size;

/** Facts (parallel citations of one type between the same ends count once) and the articles behind them. */
export interface FactTally {
  facts: number;
  articles: number;
  /** The relationships themselves, one per sentence. */
  relationships: number;
}

export function factTally(edges: FactEdge[]): FactTally {
  const facts = groupFacts(edges);
  return { facts: facts.length, articles: articleCount(facts.flatMap((f) => f.citations)), relationships: edges.length };
}

/** The tally per relationship type, for the legend. */
export function factTallyByType(edges: FactEdge[]): Map<string, FactTally> {
  const byType = new Map<string, FactEdge[]>();
  for (const e of edges) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  return new Map([...byType].map(([type, typed]) => [type, factTally(typed)]));
}

/** "12 facts from 3 articles", the words the legend, the exports and the details panel share. */
export const tallyText = (t: Pick<FactTally, 'facts' | 'articles'>): string =>
  `${t.facts} ${t.facts === 1 ? 'fact' : 'facts'} from ${t.articles} ${t.articles === 1 ? 'article' : 'articles'}`;

/** A run of an article's text; `sentences` are the evidence sentences covering it (none: plain text). */
export interface Segment {
  text: string;
  sentences: string[];
}

/**
 * The text cut at the evidence sentences found in it; overlapping sentences make one highlighted
 * run carrying all of them. Sentences not found are left out (the caller can say so). The text is
 * NFC-normalised, as the whitespace-tolerant search in locate.ts matches against it.
 */
export function highlightSegments(text: string, sentences: string[]): { segments: Segment[]; missing: string[] } {
  const normal = text.normalize('NFC');
  const ranges: { start: number; end: number; sentences: string[] }[] = [];
  const missing: string[] = [];
  for (const sentence of new Set(sentences)) {
    const at = locateEvidence(normal, sentence);
    if (!at) missing.push(sentence);
    else ranges.push({ start: at.before.length, end: at.before.length + at.match.length, sentences: [sentence] });
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: typeof ranges = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start < last.end) {
      last.end = Math.max(last.end, r.end);
      last.sentences.push(...r.sentences);
    } else merged.push({ ...r });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) segments.push({ text: normal.slice(at, r.start), sentences: [] });
    segments.push({ text: normal.slice(r.start, r.end), sentences: r.sentences });
    at = r.end;
  }
  if (at < normal.length) segments.push({ text: normal.slice(at), sentences: [] });
  return { segments, missing };
}
