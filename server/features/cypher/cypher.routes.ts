// POST /api/cypher: ad-hoc read-only Cypher for the explorer's query editor. The stricter
// per-client rate limit for this path is mounted in app.ts, before the body is parsed.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../../config/config.ts';
import { defineRoute } from '../../http/route.ts';
import { cypherRequestSchema, cypherResultSchema } from '../../../contract/api/cypher.ts';
import { runReadOnlyCypher } from './cypher.service.ts';

export const CYPHER_PATH = '/api/cypher';

export const cypherRoutes = (driver: Driver, config: Pick<Config, 'neo4j' | 'cypher'>) => [
  defineRoute({
    method: 'post',
    path: CYPHER_PATH,
    tag: 'cypher',
    summary: 'Run one read-only Cypher statement (checked with EXPLAIN first; time- and row-bounded)',
    body: cypherRequestSchema,
    response: cypherResultSchema,
    errors: [403, 413, 504],
    handler: ({ body }) =>
      runReadOnlyCypher(driver, { database: config.neo4j.database, timeoutMs: config.cypher.timeoutMs, maxRows: config.cypher.maxRows }, body),
  }),
];
