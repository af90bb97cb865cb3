// GET /api/insights/region-sector: places × sectors with the evidence linking them.
import { z } from 'zod';
import { nodeSummarySchema } from './graph.ts';

export const evidenceRefSchema = z.object({ source: z.string().describe('Article id'), evidence: z.string().describe('The sentence') });
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

export const LINK_RULES = ['asked-of', 'meeting-place', 'investment'] as const;

export const regionSectorRowSchema = z.object({
  place: nodeSummarySchema,
  sector: nodeSummarySchema.omit({ label: true }),
  count: z.number().int(),
  via: z.array(z.enum(LINK_RULES)).describe('Which rules link the place to the sector'),
  evidence: z.array(evidenceRefSchema),
});
export const regionSectorResponseSchema = z.object({ rows: z.array(regionSectorRowSchema) });
export type RegionSectorRow = z.infer<typeof regionSectorRowSchema>;
export type RegionSectorResponse = z.infer<typeof regionSectorResponseSchema>;
