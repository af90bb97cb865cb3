// The gazetteers: Japanese prefectures and regions, Vietnamese provinces and centrally governed
// cities before and after the 2025 merger, countries, and the sector lexicon. Read from the
// JSON files beside this one (sources in README.md), validated once, and compiled into one
// matcher per kind so an article is scanned in one pass.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../config/paths.ts';
import type { z } from 'zod';
import { foldName } from './fold.ts';
import { FormMatcher, type FormEntry } from './matcher.ts';
import { placeFileSchema, sectorFileSchema, type Place, type Sector } from './schema.ts';

export type { Place, PlaceLabel, Sector } from './schema.ts';
export { foldName, foldWithOffsets } from './fold.ts';

export const PLACE_FILES = ['japan.json', 'vietnam.json', 'countries.json'] as const;
export const SECTOR_FILE = 'sectors.json';

/** An occurrence of a gazetteer form in a text: `text.slice(start, end) === surface`. */
interface Mention {
  start: number;
  end: number;
  /** The text as written there. */
  surface: string;
  /** The gazetteer form it matched (as written in the data file). */
  form: string;
}

export interface PlaceMention extends Mention {
  place: Place;
  /** The form carries a designation ("préfecture de Gunma", "Gunma-ken", "tỉnh Quảng Ninh", "九州地方"). */
  cued: boolean;
}

export interface SectorMention extends Mention {
  sector: Sector;
}

export interface Gazetteers {
  places: readonly Place[];
  sectors: readonly Sector[];
  placeById(id: string): Place | undefined;
  sectorById(id: string): Sector | undefined;
  /** The place one of whose forms is exactly `name` (folded), e.g. "Hanoï" → hanoi. */
  placeByName(name: string): Place | undefined;
  /** The sector one of whose forms (French, English or Vietnamese) is exactly `name` (folded). */
  sectorByName(name: string): Sector | undefined;
  matchPlaces(text: string): PlaceMention[];
  matchSectors(text: string): SectorMention[];
}

