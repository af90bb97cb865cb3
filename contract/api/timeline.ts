// GET /api/timeline: every dated fact of the whole graph (not only what a view draws), for the
// timeline's histogram and brush, and how many facts of each type have no date. A fact's date is
// read as contract/fact-date.ts reads it: the stated `date`, else the `inferredDate`.
import { z } from 'zod';
import { TIMELINE_LIMITS } from './limits.ts';

export const timelineFactSchema = z.object({
  id: z.string().describe('Relationship id (as in the graph payloads)'),
  type: z.string().describe('Relationship type'),
  // The same pattern factDate accepts, so every date it reads passes (a 500 would hide the whole timeline).
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('The stated date, else the inferred one (YYYY-MM-DD)'),
  inferred: z.boolean().describe('True when the year (or the whole date) was inferred, not stated'),
  source: z.string().nullable().describe('The article id stating the fact'),
});
export type TimelineFact = z.infer<typeof timelineFactSchema>;

export const timelineResponseSchema = z.object({
  facts: z.array(timelineFactSchema).describe('Dated facts, oldest first'),
  undated: z.record(z.string(), z.int().nonnegative()).describe('Facts with neither date nor inferredDate, per relationship type'),
  truncated: z.boolean().describe(`True when the graph has more dated facts than ${TIMELINE_LIMITS.facts}: the oldest ones are listed`),
  limit: z.int().describe('The most dated facts one answer lists'),
});
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;
