// The timeline's arithmetic, DOM-free so it is unit-tested: dated facts binned by day, week or
// month (whichever gives a readable number of bars for the span), a brush over whole bins turned
// into a TimeRange and back, and the range said in words. Dates are ISO days handled in UTC, so
// a fact never moves to the neighbouring bin with the reader's time zone.
import type { TimelineFact } from '../../../contract/api/timeline.ts';
import type { TimeRange } from '../../../contract/fact-date.ts';
import type { RelType } from '../../../contract/model.ts';

export type Granularity = 'day' | 'week' | 'month';

/** The types the timeline stacks on their own; dated facts of any other type are stacked as "other". */
export const TIMELINE_TYPES = ['MET_WITH', 'REQUESTED_COOPERATION_IN', 'PARTNERS_WITH'] as const satisfies readonly RelType[];

/** What a bar is stacked by: the three types the issue names, and every other dated type together. */
export const TIMELINE_CATEGORIES = [...TIMELINE_TYPES, 'other'] as const;
export type TimelineCategory = (typeof TIMELINE_CATEGORIES)[number];

export interface Bin {
  /** First and last day of the bin (inclusive ISO dates). */
  start: string;
  end: string;
  counts: Record<TimelineCategory, number>;
  total: number;
}

export interface Histogram {
  granularity: Granularity;
  bins: Bin[];
}

/** Bin indices a brush covers, inclusive. */
export interface BinSpan {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
/** Spans up to these many days get day bars, then week bars; longer ones get month bars. */
export const DAY_BINS_UP_TO = 45;
export const WEEK_BINS_UP_TO = 210;

const toMs = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, days: number): string => toIso(toMs(iso) + days * DAY_MS);

export const categoryOf = (type: string): TimelineCategory =>
  (TIMELINE_TYPES as readonly string[]).includes(type) ? (type as TimelineCategory) : 'other';

export function chooseGranularity(first: string, last: string): Granularity {
  const days = (toMs(last) - toMs(first)) / DAY_MS + 1;
  if (days <= DAY_BINS_UP_TO) return 'day';
  if (days <= WEEK_BINS_UP_TO) return 'week';
  return 'month';
}

/** The bin a day falls in: [start, end]. Weeks start on Monday. */
export function binBounds(iso: string, granularity: Granularity): { start: string; end: string } {
  if (granularity === 'day') return { start: iso, end: iso };
  if (granularity === 'week') {
    const weekday = (new Date(toMs(iso)).getUTCDay() + 6) % 7; // Monday = 0
    const start = addDays(iso, -weekday);
    return { start, end: addDays(start, 6) };
  }
  const start = `${iso.slice(0, 7)}-01`;
  const next = new Date(toMs(start));
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { start, end: toIso(next.getTime() - DAY_MS) };
}

const emptyCounts = (): Record<TimelineCategory, number> =>
  Object.fromEntries(TIMELINE_CATEGORIES.map((c) => [c, 0])) as Record<TimelineCategory, number>;

/** Every bin from the first fact's to the last fact's, empty ones included (gaps show as gaps). */
export function binFacts(facts: readonly Pick<TimelineFact, 'date' | 'type'>[], granularity?: Granularity): Histogram {
  if (!facts.length) return { granularity: granularity ?? 'month', bins: [] };
  let first = facts[0]!.date;
  let last = first;
  for (const f of facts) {
    if (f.date < first) first = f.date;
    if (f.date > last) last = f.date;
  }
  const g = granularity ?? chooseGranularity(first, last);
  const bins: Bin[] = [];
  const index = new Map<string, Bin>();
  for (let at = binBounds(first, g); at.start <= last; at = binBounds(addDays(at.end, 1), g)) {
    const bin: Bin = { ...at, counts: emptyCounts(), total: 0 };
    bins.push(bin);
    index.set(at.start, bin);
  }
  for (const f of facts) {
    const bin = index.get(binBounds(f.date, g).start)!;
    bin.counts[categoryOf(f.type)]++;
    bin.total++;
  }
  return { granularity: g, bins };
}

/**
 * The range a brush over bins selects: both ends are written out (a link then says exactly which
 * dates it shows, even after older or newer facts arrive); only the whole histogram, or no
 * brush, is no date limit at all.
 */
