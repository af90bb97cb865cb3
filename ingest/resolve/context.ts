// What an official's properties say about who they are: the places and countries of their
// title, their organisation and their role. Two officials whose places (or countries, or
// organisations) are known on both sides and disjoint are different people, whatever their
// names; the role only narrows who a bare surname may refer to.
import { foldName, loadGazetteers, type Gazetteers } from '../gazetteers/index.ts';

export interface Context {
  /** Gazetteer ids of the places in the title or place properties, with their parents. */
  places: Set<string>;
  /** Display names of those places (before parents are added), for reasons. */
  placeNames: string[];
  countries: Set<string>;
  organizations: Set<string>;
  roles: Set<string>;
}

const PLACE_KEYS = ['title', 'titleEn', 'prefecture', 'region', 'locality', 'place', 'city'];
const ORG_KEYS = ['organization', 'organisation', 'represents'];

/** Role words (folded) and the role they stand for. */
/** Role words (folded), most specific first: a match is cut out so "vice-gouverneur" is not also "gouverneur". */
const ROLES: [RegExp, string][] = (
  [
    ['vice gouverneur|gouverneur adjoint|vice governor|deputy governor', 'vice-governor'],
    ['gouverneur|governor', 'governor'],
    ['vice premier ministre|deputy prime minister|pho thu tuong', 'deputy-prime-minister'],
    ['premier ministre|prime minister|thu tuong', 'prime-minister'],
    ['ministre|minister', 'minister'],
    ['maire|mayor', 'mayor'],
    ['ambassadeur|ambassadrice|ambassador', 'ambassador'],
    ['secretaire|secretary', 'secretary'],
    ['president|presidente|chairman|chairwoman|chu tich', 'president'],
  ] as const
).map(([words, role]) => [new RegExp(`\\b(?:${words})\\b`, 'g'), role]);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function withParents(g: Gazetteers, id: string, into: Set<string>): void {
  for (let place = g.placeById(id); place && !into.has(place.id); place = place.parent ? g.placeById(place.parent) : undefined) {
    into.add(place.id);
  }
}

export function contextOf(properties: Record<string, unknown>, g: Gazetteers = loadGazetteers()): Context {
  const context: Context = { places: new Set(), placeNames: [], countries: new Set(), organizations: new Set(), roles: new Set() };
  for (const key of PLACE_KEYS) {
    for (const text of strings(properties[key])) {
      const byId = g.placeById(text);
      const places = byId ? [byId] : g.matchPlaces(text).map((m) => m.place);
      for (const place of places) {
        if (place.label === 'Country') {
          context.countries.add(place.id);
        } else {
          if (!context.places.has(place.id)) context.placeNames.push(place.name);
          withParents(g, place.id, context.places);
        }
      }
    }
  }
  for (const country of strings(properties.country)) context.countries.add(g.placeById(country)?.id ?? foldName(country));
  for (const key of ORG_KEYS) for (const org of strings(properties[key])) context.organizations.add(foldName(org));
  for (let title of [...strings(properties.title), ...strings(properties.titleEn)].map(foldName)) {
    for (const [re, role] of ROLES) {
      const rest = title.replace(re, ' ');
      if (rest !== title) context.roles.add(role);
      title = rest;
    }
  }
  return context;
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** Why two officials' contexts say they are different people, or null when they do not. */
export function contextConflict(a: Context, b: Context): string | null {
  if (disjoint(a.places, b.places)) return `different places: ${a.placeNames.join(', ')} ≠ ${b.placeNames.join(', ')}`;
  if (disjoint(a.countries, b.countries)) return `different countries: ${[...a.countries].join(', ')} ≠ ${[...b.countries].join(', ')}`;
  if (disjoint(a.organizations, b.organizations)) return 'different organisations';
  return null;
}

/** Whether the roles allow one person (unknown on either side: yes). */
export function rolesFit(a: Context, b: Context): boolean {
  return !disjoint(a.roles, b.roles);
}
