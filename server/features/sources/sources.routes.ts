// GET /api/articles/:id/facts and /api/facts/by-article: what each source article contributes,
// for the Sources tab (and what retracting one would take away, before it is retracted).
import { articleParamsSchema } from '../../../contract/api/articles.ts';
import { articleFactCountsSchema, articleFactsSchema } from '../../../contract/api/sources.ts';
import type { ReadTarget } from '../../../db/read.ts';
import { notFound } from '../../http/app-error.ts';
import { defineRoute } from '../../http/route.ts';
import { SourcesRepository } from './sources.repository.ts';

export function sourcesRoutes(db: ReadTarget) {
  const repo = new SourcesRepository(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/articles/:id/facts',
      tag: 'articles',
      summary: 'The relationships an article states (with both ends), how many nodes it mentions, and the nodes retracting it would delete',
      params: articleParamsSchema,
      response: articleFactsSchema,
      errors: [404],
      handler: async ({ params }) => (await repo.facts(params.id)) ?? Promise.reject(notFound(`No article with id "${params.id}"`)),
    }),
    defineRoute({
      method: 'get',
      // Not under /api/articles/: a fixed segment there would shadow an article of that id.
      path: '/api/facts/by-article',
      tag: 'articles',
      summary: 'How many facts and relationships each article states',
      response: articleFactCountsSchema,
      handler: async () => ({ articles: await repo.factCounts() }),
    }),
  ];
}