const CUE =
  /(^|[ '])(prefecture|province|ken|to|fu|region|regions|vung|tinh|thanh pho|tp\.?|ville|city|municipalite|metropole|metropolis|chiho)( |$)|[県府都省]$|地方$/u;

function readJson(file: string): unknown {
  // From the project root, not this module: compiled, it runs from dist/server without the JSON.
  const text = readFileSync(projectPath('ingest', 'gazetteers', file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`ingest/gazetteers/${file}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
}

function parseFile<S extends z.ZodType>(file: string, data: unknown, schema: S, list: (data: unknown) => unknown[]): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [, index, ...field] = issue.path.map(String);
  const entry = index === undefined ? undefined : (list(data)[Number(index)] as { id?: unknown } | undefined);
  const where = entry ? `entry ${typeof entry.id === 'string' ? `"${entry.id}"` : `#${index}`}: ` : '';
  const at = entry ? field.join('.') : issue.path.join('.');
  throw new Error(`ingest/gazetteers/${file}: ${where}${at ? `${at}: ` : ''}${issue.message}`);
}

const entriesOf = (key: string) => (data: unknown) => ((data as Record<string, unknown>)?.[key] as unknown[]) ?? [];

function checkPlaces(places: Place[], fileOf: Map<string, string>): void {
  const byId = new Map(places.map((p) => [p.id, p]));
  const fail = (p: Place, message: string) => {
    throw new Error(`ingest/gazetteers/${fileOf.get(p.id)}: entry "${p.id}": ${message}`);
  };
  for (const p of places) {
    if (!byId.has(p.country) || byId.get(p.country)!.label !== 'Country') fail(p, `country "${p.country}" is not a country`);
    if (p.parent && !byId.has(p.parent)) fail(p, `parent "${p.parent}" does not exist`);
    if (p.successor) {
      const next = byId.get(p.successor);
      if (!next) fail(p, `successor "${p.successor}" does not exist`);
      else if (next.status !== 'current') fail(p, `successor "${p.successor}" is not a current unit`);
      else if (!next.mergedFrom?.includes(p.id)) fail(p, `successor "${p.successor}" does not list it in mergedFrom`);
    }
    for (const old of p.mergedFrom ?? []) {
      if (byId.get(old)?.successor !== p.id) fail(p, `mergedFrom "${old}" does not name it as successor`);
    }
  }
}

interface PlaceForm {
  id: string;
  place: Place;
  cued: boolean;
}

function placeEntries(places: Place[]): FormEntry<PlaceForm>[] {
  return places.flatMap((place) =>
    place.forms.map((form) => {
      const cued = CUE.test(foldName(form));
      return { form, value: { id: place.id, place, cued }, capitalOnly: place.ambiguousAsWord === true && !cued };
    }),
  );
}

function sectorEntries(sectors: Sector[]): FormEntry<Sector>[] {
  return sectors.flatMap((sector) =>
    [sector.name, ...sector.forms, ...sector.en, ...sector.vi].map((form) => ({ form, value: sector, capitalOnly: false })),
  );
}

function conflict<T extends { id: string }>(file: (v: T) => string) {
  return (folded: string, a: FormEntry<T>, b: FormEntry<T>): string | null =>
    a.value.id === b.value.id
      ? null
      : `ingest/gazetteers/${file(b.value)}: entry "${b.value.id}": form "${b.form}" (folded "${folded}") is already a form of "${a.value.id}"`;
}

/** The parsed contents of each gazetteer file, by file name (PLACE_FILES and SECTOR_FILE). */
export type GazetteerFiles = Record<(typeof PLACE_FILES)[number] | typeof SECTOR_FILE, unknown>;

/** Validates the files' contents and compiles the matchers; a problem throws naming the file and entry. */
export function buildGazetteers(files: GazetteerFiles): Gazetteers {
  const fileOf = new Map<string, string>();
  const places: Place[] = [];
  for (const file of PLACE_FILES) {
    for (const place of parseFile(file, files[file], placeFileSchema, entriesOf('places')).places) {
      if (fileOf.has(place.id))
        throw new Error(`ingest/gazetteers/${file}: entry "${place.id}": id already used in ${fileOf.get(place.id)}`);
      fileOf.set(place.id, file);
      places.push(place);
    }
  }
  checkPlaces(places, fileOf);
  const sectors = parseFile(SECTOR_FILE, files[SECTOR_FILE], sectorFileSchema, entriesOf('sectors')).sectors;
  const sectorIds = new Set<string>();
  for (const s of sectors) {
    if (sectorIds.has(s.id)) throw new Error(`ingest/gazetteers/${SECTOR_FILE}: entry "${s.id}": id used twice`);
    sectorIds.add(s.id);
  }

  const placeMatcher = new FormMatcher(
    placeEntries(places),
    conflict<PlaceForm>((p) => fileOf.get(p.id)!),
  );
  const sectorMatcher = new FormMatcher(
    sectorEntries(sectors),
    conflict<Sector>(() => SECTOR_FILE),
  );
  const placesById = new Map(places.map((p) => [p.id, p]));
  const sectorsById = new Map(sectors.map((s) => [s.id, s]));

  return {
    places,
    sectors,
    placeById: (id) => placesById.get(id),
    sectorById: (id) => sectorsById.get(id),
    placeByName: (name) => placeMatcher.lookup(name)?.value.place,
    sectorByName: (name) => sectorMatcher.lookup(name)?.value,
    matchPlaces: (text) =>
      placeMatcher.match(text).map((h) => ({
        start: h.start,
        end: h.end,
        surface: h.surface,
        form: h.entry.form,
        place: h.entry.value.place,
        cued: h.entry.value.cued,
      })),
    matchSectors: (text) =>
      sectorMatcher.match(text).map((h) => ({ start: h.start, end: h.end, surface: h.surface, form: h.entry.form, sector: h.entry.value })),
  };
}

let cached: Gazetteers | undefined;

/** Reads the gazetteer files beside this module and builds them, once. */
export function loadGazetteers(): Gazetteers {
  cached ??= buildGazetteers({
    'japan.json': readJson('japan.json'),
    'vietnam.json': readJson('vietnam.json'),
    'countries.json': readJson('countries.json'),
    'sectors.json': readJson(SECTOR_FILE),
  });
  return cached;
}

/** Every place mention in `text` (see `Gazetteers.matchPlaces`). */
export function matchPlaces(text: string): PlaceMention[] {
  return loadGazetteers().matchPlaces(text);
}

/** Every sector mention in `text` (see `Gazetteers.matchSectors`). */
export function matchSectors(text: string): SectorMention[] {
  return loadGazetteers().matchSectors(text);
}
