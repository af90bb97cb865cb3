// GET /api/search: full-text search over names and aliases.
import { z } from 'zod';
import { NODE_LABELS } from '../model.ts';
import { SEARCH_LIMITS } from './limits.ts';
import { csvOf, limitOf } from './params.ts';

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  labels: csvOf(NODE_LABELS),
  limit: limitOf(SEARCH_LIMITS),
});

export const searchResultSchema = z.object({ id: z.string(), label: z.string(), name: z.string(), score: z.number() });
export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
