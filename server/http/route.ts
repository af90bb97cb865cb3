// A route is declared once: its zod schemas validate the request (the parsed value is what the
// handler gets), check the response before it leaves, and feed the OpenAPI document.
import type { Request, RequestHandler, Router } from 'express';
import { z } from 'zod';
import { AppError } from './app-error.ts';
import type { EditorCheck } from './editor-auth.ts';

export interface RouteSpec<Q = unknown, P = unknown, B = unknown, R = unknown> {
  method: 'get' | 'post' | 'delete';
  /** Express path, e.g. /api/nodes/:id */
  path: string;
  summary: string;
  /** Longer OpenAPI text: what the route refuses and why. */
  description?: string;
  tag: string;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  body?: z.ZodType<B>;
  response: z.ZodType<R>;
  /** Error statuses this route can answer besides 400/429/500/503, for the OpenAPI document. */
  errors?: number[];
  /** Success status when not 200. */
  status?: number;
  /** For responses whose status depends on the result (health answers 503 with its own body). */
  statusOf?: (result: R) => number;
  /** Every status statusOf may answer with the response schema, for the OpenAPI document. */
  responseStatuses?: number[];
  /** A write: refused with 401 unless the request carries the editor token. */
  editor?: boolean;
  /** `signal` aborts when the client goes away before the answer is sent (so long work can stop). */
  handler: (input: { query: Q; params: P; body: B; req: Request; signal: AbortSignal; editor?: { tokenId: string } }) => Promise<R>;
}

/** Keeps the schema/handler types connected at the declaration site. */
export function defineRoute<Q, P, B, R>(spec: RouteSpec<Q, P, B, R>): RouteSpec<Q, P, B, R> {
  return spec;
}

const LOCATION_NAMES = { query: 'query parameter', params: 'path parameter', body: 'body field' } as const;

function parseOrThrow<T>(schema: z.ZodType<T> | undefined, value: unknown, location: keyof typeof LOCATION_NAMES): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ location, field: i.path.join('.'), message: i.message }));
  const first = issues[0]!;
  const field = first.field ? ` "${first.field}"` : '';
  throw new AppError(400, 'VALIDATION_ERROR', `Invalid ${LOCATION_NAMES[location]}${field}: ${first.message}`, { issues });
}

function toHandler(spec: RouteSpec, checkEditor: EditorCheck): RequestHandler {
  return async (req, res, next) => {
    try {
      // Authentication before validation: without the token, a caller learns nothing of the body's rules.
      const editor = spec.editor ? checkEditor(req) : undefined;
      // The response's 'close' before it finished: the client aborted or the connection dropped.
      const gone = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) gone.abort();
      });
      const input = {
        signal: gone.signal,
        editor,
        query: parseOrThrow(spec.query, req.query, 'query'),
        params: parseOrThrow(spec.params, req.params, 'params'),
        body: parseOrThrow(spec.body, req.body ?? {}, 'body'),
        req,
      };
      const result = await spec.handler(input);
      // A response that does not match its schema is our bug: fail loudly (500), do not leak it.
      const body = spec.response.parse(result);
      res.status(spec.statusOf?.(body) ?? spec.status ?? 200).json(body);
    } catch (err) {
      next(err);
    }
  };
}

/**
 * A route of any request/response types, as lists of routes hold them. The one `any` of the
 * app: a spec is both a producer (schemas) and a consumer (handler) of its types, so no other
 * type parameter accepts every route; defineRoute keeps each one checked where it is declared.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteSpec = RouteSpec<any, any, any, any>;

/** Answers a method the path does not serve: 405 naming the ones it does (OPTIONS: 204 with the same Allow). */
const methodNotAllowed =
  (allowed: string[]): RequestHandler =>
  (req, res, next) => {
    const allow = allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
    res.setHeader('Allow', allow.join(', '));
    if (req.method === 'OPTIONS') res.status(204).end();
    else next(new AppError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${req.path}; use ${allow.join(' or ')}`));
  };

export function mountRoutes(router: Router, routes: AnyRouteSpec[], checkEditor: EditorCheck): void {
  const methodsByPath = new Map<string, string[]>();
  for (const spec of routes) {
    router[spec.method](spec.path, toHandler(spec, checkEditor));
    methodsByPath.set(spec.path, [...(methodsByPath.get(spec.path) ?? []), spec.method.toUpperCase()]);
  }
  for (const [path, methods] of methodsByPath) router.all(path, methodNotAllowed(methods));
}
