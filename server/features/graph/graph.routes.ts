// GET /api/graph, /api/nodes/:id, /api/nodes/:id/neighbors, /api/paths
import {
  neighborCountsSchema,
  neighborsPayloadSchema,
  neighborsQuerySchema,
  nodeDetailsQuerySchema,
  nodeDetailsSchema,
  nodeParamsSchema,
  overviewPayloadSchema,
  overviewQuerySchema,
  pathsQuerySchema,
  pathsResponseSchema,
} from '../../../contract/api/graph.ts';
import type { ReadTarget } from '../../../db/read.ts';
import { AppError, notFound } from '../../http/app-error.ts';
import { defineRoute } from '../../http/route.ts';
import { GraphRepository } from './graph.repository.ts';

export function graphRoutes(db: ReadTarget) {
  const repo = new GraphRepository(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/graph',
      tag: 'graph',
      summary: 'The overview graph: the best-connected nodes when capped by limit, and the most cited facts among them up to edges',
      query: overviewQuerySchema,
      response: overviewPayloadSchema,
      handler: ({ query }) => repo.overview(query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/nodes/:id',
      tag: 'graph',
      summary: 'A node with all its properties and its relationships (up to limit), each with its evidence',
      params: nodeParamsSchema,
      query: nodeDetailsQuerySchema,
      response: nodeDetailsSchema,
      errors: [404],
      handler: async ({ params, query }) =>
        (await repo.nodeDetails(params.id, query.limit)) ?? Promise.reject(notFound(`No node with id "${params.id}"`)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/nodes/:id/neighbors',
      tag: 'graph',
      summary:
        'Neighbours within 1 or 2 hops, filtered by relationship type and label, capped by limit; at depth 1 paged by skip in a stable order (next: the following page)',
      params: nodeParamsSchema,
      query: neighborsQuerySchema,
      response: neighborsPayloadSchema,
      errors: [404],
      handler: async ({ params, query }) => {
        const { depth, skip, ...filter } = query;
        const missing = () => Promise.reject(notFound(`No node with id "${params.id}"`));
        if (depth === 1) return (await repo.neighborsPage(params.id, { ...filter, skip })) ?? missing();
        // Two rings have no single order to page through: a skip there would silently mean nothing.
        if (skip > 0) throw new AppError(400, 'VALIDATION_ERROR', 'Invalid query parameter "skip": paging applies to depth 1 only');
        const payload = await repo.neighbors(params.id, depth, filter);
        return payload ? { ...payload, next: null } : missing();
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/nodes/:id/neighbor-counts',
      tag: 'graph',
      summary: 'How many neighbours a node has per relationship type and per neighbour label (what each expansion would add)',
      params: nodeParamsSchema,
      response: neighborCountsSchema,
      errors: [404],
      handler: async ({ params }) => (await repo.neighborCounts(params.id)) ?? Promise.reject(notFound(`No node with id "${params.id}"`)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/paths',
      tag: 'graph',
      summary: 'All shortest paths between two nodes (empty list when none within maxHops)',
      query: pathsQuerySchema,
      response: pathsResponseSchema,
      errors: [404],
      handler: async ({ query }) => {
        if (query.from === query.to) throw new AppError(400, 'VALIDATION_ERROR', 'Invalid query parameter "to": must differ from "from"');
        const missing = await repo.missingIds([query.from, query.to]);
        if (missing.length) throw notFound(`No node with id ${missing.map((id) => `"${id}"`).join(' or ')}`);
        return { paths: await repo.shortestPaths(query.from, query.to, query.maxHops, query.limit) };
      },
    }),
  ];
}
