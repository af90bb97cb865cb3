// The timeline's arithmetic without a browser: binning by day, week or month (chosen from the
// span), a brush over bins turned into a range and back, keyboard moves, and the range in words.
import { describe, expect, it } from 'vitest';
import {
  binAt,
  binBounds,
  binFacts,
  chooseGranularity,
  formatDay,
  moveSpan,
  rangeText,
  rangeToSpan,
  resizeSpan,
  spanToRange,
} from '../../../client/src/analysis/timeline.ts';
import { ALL_TIME } from '../../../contract/fact-date.ts';

/** One fact on a day (as the server counts them: a day, a type, how many). */
const fact = (date: string, type = 'MET_WITH', facts = 1) => ({ date, type, facts });

describe('binning', () => {
  it('chooses days for a short span, weeks for a few months, months beyond', () => {
    expect(chooseGranularity('2024-03-01', '2024-03-31')).toBe('day');
    expect(chooseGranularity('2024-03-01', '2024-06-30')).toBe('week');
    expect(chooseGranularity('2023-11-25', '2025-03-05')).toBe('month');
  });

  it('bins by month from the first fact’s month to the last one’s, empty months included, stacked by type', () => {
    const h = binFacts(
      [
        fact('2023-11-25'),
        fact('2023-11-25', 'REQUESTED_COOPERATION_IN'),
        fact('2023-11-30', 'HELD_IN'),
        fact('2024-02-29', 'PARTNERS_WITH'),
      ],
      'month',
    );
    expect(h.granularity).toBe('month');
    // Left to choose, the same 97 days are weeks.
    expect(binFacts([fact('2023-11-25'), fact('2024-02-29')]).granularity).toBe('week');
    expect(h.bins.map((b) => [b.start, b.end, b.total])).toEqual([
      ['2023-11-01', '2023-11-30', 3],
      ['2023-12-01', '2023-12-31', 0],
      ['2024-01-01', '2024-01-31', 0],
      ['2024-02-01', '2024-02-29', 1],
    ]);
    expect(h.bins[0]!.counts).toEqual({ MET_WITH: 1, REQUESTED_COOPERATION_IN: 1, PARTNERS_WITH: 0, other: 1 });
    expect(h.bins[3]!.counts.PARTNERS_WITH).toBe(1);
  });

  it('bins by week starting on Monday, and by day', () => {
    expect(binBounds('2024-03-06', 'week')).toEqual({ start: '2024-03-04', end: '2024-03-10' });
    expect(binBounds('2024-03-04', 'week')).toEqual({ start: '2024-03-04', end: '2024-03-10' });
    expect(binBounds('2024-03-03', 'week')).toEqual({ start: '2024-02-26', end: '2024-03-03' });
    const weeks = binFacts([fact('2024-03-06'), fact('2024-05-20'), fact('2024-03-10')]);
    expect(weeks.granularity).toBe('week');
    expect(weeks.bins[0]).toMatchObject({ start: '2024-03-04', end: '2024-03-10', total: 2 });
    expect(weeks.bins.at(-1)).toMatchObject({ start: '2024-05-20', end: '2024-05-26', total: 1 });
    expect(weeks.bins.length).toBe(12);
    const days = binFacts([fact('2024-03-05'), fact('2024-03-07')]);
    expect(days.bins.map((b) => [b.start, b.total])).toEqual([
      ['2024-03-05', 1],
      ['2024-03-06', 0],
      ['2024-03-07', 1],
    ]);
  });

  it('weighs each day by its count of facts', () => {
    const h = binFacts([fact('2024-03-05', 'MET_WITH', 40), fact('2024-03-05', 'HELD_IN', 2), fact('2024-03-20', 'MET_WITH', 3)], 'month');
    expect(h.bins).toHaveLength(1);
    expect(h.bins[0]).toMatchObject({ total: 45, counts: { MET_WITH: 43, REQUESTED_COOPERATION_IN: 0, PARTNERS_WITH: 0, other: 2 } });
    expect(
      rangeText({ from: '2024-03-10', to: null, showUndated: true }, [
        fact('2024-03-05', 'MET_WITH', 40),
        fact('2024-03-20', 'MET_WITH', 3),
      ]),
    ).toBe('Showing facts from 10 Mar 2024 to 20 Mar 2024 · 3 of 43 dated facts');
  });

  it('has no bins without facts', () => {
    expect(binFacts([]).bins).toEqual([]);
  });
});

