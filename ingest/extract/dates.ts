// French dates ("le 17 décembre", "lundi 10 juillet", "du 10 au 12 novembre", "le matin du 25
// novembre", with or without a year) and their resolution against the publication date: a date
// without a year is taken as the most recent one not after publication, and says so. A weekday
// alone ("vendredi après-midi", "ce mardi") or a relative day ("hier") is resolved the same way:
// the most recent such day not after publication, the inference stated.
import type { DateWords } from './rules.ts';
import { alternation, phraseKey } from './patterns.ts';

export interface StatedDate {
  start: number;
  end: number;
  /** As written, from the weekday or day to the year: "25 novembre", "10 au 12 novembre 2024". */
  dateText: string;
  day: number;
  month: number;
  endDay?: number;
  year?: number;
  dayPart?: string;
  /** A day named without its date (day and month are 0): a weekday (1 = Monday … 7 = Sunday) or days before publication. */
  relative?: { weekday: number } | { daysBefore: number };
}

export interface ResolvedDate {
  dateText: string;
  /** The date when the year is stated. */
  date: string | null;
  yearStated: boolean;
  inferredDate?: string;
  inference?: string;
}

const patternCache = new WeakMap<DateWords, RegExp>();

function datePattern(words: DateWords): RegExp {
  let pattern = patternCache.get(words);
  if (!pattern) {
    const day = `(?:${alternation(words.firstDay)}|\\d{1,2})`;
    pattern = new RegExp(
      `(?<![\\p{L}\\d])(?:(?:${alternation(words.articles)})\\s+)?(?:(${alternation(words.dayParts)})\\s+(?:${alternation(words.dayPartLinks)})\\s+)?` +
        `(?:(?:${alternation(words.rangeStarts)})\\s+)?` +
        `((?:(?:${alternation(words.days)})\\s+)?(${day})(?:\\s*(?:${alternation(words.rangeLinks)})\\s*(${day}))?\\s+(${alternation(words.months)})(?:\\s+(\\d{4}))?)(?![\\p{L}\\d])`,
      'giu',
    );
    patternCache.set(words, pattern);
  }
  return pattern;
}

const relativeCache = new WeakMap<DateWords, RegExp>();

/** "vendredi après-midi", "ce mardi", "mardi dernier", "hier": a day named without its date. */
function relativePattern(words: DateWords): RegExp {
  let pattern = relativeCache.get(words);
  if (!pattern) {
    const weekday =
      `(?:(?:${alternation(words.weekdayBefore)})\\s+)?(${alternation(words.days)})(?:\\s+(?:${alternation(words.weekdayAfter)}))?` +
      `(?:\\s+(${alternation(words.dayParts)}))?`;
    pattern = new RegExp(`(?<![\\p{L}\\d'’-])(?:${weekday}|(${alternation(Object.keys(words.daysBefore))}))(?![\\p{L}\\d'’-])`, 'giu');
    relativeCache.set(words, pattern);
  }
  return pattern;
}

function dayNumber(text: string): number {
  return Number.parseInt(text, 10);
}

