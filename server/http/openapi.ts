// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
import { z } from 'zod';
import type { RouteSpec } from './route.ts';

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid request (names the bad field)',
  403: 'Refused (e.g. a write in ad-hoc Cypher)',
  404: 'Not found',
  413: 'Request body too large',
  422: 'Understood, but too costly to answer (e.g. over the per-query memory cap)',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Graph database unavailable',
  504: 'Query timed out',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: s,
  }));
}

export function buildOpenApi(routes: RouteSpec<any, any, any, any>[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorContent = { 'application/json': { schema: jsonSchema(errorBodySchema, 'output') } };
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const statuses = [...new Set([400, 429, 500, 503, ...(route.errors ?? [])])].sort();
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
      responses: {
        [route.status ?? 200]: { description: 'Success', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } },
        ...Object.fromEntries(statuses.map((s) => [s, { description: STATUS_TEXT[s] ?? 'Error', content: errorContent }])),
      },
    };
  }
  return { openapi: '3.1.0', info, paths };
}
