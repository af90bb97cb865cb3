// When a fact happened, read from its relationship properties, so the timeline, the graph's
// time filter, the matrix and the map date a fact the same way: the stated `date` (a year was
// written), else the `inferredDate` (the year came from the publication date; `inference` or
// the article says from what). A fact with neither is undated: counted, never guessed.

export interface FactDate {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  inferred: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function factDate(properties: Readonly<Record<string, unknown>>): FactDate | null {
  const stated = properties['date'];
  if (typeof stated === 'string' && ISO_DATE.test(stated)) return { date: stated, inferred: false };
  const inferred = properties['inferredDate'];
  if (typeof inferred === 'string' && ISO_DATE.test(inferred)) return { date: inferred, inferred: true };
  return null;
}

/** A date range (inclusive ISO dates; null = open) and whether undated facts stay visible. */
export interface TimeRange {
  from: string | null;
  to: string | null;
  showUndated: boolean;
}

export const ALL_TIME: TimeRange = { from: null, to: null, showUndated: true };

export const isAllTime = (range: TimeRange): boolean => range.from === null && range.to === null && range.showUndated;

/** Whether a fact with these properties passes the range. */
export function inTimeRange(range: TimeRange, properties: Readonly<Record<string, unknown>>): boolean {
  const when = factDate(properties);
  if (!when) return range.showUndated;
  return (range.from === null || when.date >= range.from) && (range.to === null || when.date <= range.to);
}

/** Reads a URL value as an ISO date, or null when it is not one. */
export const isoDateOrNull = (value: string | null | undefined): string | null => (value && ISO_DATE.test(value) ? value : null);