/** Dates stated in `text`; offsets are shifted by `offset` (the sentence's start in the article). */
export function findDates(text: string, words: DateWords, offset = 0): StatedDate[] {
  const found: StatedDate[] = [];
  const lowerMonths = words.months.map((m) => m.toLowerCase());
  for (const m of text.matchAll(datePattern(words))) {
    const [, dayPart, dateText, startDay, endDay, monthName, year] = m;
    const month = lowerMonths.indexOf(monthName!.normalize('NFC').toLowerCase()) + 1;
    const day = dayNumber(startDay!);
    if (!isValidDay(year ? Number(year) : 2024, month, day)) continue;
    const textStart = m.index + m[0].indexOf(dateText!);
    found.push({
      start: offset + textStart,
      end: offset + textStart + dateText!.length,
      dateText: dateText!.replace(/\s+/g, ' ').normalize('NFC'),
      day,
      month,
      ...(endDay ? { endDay: dayNumber(endDay) } : {}),
      ...(year ? { year: Number(year) } : {}),
      ...(dayPart ? { dayPart: dayPart.toLowerCase() } : {}),
    });
  }
  // Days named without a date, where no full date is written ("lundi 10 juillet" is one already).
  const lowerDays = words.days.map((d) => d.toLowerCase());
  const daysBefore = new Map(Object.entries(words.daysBefore).map(([k, v]) => [phraseKey(k), v]));
  for (const m of text.matchAll(relativePattern(words))) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (found.some((d) => d.start < end + 1 && d.end > start - 1)) continue;
    const [, weekday, dayPart, relative] = m;
    const key = phraseKey((weekday ?? relative)!);
    found.push({
      start,
      end,
      dateText: m[0].replace(/\s+/g, ' ').normalize('NFC'),
      day: 0,
      month: 0,
      relative: weekday ? { weekday: lowerDays.indexOf(key) + 1 } : { daysBefore: daysBefore.get(key) ?? 0 },
      ...(dayPart ? { dayPart: dayPart.toLowerCase() } : {}),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The stated date with its year, or the year inferred from the publication date (and how). */
export function resolveDate(stated: StatedDate, publishedDate?: string): ResolvedDate {
  if (stated.relative) return resolveRelative(stated, stated.relative, publishedDate);
  if (stated.year !== undefined) {
    return { dateText: stated.dateText, date: iso(stated.year, stated.month, stated.day), yearStated: true };
  }
  if (!publishedDate) {
    return {
      dateText: stated.dateText,
      date: null,
      yearStated: false,
      inference: `The text gives '${stated.dateText}' with no year and no publication date was given, so the year is unknown.`,
    };
  }
  const [py, pm, pd] = publishedDate.split('-').map(Number) as [number, number, number];
  let year = stated.month > pm || (stated.month === pm && stated.day > pd) ? py - 1 : py;
  while (!isValidDay(year, stated.month, stated.day)) year--; // 29 February
  return {
    dateText: stated.dateText,
    date: null,
    yearStated: false,
    inferredDate: iso(year, stated.month, stated.day),
    inference: `The text gives '${stated.dateText}' with no year; ${year} is inferred as the year of the most recent ${stated.dateText} not after the publication date ${publishedDate}.`,
  };
}

const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A weekday or a relative day against the publication date: the most recent such day not after it. */
function resolveRelative(stated: StatedDate, relative: NonNullable<StatedDate['relative']>, publishedDate?: string): ResolvedDate {
  if (!publishedDate) {
    return {
      dateText: stated.dateText,
      date: null,
      yearStated: false,
      inference: `The text gives '${stated.dateText}' with no date and no publication date was given, so the date is unknown.`,
    };
  }
  const [py, pm, pd] = publishedDate.split('-').map(Number) as [number, number, number];
  const published = new Date(Date.UTC(py, pm - 1, pd));
  // getUTCDay: 0 = Sunday; ISO weekday: 7 = Sunday.
  const publishedWeekday = published.getUTCDay() === 0 ? 7 : published.getUTCDay();
  const back = 'weekday' in relative ? (publishedWeekday - relative.weekday + 7) % 7 : relative.daysBefore;
  const day = new Date(published.getTime() - back * 86_400_000);
  const inferredDate = iso(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  const how =
    'weekday' in relative
      ? `the most recent ${WEEKDAYS_EN[relative.weekday - 1]} not after the publication date ${publishedDate}`
      : `${back} day(s) before the publication date ${publishedDate}`;
  return {
    dateText: stated.dateText,
    date: null,
    yearStated: false,
    inferredDate,
    inference: `The text gives '${stated.dateText}' with no date; ${inferredDate} is inferred as ${how}.`,
  };
}

/** Date properties of a fact, in the seed's shape: dateText and date, or dateText and inferredDate. */
export function dateProperties(resolved: ResolvedDate | undefined): Record<string, string> {
  if (!resolved) return {};
  if (resolved.date) return { dateText: resolved.dateText, date: resolved.date };
  return { dateText: resolved.dateText, ...(resolved.inferredDate ? { inferredDate: resolved.inferredDate } : {}) };
}
