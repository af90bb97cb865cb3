// GET /api/search: full-text search over names and aliases, diacritics-insensitive, prefix
// matching on the last term; the Lucene query is built from escaped terms (lucene.ts).
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { NODE_LABELS } from '../../../contract/model.ts';
import { readQuery } from '../../db/neo4j.ts';
import { defineRoute } from '../../http/route.ts';
import { csvOf, limitOf } from '../graph/graph.routes.ts';
import { buildLuceneQuery } from './lucene.ts';

const searchResultSchema = z.object({ id: z.string(), label: z.string(), name: z.string(), score: z.number() });

export function searchRoutes(driver: Driver, database: string) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/search',
      tag: 'search',
      summary: 'Search entities by name or alias (diacritics-insensitive, prefix match while typing)',
      query: z.object({ q: z.string().trim().min(1).max(200), labels: csvOf(NODE_LABELS), limit: limitOf(50, 10) }),
      response: z.object({ results: z.array(searchResultSchema) }),
      handler: async ({ query }) => {
        const lucene = buildLuceneQuery(query.q);
        if (!lucene) return { results: [] };
        const { records } = await readQuery(driver, database, 'search-entities', { query: lucene, labels: query.labels, limit: query.limit });
        return { results: records.map((r) => r.toObject()) };
      },
    }),
  ];
}
