// GET /api/timeline: the dated facts of the whole graph counted per day, and the undated counts, for the timeline
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
      summary: 'The dated facts (stated or inferred date) counted per day and type, and the undated facts counted per type',
      description:
        'A day is the stated `date`, else the `inferredDate` (counted in `inferred` too). Every relationship between entities is counted once, in a day or in `undated`; days oldest first.',
      response: timelineResponseSchema,
      handler: () => repo.timeline(),
    }),
  ];
}
