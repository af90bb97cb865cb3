// GET /api/articles and /api/articles/:id: the source documents that every fact cites; one
// article comes with its text, so a client can show an evidence sentence in its context.
import { articleParamsSchema, articleSchema, articlesResponseSchema } from '../../../contract/api/articles.ts';
import type { ReadTarget } from '../../../db/read.ts';
import { notFound } from '../../http/app-error.ts';
import { defineRoute } from '../../http/route.ts';
import { ArticlesRepository } from './articles.repository.ts';

export function articlesRoutes(db: ReadTarget) {
  const repo = new ArticlesRepository(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/articles',
      tag: 'articles',
      summary: 'The source articles: metadata and text length, without the text (GET /api/articles/:id has it)',
      response: articlesResponseSchema,
      handler: async () => ({ articles: await repo.list() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/articles/:id',
      tag: 'articles',
      summary: 'One source article',
      params: articleParamsSchema,
      response: articleSchema,
      errors: [404],
      handler: async ({ params }) => (await repo.byId(params.id)) ?? Promise.reject(notFound(`No article with id "${params.id}"`)),
    }),
  ];
}
