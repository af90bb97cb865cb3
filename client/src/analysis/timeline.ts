// The timeline's arithmetic, DOM-free so it is unit-tested: dated facts (counted per day and type
// by the server) binned by day, week or month (whichever gives a readable number of bars for the
// span), a brush over whole bins turned into a TimeRange and back, and the range said in words. Dates are ISO days handled in UTC, so
// a fact never moves to the neighbouring bin with the reader's time zone.
import type { TimelineDay } from '../../../contract/api/timeline.ts';
import type { TimeRange } from '../../../contract/fact-date.ts';
import type { RelType } from '../../../contract/model.ts';

export type Granularity = 'day' | 'week' | 'month';

/** What the arithmetic needs of a timeline day: its date, its type and how many facts. */
export type DayCount = Pick<TimelineDay, 'date' | 'type' | 'facts'>;

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
export function binFacts(days: readonly DayCount[], granularity?: Granularity): Histogram {
  if (!days.length) return { granularity: granularity ?? 'month', bins: [] };
  const { first, last } = datedSpan(days)!;
  const g = granularity ?? chooseGranularity(first, last);
  const bins: Bin[] = [];
  const index = new Map<string, Bin>();
  for (let at = binBounds(first, g); at.start <= last; at = binBounds(addDays(at.end, 1), g)) {
    const bin: Bin = { ...at, counts: emptyCounts(), total: 0 };
    bins.push(bin);
    index.set(at.start, bin);
  }
  for (const d of days) {
    const bin = index.get(binBounds(d.date, g).start)!;
    bin.counts[categoryOf(d.type)] += d.facts;
    bin.total += d.facts;
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

/** Dated facts within the range's dates. */
export const countInRange = (days: readonly Omit<DayCount, 'type'>[], range: TimeRange): number =>
  days.reduce((n, d) => (inDates(range, d.date) ? n + d.facts : n), 0);

/** The first and last day with a dated fact, or undefined when there is none. */
function datedSpan(days: readonly Omit<DayCount, 'type'>[]): { first: string; last: string } | undefined {
  if (!days.length) return undefined;
  let first = days[0]!.date;
  let last = first;
  for (const d of days) {
    if (d.date < first) first = d.date;
    if (d.date > last) last = d.date;
  }
  return { first, last };
}

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
export function rangeText(range: TimeRange, days: readonly Omit<DayCount, 'type'>[]): string {
  const shown = countInRange(days, range);
  const total = days.reduce((n, d) => n + d.facts, 0);
  const factsWord = total === 1 ? 'dated fact' : 'dated facts';
  return `Showing facts ${rangeWords(range, datedSpan(days))} · ${shown} of ${total} ${factsWord}`;
}
