// GET /api/insights/region-sector: places × sectors with every fact linking them. The server
// answers one entry per linking fact (not per cell), with the fact's sentence, article and date
// properties, so the client can count facts or articles, roll prefectures up into regions and
// apply the time filter without asking again. The link rules are documented in
// cypher/queries/region-sector-links.cypher and the README's "Region × sector" section.
import { z } from 'zod';
import { graphEdgeSchema, nodeSummarySchema } from './graph.ts';

export const evidenceRefSchema = z.object({ source: z.string().describe('Article id'), evidence: z.string().describe('The sentence') });
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

/** How a fact links a place to a sector; meeting-place counts only when the request asks for it. */
export const LINK_RULES = ['asked-of', 'requester-place', 'investment', 'partnership', 'meeting-place'] as const;
export type LinkRule = (typeof LINK_RULES)[number];

export const regionSectorQuerySchema = z.object({
  venues: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Also link a place to the sectors requested at an event held there (the meeting-place rule); off by default'),
});

export const PLACE_SIDES = ['japan', 'vietnam'] as const;
export type PlaceSide = (typeof PLACE_SIDES)[number];

export const regionSectorPlaceSchema = nodeSummarySchema.extend({
  side: z.enum(PLACE_SIDES),
  parent: z
    .object({
      id: z.string(),
      kind: z
        .enum(['part-of', 'merged-into'])
        .describe('part-of: a PART_OF/LOCATED_IN relationship; merged-into: a pre-2025 province and its successor'),
      edge: z.string().nullable().describe('The relationship id (part-of), null for merged-into'),
    })
    .nullable()
    .describe(
      'Where its facts roll up: a prefecture into its region, a Japanese city into its prefecture, an old province into its successor',
    ),
  inGraph: z.boolean().describe('False for a successor province only known from the gazetteer'),
});
export type RegionSectorPlace = z.infer<typeof regionSectorPlaceSchema>;

export const regionSectorFactSchema = z.object({
  id: z.string().describe('The relationship id: one fact'),
  type: z.string(),
  place: z.string().describe('The place the rule reaches (before any roll-up)'),
  sector: z.string(),
  via: z.array(z.enum(LINK_RULES)).min(1),
  source: z.string().describe('Article id'),
  evidence: z.string().describe('The sentence'),
  date: z.string().nullable(),
  inferredDate: z.string().nullable(),
  dateText: z.string().nullable(),
  requester: z.string().nullable().describe('Who asked (requests only)'),
  askedOf: z.array(z.string()).describe('Whom it was asked of: askedOf and region ids'),
  chain: z.array(z.string()).describe('Ids of the relationships that lead from the addressee, requester or event to the place'),
});
export type RegionSectorFact = z.infer<typeof regionSectorFactSchema>;

export const regionSectorResponseSchema = z.object({
  places: z.array(regionSectorPlaceSchema),
  sectors: z.array(nodeSummarySchema.omit({ label: true })),
  facts: z.array(regionSectorFactSchema),
  elements: z
    .object({ nodes: z.array(nodeSummarySchema), edges: z.array(graphEdgeSchema) })
    .describe("What a cell's subgraph draws: the facts, their chains and roll-up relationships, and the nodes at their ends"),
});
export type RegionSectorResponse = z.infer<typeof regionSectorResponseSchema>;
