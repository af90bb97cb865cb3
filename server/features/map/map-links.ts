// From facts and the places their ends stand for to the map's links: pure, so the rule is
// unit-tested without a database. Each end keeps its nearest placed places (Gunma rather than
// the Japan it is in; a body in a place the map cannot draw falls back to the next one up), and a
// fact links every pair of different places its two sides reach. A link is an unordered pair.
import type { MapFact, MapLink } from '../../../contract/api/map.ts';

/** A place reached from one end of a fact: after `hops` REPRESENTS|LOCATED_IN steps from `via`. */
export interface PlaceHit {
  id: string;
  hops: number;
  via: string;
}

export interface FactPlaces {
  fact: MapFact;
  fromPlaces: readonly PlaceHit[];
  toPlaces: readonly PlaceHit[];
}

/** For each start (`via`), the placed places at the fewest hops from it. */
export function nearestPlaces(hits: readonly PlaceHit[], placed: ReadonlySet<string>): string[] {
  const best = new Map<string, { hops: number; ids: Set<string> }>();
  for (const hit of hits) {
    if (!placed.has(hit.id)) continue;
    const current = best.get(hit.via);
    if (!current || hit.hops < current.hops) best.set(hit.via, { hops: hit.hops, ids: new Set([hit.id]) });
    else if (hit.hops === current.hops) current.ids.add(hit.id);
  }
  return [...new Set([...best.values()].flatMap((b) => [...b.ids]))].sort();
}

export const linkId = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

const factOrder = (f: MapFact) => f.date ?? f.inferredDate ?? '9999';

/** The links between placed places, most facts first; a fact is listed once per link. */
export function buildLinks(rows: readonly FactPlaces[], placed: ReadonlySet<string>): MapLink[] {
  const links = new Map<string, { places: [string, string]; facts: Map<string, MapFact> }>();
  for (const row of rows) {
    const from = nearestPlaces(row.fromPlaces, placed);
    const to = nearestPlaces(row.toPlaces, placed);
    for (const a of from) {
      for (const b of to) {
        if (a === b) continue;
        const id = linkId(a, b);
        let link = links.get(id);
        if (!link) links.set(id, (link = { places: a < b ? [a, b] : [b, a], facts: new Map() }));
        link.facts.set(row.fact.id, row.fact);
      }
    }
  }
  return [...links.entries()]
    .map(([id, link]) => ({
      id,
      places: link.places,
      facts: [...link.facts.values()].sort((x, y) => factOrder(x).localeCompare(factOrder(y)) || x.id.localeCompare(y.id)),
    }))
    .sort((x, y) => y.facts.length - x.facts.length || x.id.localeCompare(y.id));
}
