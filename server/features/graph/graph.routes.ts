// GET /api/graph, /api/nodes/:id, /api/nodes/:id/neighbors, /api/paths
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { NODE_LABELS, REL_TYPES } from '../../../contract/model.ts';
import { AppError, notFound } from '../../http/app-error.ts';
import { defineRoute } from '../../http/route.ts';
import { GraphRepository } from './graph.repository.ts';
import { graphEdgeSchema, graphNodeSchema, graphPayloadSchema, nodeSummarySchema } from './graph.schemas.ts';

/** `labels=Official,Sector` → ['Official', 'Sector'], each checked against the model's names. */
export const csvOf = <T extends string>(allowed: readonly [T, ...T[]]) =>
  z
    .string()
    .max(500)
    .optional()
    .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []))
    .pipe(z.array(z.enum(allowed)))
    .describe(`Comma-separated, any of: ${allowed.join(', ')}`);

export const limitOf = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
export const entityId = z.string().min(1).max(200);

const labels = csvOf(NODE_LABELS);
const types = csvOf(REL_TYPES);

const nodeDetailsSchema = z.object({
  node: graphNodeSchema,
  relationships: z.array(graphEdgeSchema.extend({ direction: z.enum(['out', 'in']), other: nodeSummarySchema })),
  truncated: z.boolean().describe('True when the node has more relationships than limit (a hub): the list is a sample of limit of them'),
});

export function graphRoutes(driver: Driver, database: string) {
  const repo = new GraphRepository(driver, database);
  return [
    defineRoute({
      method: 'get',
      path: '/api/graph',
      tag: 'graph',
      summary: 'The overview graph (best-connected nodes first when capped by limit)',
      query: z.object({ labels, types, limit: limitOf(5000, 1000) }),
      response: graphPayloadSchema,
      handler: ({ query }) => repo.overview(query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/nodes/:id',
      tag: 'graph',
      summary: 'A node with all its properties and its relationships (up to limit), each with its evidence',
      params: z.object({ id: entityId }),
      query: z.object({ limit: limitOf(5000, 200) }),
      response: nodeDetailsSchema,
      errors: [404],
      handler: async ({ params, query }) => (await repo.nodeDetails(params.id, query.limit)) ?? Promise.reject(notFound(`No node with id "${params.id}"`)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/nodes/:id/neighbors',
      tag: 'graph',
      summary: 'Neighbours within 1 or 2 hops, filtered by relationship type and label, capped by limit',
      params: z.object({ id: entityId }),
      query: z.object({
        depth: z.coerce.number().pipe(z.union([z.literal(1), z.literal(2)])).default(1),
        types,
        labels,
        limit: limitOf(1000, 100),
      }),
      response: graphPayloadSchema,
      errors: [404],
      handler: async ({ params, query }) => {
        const { depth, ...filter } = query;
        return (await repo.neighbors(params.id, depth, filter)) ?? Promise.reject(notFound(`No node with id "${params.id}"`));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/paths',
      tag: 'graph',
      summary: 'All shortest paths between two nodes (empty list when none within maxHops)',
      query: z.object({ from: entityId, to: entityId, maxHops: z.coerce.number().int().min(1).max(6).default(4), limit: limitOf(100, 25) }),
      response: z.object({ paths: z.array(graphPayloadSchema) }),
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