export function spanToRange(bins: readonly Bin[], span: BinSpan | null, showUndated: boolean): TimeRange {
  if (!span || !bins.length) return { from: null, to: null, showUndated };
  const start = Math.max(0, Math.min(span.start, span.end));
  const end = Math.min(bins.length - 1, Math.max(span.start, span.end));
  if (start === 0 && end === bins.length - 1) return { from: null, to: null, showUndated };
  return { from: bins[start]!.start, to: bins[end]!.end, showUndated };
}

/** The bins a range covers (for drawing the brush from a link), or null when it limits nothing or covers no bin. */
export function rangeToSpan(bins: readonly Bin[], range: TimeRange): BinSpan | null {
  if (!bins.length || (range.from === null && range.to === null)) return null;
  const start = range.from === null ? 0 : bins.findIndex((b) => b.end >= range.from!);
  let end = bins.length - 1;
  if (range.to !== null) while (end >= 0 && bins[end]!.start > range.to) end--;
  if (start < 0 || end < 0 || start > end) return null;
  return { start, end };
}

/** Which bin an x position (0..1 across the plot) falls in. */
export const binAt = (fraction: number, binCount: number): number =>
  Math.max(0, Math.min(binCount - 1, Math.floor(Math.max(0, Math.min(1, fraction)) * binCount)));

/** Moves a span by `delta` bins, keeping its width inside the histogram. */
export function moveSpan(span: BinSpan, delta: number, binCount: number): BinSpan {
  const width = span.end - span.start;
  const start = Math.max(0, Math.min(binCount - 1 - width, span.start + delta));
  return { start, end: start + width };
}

/** Moves one edge of a span by `delta` bins; an edge never crosses the other. */
export function resizeSpan(span: BinSpan, edge: 'start' | 'end', delta: number, binCount: number): BinSpan {
  if (edge === 'start') return { start: Math.max(0, Math.min(span.end, span.start + delta)), end: span.end };
  return { start: span.start, end: Math.min(binCount - 1, Math.max(span.start, span.end + delta)) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Mar 2024". */
export const formatDay = (iso: string): string => `${+iso.slice(8, 10)} ${MONTHS[+iso.slice(5, 7) - 1]} ${iso.slice(0, 4)}`;

/** An axis tick: "Nov 2023" for months, "6 Mar 2025" for weeks and days. */
export const tickLabel = (bin: Bin, granularity: Granularity): string =>
  granularity === 'month' ? `${MONTHS[+bin.start.slice(5, 7) - 1]} ${bin.start.slice(0, 4)}` : formatDay(bin.start);

/** Whether an ISO date is inside the range's dates (undated facts are another matter). */
const inDates = (range: TimeRange, date: string): boolean =>
  (range.from === null || date >= range.from) && (range.to === null || date <= range.to);

export const countInRange = (facts: readonly Pick<TimelineFact, 'date'>[], range: TimeRange): number =>
  facts.filter((f) => inDates(range, f.date)).length;

/** The range in words, for the status line and the brush's aria-valuetext. */
export function rangeWords(range: TimeRange, dated?: { first: string; last: string }): string {
  const from = range.from ?? dated?.first ?? null;
  const to = range.to ?? dated?.last ?? null;
  if (from && to) return `from ${formatDay(from)} to ${formatDay(to)}`;
  if (from) return `from ${formatDay(from)} on`;
  if (to) return `up to ${formatDay(to)}`;
  return 'of every date';
}

/** "Showing facts from 3 Mar 2024 to 30 Jun 2024 · 12 of 40 dated facts". */
export function rangeText(range: TimeRange, facts: readonly Pick<TimelineFact, 'date'>[]): string {
  const dated = facts.length
    ? {
        first: facts.reduce((a, f) => (f.date < a ? f.date : a), facts[0]!.date),
        last: facts.reduce((a, f) => (f.date > a ? f.date : a), facts[0]!.date),
      }
    : undefined;
  const shown = countInRange(facts, range);
  const factsWord = facts.length === 1 ? 'dated fact' : 'dated facts';
  return `Showing facts ${rangeWords(range, dated)} · ${shown} of ${facts.length} ${factsWord}`;
}
