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
import { pinoHttp } from 'pino-http';
import type { Config } from './config.ts';
import { articlesRoutes } from './features/articles/articles.routes.ts';
import { CYPHER_PATH, cypherRoutes } from './features/cypher/cypher.routes.ts';
import { CypherOverruns } from './features/cypher/cypher.overruns.ts';
import { ReadOnlyVerdicts } from './features/cypher/cypher.verdicts.ts';
import { graphRoutes } from './features/graph/graph.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { insightsRoutes } from './features/insights/insights.routes.ts';
import { searchRoutes } from './features/search/search.routes.ts';
import { AppError } from './http/app-error.ts';
import { errorHandler, unknownRoute } from './http/errors.ts';
import { buildOpenApi } from './http/openapi.ts';
import { mountRoutes, type RouteSpec } from './http/route.ts';
import type { Logger } from './logger.ts';

export interface AppDeps {
  driver: Driver;
  config: Pick<Config, 'neo4j' | 'http' | 'cypher'>;
  logger: Logger;
  /** Built client (dist/client); served with an SPA fallback when present. */
  clientDir?: string;
  /** Ad-hoc Cypher texts found read-only; the entry point makes one, an app built without gets a fresh one. */
  cypherVerdicts?: ReadOnlyVerdicts;
}

export const JSON_BODY_LIMIT = '64kb';

export function createApp({ driver, config, logger, clientDir, cypherVerdicts = new ReadOnlyVerdicts() }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
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
    CYPHER_PATH,
    rateLimit({
      windowMs: 60_000,
      limit: config.cypher.rateLimitPerMinute,
      identifier: 'cypher',
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (_req, _res, next) => next(new AppError(429, 'RATE_LIMITED', 'Too many Cypher queries from this client; retry in a minute')),
    }),
  );
  app.use(express.json({ limit: JSON_BODY_LIMIT }));

  const db = config.neo4j.database;
  const routes: RouteSpec<any, any, any, any>[] = [
    ...healthRoutes(driver, db),
    ...graphRoutes(driver, db),
    ...searchRoutes(driver, db),
    ...insightsRoutes(driver, db),
    ...articlesRoutes(driver, db),
    // Queries running past their 504 are this app's own: they make only this app's clients wait.
    ...cypherRoutes({ driver, verdicts: cypherVerdicts, overruns: new CypherOverruns() }, config),
  ];
  const api: Router = express.Router();
  mountRoutes(api, routes);
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
