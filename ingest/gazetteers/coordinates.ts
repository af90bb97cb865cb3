// Where each gazetteer place is on a map: [lat, lon] by place id, read from coordinates.json
// (sources and rounding in README.md). Kept apart from the place files so the map's data can be
// reviewed, and changed, without touching the forms the extractor matches. A graph node is placed
// by its id when that is a gazetteer id, else by its name or an alias through the gazetteer's forms.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../../config/paths.ts';
import { loadGazetteers, type Gazetteers } from './index.ts';

export const COORDINATES_FILE = 'coordinates.json';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug');
const latLon = z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]);
const group = z.record(slug, latLon);

/** The file's groups: one per kind of place, so a reviewer reads prefectures together. */
export const coordinatesFileSchema = z.strictObject({
  regions: group,
  prefectures: group,
  japaneseCities: group,
  vietnameseProvinces: group,
  countries: group,
});
export type CoordinatesFile = z.infer<typeof coordinatesFileSchema>;

export interface LatLon {
  lat: number;
  lon: number;
}

/** How a node was placed: its id is a gazetteer id, or its name or an alias is a gazetteer form. */
export type PlacedBy = 'id' | 'name';

export interface PlaceCoordinates {
  /** Every place id with coordinates. */
  readonly ids: readonly string[];
  byId(id: string): LatLon | undefined;
  /** A graph node's position: by id, then by its name and aliases (folded) through the gazetteer. */
  forNode(node: { id: string; name: string; aliases?: readonly string[] }): (LatLon & { placedBy: PlacedBy; placeId: string }) | undefined;
}

/** Validates the file's contents; an id listed in two groups is an error (which position would win?). */
export function buildCoordinates(data: unknown, gazetteers: Pick<Gazetteers, 'placeByName'>): PlaceCoordinates {
  const parsed = coordinatesFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`ingest/gazetteers/${COORDINATES_FILE}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const byId = new Map<string, LatLon>();
  for (const [groupName, entries] of Object.entries(parsed.data)) {
    for (const [id, [lat, lon]] of Object.entries(entries)) {
      if (byId.has(id)) throw new Error(`ingest/gazetteers/${COORDINATES_FILE}: ${groupName}.${id}: id listed twice`);
      byId.set(id, { lat, lon });
    }
  }
  return {
    ids: [...byId.keys()],
    byId: (id) => byId.get(id),
    forNode(node) {
      const own = byId.get(node.id);
      if (own) return { ...own, placedBy: 'id', placeId: node.id };
      for (const name of [node.name, ...(node.aliases ?? [])]) {
        const place = gazetteers.placeByName(name);
        const at = place && byId.get(place.id);
        if (place && at) return { ...at, placedBy: 'name', placeId: place.id };
      }
      return undefined;
    },
  };
}

let cached: PlaceCoordinates | undefined;

/** Reads coordinates.json beside the gazetteers once (from the project root, so compiled code finds it). */
export function loadCoordinates(): PlaceCoordinates {
  if (!cached) {
    const text = readFileSync(projectPath('ingest', 'gazetteers', COORDINATES_FILE), 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new Error(`ingest/gazetteers/${COORDINATES_FILE}: not valid JSON (${(err as Error).message})`, { cause: err });
    }
    cached = buildCoordinates(data, loadGazetteers());
  }
  return cached;
}
