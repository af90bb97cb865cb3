// Article ingestion: POST /api/ingest/fetch (read a page), /api/ingest/extract (text → draft,
// nothing written), /api/ingest/commit (a reviewed draft) and DELETE /api/articles/:id
// (retract). All need the editor token: extraction costs CPU, fetching reaches out to the
// network, and the other two write. Each commit and retract is logged with who and what.
import type { Driver } from 'neo4j-driver';
import { articleParamsSchema } from '../../../contract/api/articles.ts';
import {
  commitResponseSchema,
  draftSchema,
  extractBodySchema,
  fetchRequestSchema,
  fetchResponseSchema,
  retractResponseSchema,
} from '../../../contract/ingest.ts';
import { articleFromHtml } from '../../../ingest/html.ts';
import { defineRoute } from '../../http/route.ts';
import { fetchPage, type FetchLimits } from './fetch-page.ts';
import { IngestRepository } from './ingest.repository.ts';
import { IngestService, requestFromHtml } from './ingest.service.ts';

export const INGEST_EXTRACT_PATH = '/api/ingest/extract';

export function ingestRoutes(driver: Driver, database: string, fetchLimits: FetchLimits) {
  const repo = new IngestRepository(driver, database);
  const service = new IngestService(repo);
  return [
    defineRoute({
      method: 'post',
      path: '/api/ingest/fetch',
      tag: 'ingest',
      summary: 'Read an article page (http/https, public addresses only, 10 s, 2 MB) and return its main text and metadata, for extraction',
      editor: true,
      body: fetchRequestSchema,
      response: fetchResponseSchema,
      errors: [413, 415, 422],
      handler: async ({ body }) => {
        const page = await fetchPage(body.url, fetchLimits);
        const read = page.contentType === 'text/html' ? articleFromHtml(page.body) : { text: page.body };
        return { url: page.url, ...read };
      },
    }),
    defineRoute({
      method: 'post',
      path: INGEST_EXTRACT_PATH,
      tag: 'ingest',
      summary:
        'Extract a draft from an article (JSON text or html; or a raw text/plain or text/html upload with the metadata in the query string): facts with their sentences, entities resolved against the graph; nothing is written',
      editor: true,
      body: extractBodySchema,
      response: draftSchema,
      errors: [413, 415, 422],
      handler: ({ body: { html, text, ...given } }) =>
        service.extract(html === undefined ? { text: text!, ...given } : requestFromHtml(html, given)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/ingest/commit',
      tag: 'ingest',
      summary:
        'Write a reviewed draft in one transaction: accepted nodes and facts only, matched nodes merged (409 when the article is already in)',
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