describe('the brush', () => {
  const { bins } = binFacts([fact('2024-01-10'), fact('2024-06-15')], 'month'); // Jan..Jun: 6 bins

  it('turns a span of bins into a range with both ends, the whole histogram into no date limit', () => {
    expect(spanToRange(bins, { start: 2, end: 5 }, true)).toEqual({ from: '2024-03-01', to: '2024-06-30', showUndated: true });
    expect(spanToRange(bins, { start: 4, end: 1 }, false)).toEqual({ from: '2024-02-01', to: '2024-05-31', showUndated: false });
    expect(spanToRange(bins, { start: 0, end: 5 }, true)).toEqual(ALL_TIME);
    expect(spanToRange(bins, null, false)).toEqual({ from: null, to: null, showUndated: false });
  });

  it('turns a range from a link back into the bins it covers', () => {
    expect(rangeToSpan(bins, { from: '2024-03-01', to: '2024-06-30', showUndated: true })).toEqual({ start: 2, end: 5 });
    // Ends inside a month still cover that month.
    expect(rangeToSpan(bins, { from: '2024-02-15', to: '2024-04-02', showUndated: true })).toEqual({ start: 1, end: 3 });
    expect(rangeToSpan(bins, { from: null, to: '2024-02-01', showUndated: true })).toEqual({ start: 0, end: 1 });
    expect(rangeToSpan(bins, ALL_TIME)).toBeNull();
    expect(rangeToSpan(bins, { from: '2030-01-01', to: null, showUndated: true })).toBeNull();
  });

  it('finds the bin under the pointer, clamped to the plot', () => {
    expect(binAt(0, 6)).toBe(0);
    expect(binAt(0.5, 6)).toBe(3);
    expect(binAt(0.99, 6)).toBe(5);
    expect(binAt(1, 6)).toBe(5);
    expect(binAt(-0.2, 6)).toBe(0);
  });

  it('moves a span without changing its width or leaving the histogram, and resizes one edge at a time', () => {
    expect(moveSpan({ start: 1, end: 2 }, 1, 6)).toEqual({ start: 2, end: 3 });
    expect(moveSpan({ start: 3, end: 5 }, 1, 6)).toEqual({ start: 3, end: 5 });
    expect(moveSpan({ start: 1, end: 2 }, -5, 6)).toEqual({ start: 0, end: 1 });
    expect(resizeSpan({ start: 1, end: 3 }, 'end', -1, 6)).toEqual({ start: 1, end: 2 });
    expect(resizeSpan({ start: 1, end: 1 }, 'end', -1, 6)).toEqual({ start: 1, end: 1 });
    expect(resizeSpan({ start: 1, end: 3 }, 'start', 5, 6)).toEqual({ start: 3, end: 3 });
    expect(resizeSpan({ start: 1, end: 5 }, 'end', 1, 6)).toEqual({ start: 1, end: 5 });
  });
});

describe('the range in words', () => {
  const facts = [fact('2024-03-03'), fact('2024-04-10'), fact('2024-06-30'), fact('2024-09-01')];

  it('says the dates and how many dated facts they keep', () => {
    expect(formatDay('2024-03-03')).toBe('3 Mar 2024');
    expect(rangeText({ from: '2024-03-03', to: '2024-06-30', showUndated: true }, facts)).toBe(
      'Showing facts from 3 Mar 2024 to 30 Jun 2024 · 3 of 4 dated facts',
    );
    // No limit: the dates the facts span.
    expect(rangeText(ALL_TIME, facts)).toBe('Showing facts from 3 Mar 2024 to 1 Sep 2024 · 4 of 4 dated facts');
    expect(rangeText({ from: '2024-05-01', to: null, showUndated: true }, facts)).toBe(
      'Showing facts from 1 May 2024 to 1 Sep 2024 · 2 of 4 dated facts',
    );
    expect(rangeText({ from: '2025-01-01', to: '2025-02-01', showUndated: false }, [fact('2024-01-01')])).toBe(
      'Showing facts from 1 Jan 2025 to 1 Feb 2025 · 0 of 1 dated fact',
    );
  });
});
