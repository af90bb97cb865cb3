// createApp builds the Express app from injected dependencies; it opens nothing itself, so
// tests build it around their own driver and the entry point around the real one.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cors from 'cors';
import express, { type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import { stdSerializers } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config/config.ts';
import type { ReadTarget } from '../db/read.ts';
import { articlesRoutes } from './features/articles/articles.routes.ts';
import { CYPHER_EXPLAIN_PATH, CYPHER_PATH, cypherRoutes } from './features/cypher/cypher.routes.ts';
import { CypherOverruns } from './features/cypher/cypher.overruns.ts';
import { ReadOnlyVerdicts } from './features/cypher/cypher.verdicts.ts';
import { graphRoutes } from './features/graph/graph.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { DEFAULT_FETCH_LIMITS } from './features/ingest/fetch-page.ts';
import { INGEST_EXTRACT_PATH, ingestRoutes } from './features/ingest/ingest.routes.ts';
import { uploadAsExtractBody } from './features/ingest/upload.ts';
import { insightsRoutes } from './features/insights/insights.routes.ts';
import { mapRoutes } from './features/map/map.routes.ts';
import { searchRoutes } from './features/search/search.routes.ts';
import { sourcesRoutes } from './features/sources/sources.routes.ts';
import { timelineRoutes } from './features/timeline/timeline.routes.ts';
import { AppError } from './http/app-error.ts';
import { bookmarkHeader } from './http/bookmarks.ts';
import { editorCheck } from './http/editor-auth.ts';
import { errorHandler, unknownRoute } from './http/errors.ts';
import { buildOpenApi } from './http/openapi.ts';
import { mountRoutes, type AnyRouteSpec } from './http/route.ts';
import type { Logger } from './logger.ts';

export interface AppDeps {
  driver: Driver;
  config: Pick<Config, 'neo4j' | 'http' | 'cypher' | 'reads' | 'ingest'>;
  logger: Logger;
  /** Built client (dist/client); served with an SPA fallback when present. */
  clientDir?: string;
  /** The bearer token writes need; without one, every write answers 401. */
  editorToken?: string;
  /** Ad-hoc Cypher texts found read-only; the entry point makes one, an app built without gets a fresh one. */
  cypherVerdicts?: ReadOnlyVerdicts;
}

export const JSON_BODY_LIMIT = '64kb';
/** Drafts and articles carry a whole article's text (up to MAX_ARTICLE_CHARS) and what was found in it. */
export const INGEST_BODY_LIMIT = '4mb';

export function createApp({
  driver,
  config,
  logger,
  clientDir,
  editorToken,
  cypherVerdicts = new ReadOnlyVerdicts(),
}: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from as many proxies as configured: otherwise any client
  // could name itself anew per request and dodge the rate limits.
  app.set('trust proxy', config.http.trustProxyHops);
  app.set('query parser', 'simple');

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => !req.url?.startsWith('/api') },
      // One line a request: method, path, status, time and request id; never every header.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
        // pino-http invents an error for every 5xx; the error handler has already logged the real one with its stack.
        err: (err: Error) => (err.message.startsWith('failed with status code') ? { message: err.message } : stdSerializers.err(err)),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'warn' : 'info'),
      customSuccessMessage: (req, res, ms) => `${req.method} ${req.url?.split('?')[0]} ${res.statusCode} ${Math.round(ms)} ms`,
      customErrorMessage: (req, res) => `${req.method} ${req.url?.split('?')[0]} ${res.statusCode} failed`,
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // CodeMirror injects its theme as <style> elements; scripts stay 'self' only.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
        },
      },
    }),
  );
  app.use('/api', cors({ origin: config.http.corsOrigins.length ? config.http.corsOrigins : false }));
  app.use(
    '/api',
    rateLimit({
      windowMs: 60_000,
      limit: config.http.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) => next(new AppError(429, 'RATE_LIMITED', 'Too many requests from this client; retry in a minute')),
    }),
  );
  // Ad-hoc Cypher costs the database far more than the fixed endpoints: a stricter budget of its own.
  app.post(
    [CYPHER_PATH, CYPHER_EXPLAIN_PATH],
    rateLimit({
      windowMs: 60_000,
      limit: config.cypher.rateLimitPerMinute,
      identifier: 'cypher',
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) => next(new AppError(429, 'RATE_LIMITED', 'Too many Cypher queries from this client; retry in a minute')),
    }),
  );
  app.use('/api', bookmarkHeader);
  app.use('/api/ingest', express.json({ limit: INGEST_BODY_LIMIT }));
  app.use(INGEST_EXTRACT_PATH, express.text({ type: ['text/plain', 'text/html'], limit: INGEST_BODY_LIMIT }), uploadAsExtractBody);
  app.use(express.json({ limit: JSON_BODY_LIMIT }));

  const reads: ReadTarget = { driver, database: config.neo4j.database, timeoutMs: config.reads.timeoutMs };
  const routes: AnyRouteSpec[] = [
    ...healthRoutes(reads),
    ...graphRoutes(reads),
    ...searchRoutes(reads),
    ...insightsRoutes(reads),
    ...mapRoutes(reads),
    ...articlesRoutes(reads),
    ...sourcesRoutes(reads),
    ...timelineRoutes(reads),
    // Queries running past their 504 are this app's own: they make only this app's clients wait.
    ...cypherRoutes({ driver, verdicts: cypherVerdicts, overruns: new CypherOverruns() }, config, reads),
    ...ingestRoutes(driver, config.neo4j.database, {
      ...DEFAULT_FETCH_LIMITS,
      allowPrivate: config.ingest.allowPrivateUrls,
      timeoutMs: config.ingest.fetchTimeoutMs,
    }),
  ];
  const api: Router = express.Router();
  mountRoutes(api, routes, editorCheck(editorToken));
  const openapi = buildOpenApi(routes, { title: 'Vietnam–Japan cooperation graph explorer API', version: '0.1.0' });
  api.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  app.use(api);
  app.use('/api', unknownRoute);

  if (clientDir && existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(unknownRoute);
  app.use(errorHandler);
  return app;
}
