// GET /api/articles and /api/articles/:id: the source documents that every fact cites, with
// their text, so a client can show an evidence sentence in its context.
import type { Driver, Node } from 'neo4j-driver';
import { z } from 'zod';
import { readQuery } from '../../db/neo4j.ts';
import { plainProperties } from '../../db/records.ts';
import { notFound } from '../../http/app-error.ts';
import { defineRoute } from '../../http/route.ts';

const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleSource: z.enum(['article', 'editorial']),
  language: z.string(),
  dateText: z.string(),
  date: z.string().nullable().describe('Publication date when the text states the year; null otherwise'),
  inferredDate: z.string().nullable(),
  inference: z.string().nullable().describe('Why inferredDate was inferred'),
  text: z.string(),
});

export function articlesRoutes(driver: Driver, database: string) {
  const list = async () => {
    const { records } = await readQuery(driver, database, 'list-articles');
    return records.map((r) => {
      const p = plainProperties((r.get('article') as Node).properties);
      return articleSchema.parse({ ...p, date: p.date ?? null, inferredDate: p.inferredDate ?? null, inference: p.inference ?? null });
    });
  };
  return [
    defineRoute({
      method: 'get',
      path: '/api/articles',
      tag: 'articles',
      summary: 'The source articles, with metadata and full text',
      response: z.object({ articles: z.array(articleSchema) }),
      handler: async () => ({ articles: await list() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/articles/:id',
      tag: 'articles',
      summary: 'One source article',
      params: z.object({ id: z.string().min(1).max(200) }),
      response: articleSchema,
      errors: [404],
      handler: async ({ params }) => (await list()).find((a) => a.id === params.id) ?? Promise.reject(notFound(`No article with id "${params.id}"`)),
    }),
  ];
}
