// POST /api/cypher: ad-hoc read-only Cypher for the explorer's query editor. The stricter
// per-client rate limit for this path is mounted in app.ts, before the body is parsed.
import type { Config } from '../../../config/config.ts';
import { cypherRequestSchema, cypherResultSchema } from '../../../contract/api/cypher.ts';
import { MAX_VALUE_DEPTH } from '../../db/records.ts';
import { defineRoute } from '../../http/route.ts';
import { runReadOnlyCypher, type CypherDeps } from './cypher.runner.ts';
import { ALLOWED_CYPHER_OPTIONS, MAX_RANGE_VALUES } from './cypher.text-guard.ts';

export const CYPHER_PATH = '/api/cypher';

const CYPHER_DESCRIPTION = [
  'Runs in a READ transaction that is always rolled back, after EXPLAIN found the statement read-only (403 WRITE_NOT_ALLOWED, PROCEDURE_NOT_ALLOWED, COMMAND_NOT_ALLOWED otherwise).',
  `Pre-parser options: only ${[...ALLOWED_CYPHER_OPTIONS].map((o) => `CYPHER ${o}=…`).join(' and ')} (and a version); any other, e.g. debug=…, is refused with 400 CYPHER_OPTION_NOT_ALLOWED.`,
  'EXPLAIN <query> is checked like the query itself and answers its columns with no rows. PROFILE is not supported (400 PROFILE_NOT_SUPPORTED): a profile needs the whole query run, while results are cut at the row limit.',
  `range() outside UNWIND range(…) AS must have bounds written as integers or $parameters and may produce at most ${MAX_RANGE_VALUES.toLocaleString('en')} values in one query (ranges multiply): reduce(), and a loop (comprehension, any()/all()/none()/single(), IN test) inside another, may only step through lists the text bounds (a literal, range(), a $parameter, a property, nodes()/relationships()/labels()/keys()). Neo4j cannot stop a loop inside one expression at the time limit (400 QUERY_TOO_COSTLY).`,
  `A query over the per-query memory cap answers 422 QUERY_MEMORY_LIMIT (retrying cannot help); a value nested deeper than ${MAX_VALUE_DEPTH} lists or maps answers 422 VALUE_TOO_DEEP; past the time limit, 504 QUERY_TIMEOUT. While a query of this server still runs on in Neo4j after its 504, further ones answer 503 DATABASE_BUSY.`,
].join('\n\n');

export const cypherRoutes = (deps: CypherDeps, config: Pick<Config, 'neo4j' | 'cypher'>) => [
  defineRoute({
    method: 'post',
    path: CYPHER_PATH,
    tag: 'cypher',
    summary: 'Run one read-only Cypher statement (checked with EXPLAIN first; time- and row-bounded)',
    description: CYPHER_DESCRIPTION,
    body: cypherRequestSchema,
    response: cypherResultSchema,
    errors: [403, 413, 422, 504],
    handler: ({ body }) =>
      runReadOnlyCypher(deps, { database: config.neo4j.database, timeoutMs: config.cypher.timeoutMs, maxRows: config.cypher.maxRows }, body),
  }),
];
