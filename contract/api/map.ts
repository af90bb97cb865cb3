// GET /api/map: the place nodes with their positions, and the links between two places that
// share a fact (a meeting, a partnership, a request), each link with its facts' sentences and
// dates so the client can apply the time filter (contract/fact-date.ts) without asking again.
import { z } from 'zod';
import { MAP_LIMITS } from './limits.ts';
import { limitOf } from './params.ts';

export const MAP_PLACE_LABELS = ['Prefecture', 'Region', 'Locality', 'Country'] as const;
/** The fact types a link is drawn for. */
export const MAP_FACT_TYPES = ['MET_WITH', 'PARTNERS_WITH', 'REQUESTED_COOPERATION_IN'] as const;
export type MapFactType = (typeof MAP_FACT_TYPES)[number];

export const mapQuerySchema = z.object({ limit: limitOf(MAP_LIMITS.facts) });

const placeBase = {
  id: z.string(),
  label: z.enum(MAP_PLACE_LABELS),
  name: z.string(),
};

export const mapPlaceSchema = z.object({
  ...placeBase,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  placedBy: z.enum(['id', 'name']).describe('id: the node id is a gazetteer id; name: its name or an alias is a gazetteer form'),
});
export type MapPlace = z.infer<typeof mapPlaceSchema>;

export const unplacedPlaceSchema = z.object(placeBase);
export type UnplacedPlace = z.infer<typeof unplacedPlaceSchema>;

export const mapFactSchema = z.object({
  id: z.string().describe('Relationship id'),
  type: z.enum(MAP_FACT_TYPES),
  source: z.string().describe('Article id'),
  evidence: z.string().describe('The sentence that states it'),
  date: z.string().nullable(),
  inferredDate: z.string().nullable(),
  dateText: z.string().nullable(),
});
export type MapFact = z.infer<typeof mapFactSchema>;

export const mapLinkSchema = z.object({
  id: z.string().describe('The two place ids, sorted, joined by "|"'),
  // Two ids as a fixed-length array, not z.tuple: OpenAPI 3.1 has no array-form `items`, and the
  // document a tuple turns into is invalid (Schemathesis refused it).
  places: z.array(z.string()).length(2).describe('The two place ids, sorted'),
  facts: z.array(mapFactSchema).min(1),
});
export type MapLink = z.infer<typeof mapLinkSchema>;

export const mapResponseSchema = z.object({
  places: z.array(mapPlaceSchema).describe('Place nodes with a position (from ingest/gazetteers/coordinates.json)'),
  unplaced: z.array(unplacedPlaceSchema).describe('Place nodes the gazetteer has no position for'),
  links: z.array(mapLinkSchema).describe('Pairs of placed places that share at least one fact'),
  truncated: z.boolean().describe('True when more places or facts exist than were read (see limit)'),
});
export type MapResponse = z.infer<typeof mapResponseSchema>;
