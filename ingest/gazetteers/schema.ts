// The gazetteer data files' schemas: one place schema for prefectures, regions, Vietnamese
// provinces and countries, one sector schema. Cross-entry rules (unique ids, parents and
// successors that exist) are checked by the loader once every file is read.
import { z } from 'zod';

/** A Vietnamese unit's level: a province or a centrally governed city. */
const placeLevel = z.enum(['province', 'city']);
export type PlaceLevel = z.infer<typeof placeLevel>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug');
const forms = z.array(z.string().trim().min(1)).min(1);
const coordinates = z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

export const placeLabelSchema = z.enum(['Prefecture', 'Region', 'Locality', 'Country']);
export type PlaceLabel = z.infer<typeof placeLabelSchema>;

export const placeSchema = z
  .strictObject({
    id: slug,
    label: placeLabelSchema,
    /** Canonical name, as French-language Vietnamese agency news spells it (diacritics kept). */
    name: z.string().trim().min(1),
    /** Every surface form the matcher knows; only these are matched (the name only if listed). */
    forms,
    /** The country the place is in (a Country's own id). */
    country: slug,
    /** The enclosing place: a prefecture's region, a Japanese city's prefecture. */
    parent: slug.optional(),
    /** Vietnam: a province, or a centrally governed city (thành phố trực thuộc trung ương). */
    level: placeLevel.optional(),
    /** Vietnam: still a unit after 1 July 2025, or merged into `successor` then. */
    status: z.enum(['current', 'merged-2025']).optional(),
    successor: slug.optional(),
    /** Pre-2025 units merged into this one (Vietnam, current units). */
    mergedFrom: z.array(slug).optional(),
    /** Seat of the government, whose position `coordinates` gives. */
    capital: z.string().min(1),
    coordinates,
    /** Vietnam: the seat before 1 July 2025 where the merger moved it (for maps of older articles). */
    seatBefore2025: z.strictObject({ capital: z.string().min(1), coordinates }).optional(),
    /** A prefecture name that is also a common Japanese surname: require a cue ("préfecture de"). */
    ambiguousAsSurname: z.boolean().optional(),
    /** A name that is also a common French word: only matched when capitalised. */
    ambiguousAsWord: z.boolean().optional(),
    /** Adjectives (not matched as place mentions; for the extractor's "ministre vietnamien"). */
    demonyms: z.array(z.string().min(1)).optional(),
    /** Countries: ISO 3166-1 alpha-2. */
    iso2: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .superRefine((p, ctx) => {
    if (p.status === 'merged-2025' && !p.successor) ctx.addIssue({ code: 'custom', message: 'a merged unit needs a successor' });
    if (p.successor && p.status !== 'merged-2025') ctx.addIssue({ code: 'custom', message: 'only a merged unit has a successor' });
    if (p.seatBefore2025 && p.status !== 'current') ctx.addIssue({ code: 'custom', message: 'only a current unit has a seat before 2025' });
    if (p.label === 'Prefecture' && !p.parent) ctx.addIssue({ code: 'custom', message: 'a prefecture needs its region as parent' });
  });
export type Place = z.infer<typeof placeSchema>;

export const placeFileSchema = z.strictObject({ places: z.array(placeSchema).min(1) });

export const sectorSchema = z.strictObject({
  /** The seed graph's Sector id where it has the sector. */
  id: slug,
  /** Canonical French name (the seed's where it has one). */
  name: z.string().trim().min(1),
  /** French forms: singular, plural, synonyms. */
  forms,
  en: forms,
  vi: forms,
});
export type Sector = z.infer<typeof sectorSchema>;

export const sectorFileSchema = z.strictObject({ sectors: z.array(sectorSchema).min(1) });
