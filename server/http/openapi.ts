// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
import { z } from 'zod';
import { errorBodySchema } from '../../contract/api/errors.ts';
import type { AnyRouteSpec } from './route.ts';

const STATUS_TEXT: Record<number, string> = {
  400: 'Invalid request (names the bad field)',
  401: 'The editor token is missing or wrong (writes only)',
  403: 'Refused (e.g. a write in ad-hoc Cypher)',
  409: 'Conflict (e.g. the article is already in the graph)',
  404: 'Not found',
  405: 'Method not allowed on this path (Allow lists the ones that are)',
  413: 'Request body too large',
  415: 'Unsupported body encoding',
  422: 'Understood, but too costly to answer (e.g. over the per-query memory cap)',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Graph database unavailable',
  504: 'Query timed out',
};

/**
 * zod leaves out the default of a value it preprocesses (countOf: a blank count is refused, not
 * read as 0), so `skip` lost its documented default; a plain default value is put back.
 */
function keepPlainDefault(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = (ctx.zodSchema as { _zod: { def: { type: string; defaultValue?: unknown } } })._zod.def;
  const plain = ['number', 'string', 'boolean'].includes(typeof def.defaultValue);
  if (def.type === 'default' && plain && !('default' in ctx.jsonSchema)) ctx.jsonSchema.default = def.defaultValue;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', override: keepPlainDefault }) as Record<
    string,
    unknown
  >;
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

export function buildOpenApi(routes: AnyRouteSpec[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorContent = { 'application/json': { schema: jsonSchema(errorBodySchema, 'output') } };
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const successes = route.responseStatuses ?? [route.status ?? 200];
    const bodyErrors = route.body ? [413, 415] : [];
    const statuses = [...new Set([400, 405, 429, 500, 503, ...bodyErrors, ...(route.editor ? [401] : []), ...(route.errors ?? [])])]
      .filter((s) => !successes.includes(s))
      .sort();
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      ...(route.editor ? { security: [{ editorToken: [] }] } : {}),
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } }
        : {}),
      responses: {
        ...Object.fromEntries(
          successes.map((s) => [
            s,
            {
              description: s < 300 ? 'Success' : (STATUS_TEXT[s] ?? 'Error'),
              content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
            },
          ]),
        ),
        ...Object.fromEntries(statuses.map((s) => [s, { description: STATUS_TEXT[s] ?? 'Error', content: errorContent }])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: {
        editorToken: { type: 'http', scheme: 'bearer', description: 'EDITOR_TOKEN (or the token the server printed at start-up)' },
      },
    },
  };
}
