// GET /api/insights/region-sector: which places are linked to which sectors, and by what evidence.
import { regionSectorResponseSchema } from '../../../contract/api/insights.ts';
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
      summary: 'Places (prefectures, regions, Vietnamese localities) × sectors, with the evidence linking them',
      response: regionSectorResponseSchema,
      handler: async () => ({ rows: await repo.regionSectorLinks() }),
    }),
  ];
}
