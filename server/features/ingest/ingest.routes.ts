// The write path: POST /api/ingest/commit (a reviewed draft) and DELETE /api/articles/:id
// (retract). Both need the editor token; each commit is logged with who (token id) and what.
import type { Driver } from 'neo4j-driver';
import { articleParamsSchema } from '../../../contract/api/articles.ts';
import { commitResponseSchema, draftSchema, retractResponseSchema } from '../../../contract/ingest.ts';
import { defineRoute } from '../../http/route.ts';
import { IngestRepository } from './ingest.repository.ts';

export function ingestRoutes(driver: Driver, database: string) {
  const repo = new IngestRepository(driver, database);
  return [
    defineRoute({
      method: 'post',
      path: '/api/ingest/commit',
      tag: 'ingest',
      summary: 'Write a reviewed draft in one transaction: accepted nodes and facts only, matched nodes merged (409 when the article is already in)',
      editor: true,
      body: draftSchema,
      response: commitResponseSchema,
      status: 201,
      errors: [409],
      handler: async ({ body, req, editor }) => {
        const result = await repo.commit(body);
        req.log?.info({ editor: editor?.tokenId, article: result.articleId, created: result.created, merged: result.merged }, 'commit');
        return result;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/articles/:id',
      tag: 'ingest',
      summary: 'Retract an article: its relationships, its mentions, and the nodes left with neither go, in one transaction',
      editor: true,
      params: articleParamsSchema,
      response: retractResponseSchema,
      errors: [404],
      handler: async ({ params, req, editor }) => {
        const result = await repo.retract(params.id);
        req.log?.info({ editor: editor?.tokenId, article: result.articleId, removed: result.removed }, 'retract');
        return result;
      },
    }),
  ];
}
