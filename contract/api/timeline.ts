// GET /api/timeline: the dated facts of the whole graph (not only what a view draws) counted per
// day and type, for the timeline's histogram and brush, and how many facts of each type have no
// date. A fact's date is read as contract/fact-date.ts reads it: the stated `date`, else the
// `inferredDate`. Counted, not listed: 1M relationships make a few thousand days, not 1M rows.
import { z } from 'zod';

export const timelineDaySchema = z.object({
  // The same pattern factDate accepts, so every date it reads passes (a 500 would hide the whole timeline).
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('The day (YYYY-MM-DD): the stated date, else the inferred one'),
  type: z.string().describe('Relationship type'),
  facts: z.int().positive().describe('Relationships of this type dated this day'),
  inferred: z.int().nonnegative().describe('How many of them have an inferred date (the year, or the whole date, was not stated)'),
});
export type TimelineDay = z.infer<typeof timelineDaySchema>;

export const timelineResponseSchema = z.object({
  days: z.array(timelineDaySchema).describe('Dated facts counted per day and type, oldest day first'),
  undated: z.record(z.string(), z.int().nonnegative()).describe('Facts with neither date nor inferredDate, per relationship type'),
});
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;
