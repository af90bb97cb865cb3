// GET /api/timeline: the dated facts of the whole graph and the undated counts, for the timeline
// under the graph (its histogram, brush and "Show undated (n)").
import { timelineResponseSchema } from '../../../contract/api/timeline.ts';
import type { ReadTarget } from '../../../db/read.ts';
import { defineRoute } from '../../http/route.ts';
import { TimelineRepository } from './timeline.repository.ts';

export function timelineRoutes(db: ReadTarget) {
  const repo = new TimelineRepository(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/timeline',
      tag: 'timeline',
      summary: 'Every dated fact (stated or inferred date) with its type and source article, and the undated facts counted per type',
      description:
        'Dates are the stated `date`, else the `inferredDate` (then `inferred` is true). At most `limit` facts, oldest first; `truncated` says the graph has more.',
      response: timelineResponseSchema,
      handler: () => repo.timeline(),
    }),
  ];
}
