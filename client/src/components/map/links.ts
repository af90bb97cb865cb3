// What the map draws of its links under a time filter, and how wide: pure, so the rules are
// unit-tested without a browser. A link keeps only the facts inTimeRange lets through (the same
// dating as the graph and the matrix, contract/fact-date.ts) and disappears with its last one;
// widths grow with the square root of the fact count, so one busy link does not flatten the rest.
import type { MapFact, MapFactType, MapLink, MapPlace } from '../../../../contract/api/map.ts';
import { inTimeRange, type TimeRange } from '../../../../contract/fact-date.ts';

export interface VisibleLink {
  id: string;
  places: [string, string];
  /** The facts in the range, in the server's order (by date). */
  facts: MapFact[];
}

export const dateProperties = (f: MapFact): Record<string, unknown> => ({ date: f.date, inferredDate: f.inferredDate });

/** The links with at least one fact in the range, their facts filtered; most facts first. */
export function visibleLinks(links: readonly MapLink[], range: TimeRange): VisibleLink[] {
  return (
    links
      // The contract says two ids (an array of length 2: OpenAPI 3.1 has no tuple form).
      .map((l) => ({ id: l.id, places: l.places as [string, string], facts: l.facts.filter((f) => inTimeRange(range, dateProperties(f))) }))
      .filter((l) => l.facts.length > 0)
      .sort((a, b) => b.facts.length - a.facts.length || a.id.localeCompare(b.id))
  );
}

export const MIN_LINK_WIDTH = 1.5;
export const MAX_LINK_WIDTH = 9;

/** Stroke width of a link with `count` facts when the busiest visible link has `max`. */
export function linkWidth(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const share = Math.sqrt(Math.min(count, max) / max);
  return Math.round((MIN_LINK_WIDTH + (MAX_LINK_WIDTH - MIN_LINK_WIDTH) * share) * 10) / 10;
}

/** Facts per type, most first (for the tooltip and the list). */
export function countsByType(facts: readonly MapFact[]): [MapFactType, number][] {
  const counts = new Map<MapFactType, number>();
  for (const f of facts) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export const FACT_TYPE_NOUNS: Record<MapFactType, [string, string]> = {
  MET_WITH: ['meeting', 'meetings'],
  PARTNERS_WITH: ['partnership', 'partnerships'],
  REQUESTED_COOPERATION_IN: ['request', 'requests'],
};

/** "2 meetings, 1 request". */
export function describeCounts(facts: readonly MapFact[]): string {
  return countsByType(facts)
    .map(([type, n]) => `${n} ${FACT_TYPE_NOUNS[type][n === 1 ? 0 : 1]}`)
    .join(', ');
}

/** Places on some visible link: the ones that get a name label. */
export function placesWithFacts(links: readonly VisibleLink[]): Set<string> {
  return new Set(links.flatMap((l) => l.places));
}

/** The facts of every visible link that touches a place, each once, with the other end. */
export function factsOfPlace(links: readonly VisibleLink[], placeId: string): { fact: MapFact; other: string }[] {
  const seen = new Set<string>();
  const out: { fact: MapFact; other: string }[] = [];
  for (const l of links) {
    const at = l.places.indexOf(placeId);
    if (at < 0) continue;
    for (const fact of l.facts) {
      if (seen.has(fact.id)) continue;
      seen.add(fact.id);
      out.push({ fact, other: l.places[1 - at]! });
    }
  }
  return out;
}

/** A quadratic curve from a to b, bowed to the left of the way by a sixth of its length, as an SVG path. */
export function curvePath(a: [number, number], b: [number, number]): string {
  const [x1, y1] = a;
  const [x2, y2] = b;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const cx = mx - (y2 - y1) / 6;
  const cy = my + (x2 - x1) / 6;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x1)},${r(y1)} Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`;
}

/** Places by id, for names and labels. */
export const placeIndex = (places: readonly MapPlace[]): Map<string, MapPlace> => new Map(places.map((p) => [p.id, p]));
