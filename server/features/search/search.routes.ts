// GET /api/search: full-text search over names and aliases, diacritics-insensitive, prefix
// matching on the last term.
import { searchQuerySchema, searchResponseSchema } from '../../../contract/api/search.ts';
import type { ReadTarget } from '../../../db/read.ts';
import { defineRoute } from '../../http/route.ts';
import { SearchRepository } from './search.repository.ts';

export function searchRoutes(db: ReadTarget) {
  const repo = new SearchRepository(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/search',
      tag: 'search',
      summary: 'Search entities by name or alias (diacritics-insensitive, prefix match while typing)',
      query: searchQuerySchema,
      response: searchResponseSchema,
      handler: async ({ query }) => ({ results: await repo.search(query.q, query.labels, query.limit) }),
    }),
  ];
}
