// The map's link rule (server/features/map/map-links.ts), without a database: each side of a
// fact keeps its nearest placed places, a fact links every pair of different places, a fact is
// listed once per link, and links come most facts first.
import { describe, expect, it } from 'vitest';
import type { MapFact } from '../../contract/api/map.ts';
import { buildLinks, linkId, nearestPlaces, type PlaceHit } from '../../server/features/map/map-links.ts';

const fact = (id: string, type: MapFact['type'] = 'MET_WITH', date: string | null = null): MapFact => ({
  id,
  type,
  source: 'art',
  evidence: `sentence ${id}`,
  date,
  inferredDate: null,
  dateText: null,
});
const hit = (id: string, hops: number, via = 'x'): PlaceHit => ({ id, hops, via });
const ALL = new Set(['vietnam', 'japan', 'gunma', 'kyushu', 'hanoi', 'kansai']);

describe('nearestPlaces', () => {
  it('keeps, per start, the placed places at the fewest hops', () => {
    expect(nearestPlaces([hit('japan', 2), hit('gunma', 1)], ALL)).toEqual(['gunma']);
    // Two starts (Kuratomi Sumio and his federation) each keep their own nearest.
    expect(nearestPlaces([hit('kyushu', 2, 'kuratomi'), hit('kyushu', 0, 'kyushu'), hit('kansai', 0, 'region')], ALL)).toEqual([
      'kansai',
      'kyushu',
    ]);
    // Ties are all kept.
    expect(nearestPlaces([hit('gunma', 1), hit('kyushu', 1), hit('japan', 2)], ALL)).toEqual(['gunma', 'kyushu']);
  });

  it('falls back to the next place up when the nearest cannot be drawn', () => {
    expect(nearestPlaces([hit('atlantis', 1), hit('japan', 2)], ALL)).toEqual(['japan']);
    expect(nearestPlaces([hit('atlantis', 1)], ALL)).toEqual([]);
  });
});

describe('buildLinks', () => {
  it('links every pair of different places a fact’s sides reach, as unordered pairs', () => {
    const links = buildLinks(
      [
        { fact: fact('m1'), fromPlaces: [hit('vietnam', 2)], toPlaces: [hit('gunma', 1), hit('japan', 2)] },
        { fact: fact('m2'), fromPlaces: [hit('gunma', 0)], toPlaces: [hit('vietnam', 0)] },
        // Both sides in one place: no link.
        { fact: fact('m3'), fromPlaces: [hit('hanoi', 0)], toPlaces: [hit('hanoi', 0)] },
        // A side with no place: no link.
        { fact: fact('m4'), fromPlaces: [], toPlaces: [hit('hanoi', 0)] },
      ],
      ALL,
    );
    expect(links.map((l) => [l.id, l.places, l.facts.map((f) => f.id)])).toEqual([['gunma|vietnam', ['gunma', 'vietnam'], ['m1', 'm2']]]);
    expect(linkId('vietnam', 'gunma')).toBe('gunma|vietnam');
  });

  it('lists a fact once on a link however many addressees lead there, and puts a fact on each link it makes', () => {
    const request = {
      fact: fact('r1', 'REQUESTED_COOPERATION_IN'),
      fromPlaces: [hit('vietnam', 2, 'son')],
      toPlaces: [hit('kyushu', 2, 'kuratomi'), hit('kyushu', 1, 'federation'), hit('kansai', 0, 'kansai')],
    };
    const links = buildLinks([request, request], ALL);
    expect(links.map((l) => [l.id, l.facts.map((f) => f.id)])).toEqual([
      ['kansai|vietnam', ['r1']],
      ['kyushu|vietnam', ['r1']],
    ]);
  });

  it('orders links by fact count, then id, and facts by date (undated last), then id', () => {
    const links = buildLinks(
      [
        { fact: fact('b', 'MET_WITH', null), fromPlaces: [hit('vietnam', 0)], toPlaces: [hit('kyushu', 0)] },
        { fact: fact('c', 'MET_WITH', '2025-03-05'), fromPlaces: [hit('vietnam', 0)], toPlaces: [hit('kyushu', 0)] },
        { fact: fact('a', 'MET_WITH', '2023-11-25'), fromPlaces: [hit('vietnam', 0)], toPlaces: [hit('kyushu', 0)] },
        { fact: fact('d'), fromPlaces: [hit('hanoi', 0)], toPlaces: [hit('gunma', 0)] },
      ],
      ALL,
    );
    expect(links.map((l) => l.id)).toEqual(['kyushu|vietnam', 'gunma|hanoi']);
    expect(links[0]!.facts.map((f) => f.id)).toEqual(['a', 'c', 'b']);
  });
});
