// POST /api/cypher: ad-hoc read-only Cypher for the explorer's query editor. The stricter
// per-client rate limit for this path is mounted in app.ts, before the body is parsed.
import type { Config } from '../../config.ts';
import { defineRoute } from '../../http/route.ts';
import { cypherRequestSchema, cypherResultSchema } from './cypher.schemas.ts';
import { runReadOnlyCypher, type CypherDeps } from './cypher.runner.ts';

export const CYPHER_PATH = '/api/cypher';

export const cypherRoutes = (deps: CypherDeps, config: Pick<Config, 'neo4j' | 'cypher'>) => [
  defineRoute({
    method: 'post',
    path: CYPHER_PATH,
    tag: 'cypher',
    summary: 'Run one read-only Cypher statement (checked with EXPLAIN first; time- and row-bounded)',
    body: cypherRequestSchema,
    response: cypherResultSchema,
    errors: [403, 413, 504],
    handler: ({ body }) =>
      runReadOnlyCypher(deps, { database: config.neo4j.database, timeoutMs: config.cypher.timeoutMs, maxRows: config.cypher.maxRows }, body),
  }),
];
