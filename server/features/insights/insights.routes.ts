// GET /api/insights/region-sector: which places are linked to which sectors, by which facts.
import { regionSectorQuerySchema, regionSectorResponseSchema } from '../../../contract/api/insights.ts';
import type { ReadTarget } from '../../../db/read.ts';
import { defineRoute } from '../../http/route.ts';
import { InsightsRepository } from './insights.repository.ts';

export function insightsRoutes(db: ReadTarget) {
  const repo = new InsightsRepository(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/insights/region-sector',
      tag: 'insights',
      summary: 'Places (Japanese regions, prefectures and cities; Vietnamese localities) × sectors, one entry per linking fact',
      description:
        'A fact links a place by the asked-of, requester-place, investment or partnership rule; with venues=true also by the meeting-place rule. Each fact carries its sentence, article and date properties.',
      query: regionSectorQuerySchema,
      response: regionSectorResponseSchema,
      handler: async ({ query }) => repo.regionSector({ venues: query.venues }),
    }),
  ];
}
