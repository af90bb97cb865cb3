// The Map tab's pure rules (client/src/components/map/links.ts): the time filter recounts links
// and drops the ones left with no fact, widths grow with the fact count within fixed bounds, and
// a place's facts are each listed once.
import { describe, expect, it } from 'vitest';
import {
  curvePath,
  describeCounts,
  factsOfPlace,
  linkWidth,
  MAX_LINK_WIDTH,
  MIN_LINK_WIDTH,
  placesWithFacts,
  visibleLinks,
} from '../../../client/src/components/map/links.ts';
import type { MapFact, MapLink } from '../../../contract/api/map.ts';
import { ALL_TIME } from '../../../contract/fact-date.ts';

const fact = (id: string, dates: { date?: string; inferredDate?: string } = {}, type: MapFact['type'] = 'MET_WITH'): MapFact => ({
  id,
  type,
  source: 'art',
  evidence: id,
  date: dates.date ?? null,
  inferredDate: dates.inferredDate ?? null,
  dateText: null,
});
const link = (a: string, b: string, facts: MapFact[]): MapLink => ({ id: `${a}|${b}`, places: [a, b], facts });

const LINKS = [
  link('gunma', 'vietnam', [fact('forum', { inferredDate: '2023-11-25' })]),
  link('kyushu', 'vietnam', [
    fact('visit', { inferredDate: '2025-03-05' }),
    fact('ask-1', { inferredDate: '2025-03-05' }, 'REQUESTED_COOPERATION_IN'),
    fact('ask-2', { date: '2024-06-01' }, 'REQUESTED_COOPERATION_IN'),
    fact('undated', {}, 'PARTNERS_WITH'),
  ]),
];

describe('visibleLinks under a time range', () => {
  it('keeps every link and fact for all time, most facts first', () => {
    expect(visibleLinks(LINKS, ALL_TIME).map((l) => [l.id, l.facts.length])).toEqual([
      ['kyushu|vietnam', 4],
      ['gunma|vietnam', 1],
    ]);
  });

  it('recounts a link from the facts in range and drops a link left with none', () => {
    const in2025 = visibleLinks(LINKS, { from: '2025-01-01', to: '2025-12-31', showUndated: true });
    expect(in2025.map((l) => [l.id, l.facts.map((f) => f.id)])).toEqual([['kyushu|vietnam', ['visit', 'ask-1', 'undated']]]);
    const noUndated = visibleLinks(LINKS, { from: '2024-01-01', to: null, showUndated: false });
    expect(noUndated.map((l) => [l.id, l.facts.map((f) => f.id)])).toEqual([['kyushu|vietnam', ['visit', 'ask-1', 'ask-2']]]);
    // A stated date wins over an inferred one, and range ends are inclusive.
    expect(visibleLinks(LINKS, { from: '2023-11-25', to: '2023-11-25', showUndated: false }).map((l) => l.id)).toEqual(['gunma|vietnam']);
    expect(visibleLinks(LINKS, { from: '2030-01-01', to: null, showUndated: false })).toEqual([]);
    expect(placesWithFacts(in2025)).toEqual(new Set(['kyushu', 'vietnam']));
  });
});

describe('linkWidth', () => {
  it('runs from the minimum for one fact of many to the maximum for the busiest link, growing with the count', () => {
    expect(linkWidth(10, 10)).toBe(MAX_LINK_WIDTH);
    expect(linkWidth(1, 1)).toBe(MAX_LINK_WIDTH);
    expect(linkWidth(1, 10_000)).toBeLessThan(MIN_LINK_WIDTH + 0.2);
    expect(linkWidth(1, 10_000)).toBeGreaterThanOrEqual(MIN_LINK_WIDTH);
    const widths = [1, 2, 5, 10, 20].map((n) => linkWidth(n, 20));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBe(widths.length);
    // Square root: a quarter of the facts is half the extra width.
    expect(linkWidth(5, 20)).toBeCloseTo(MIN_LINK_WIDTH + (MAX_LINK_WIDTH - MIN_LINK_WIDTH) / 2, 1);
    expect(linkWidth(0, 20)).toBe(0);
    expect(linkWidth(30, 20)).toBe(MAX_LINK_WIDTH);
  });
});

describe('counts and a place’s facts', () => {
  it('describes counts by type, most first, singular and plural', () => {
    expect(describeCounts(LINKS[1]!.facts)).toBe('2 requests, 1 meeting, 1 partnership');
    expect(describeCounts(LINKS[0]!.facts)).toBe('1 meeting');
  });

  it('lists each fact of a place once, with the place at the other end', () => {
    const shared = fact('shared', { inferredDate: '2025-03-05' }, 'REQUESTED_COOPERATION_IN');
    const links = visibleLinks([link('kansai', 'vietnam', [shared]), link('kyushu', 'vietnam', [shared, fact('visit')])], ALL_TIME);
    expect(factsOfPlace(links, 'vietnam').map((f) => [f.fact.id, f.other])).toEqual([
      ['shared', 'kyushu'],
      ['visit', 'kyushu'],
    ]);
    expect(factsOfPlace(links, 'kansai').map((f) => [f.fact.id, f.other])).toEqual([['shared', 'vietnam']]);
    expect(factsOfPlace(links, 'gunma')).toEqual([]);
  });

  it('draws a curve from one place to the other', () => {
    expect(curvePath([0, 0], [60, 0])).toBe('M0,0 Q30,10 60,0');
  });
});
