// POST /api/cypher: ad-hoc read-only Cypher for the explorer's query editor; POST
// /api/cypher/explain: its plan, under the same guard, never run; GET /api/cypher/schema: what
// the editor completes. The stricter per-client rate limit for the two POSTs is mounted in
// app.ts, before the body is parsed.
import type { Config } from '../../../config/config.ts';
import { cypherExplainResultSchema, cypherRequestSchema, cypherResultSchema, cypherSchemaSchema } from '../../../contract/api/cypher.ts';
import type { ReadTarget } from '../../../db/read.ts';
import { MAX_VALUE_DEPTH } from '../../db/records.ts';
import { defineRoute } from '../../http/route.ts';
import { CypherSchemaRepository } from './cypher.repository.ts';
import { explainReadOnlyCypher, runReadOnlyCypher, type CypherDeps } from './cypher.runner.ts';
import { ALLOWED_CYPHER_OPTIONS, MAX_RANGE_VALUES } from './cypher.text-guard.ts';

export const CYPHER_PATH = '/api/cypher';
export const CYPHER_EXPLAIN_PATH = '/api/cypher/explain';

const CYPHER_DESCRIPTION = [
  'Runs in a READ transaction that is always rolled back, after EXPLAIN found the statement read-only (403 WRITE_NOT_ALLOWED, PROCEDURE_NOT_ALLOWED, COMMAND_NOT_ALLOWED otherwise).',
  `Pre-parser options: only ${[...ALLOWED_CYPHER_OPTIONS].map((o) => `CYPHER ${o}=…`).join(' and ')} (and a version); any other, e.g. debug=…, is refused with 400 CYPHER_OPTION_NOT_ALLOWED.`,
  'EXPLAIN <query> is checked like the query itself and answers its columns with no rows. PROFILE is not supported (400 PROFILE_NOT_SUPPORTED): a profile needs the whole query run, while results are cut at the row limit.',
  `range() outside UNWIND range(…) AS must have bounds written as integers or $parameters and may produce at most ${MAX_RANGE_VALUES.toLocaleString('en')} values in one query (ranges multiply): reduce(), and a loop (comprehension, any()/all()/none()/single(), IN test) inside another, may only step through lists the text bounds (a literal, range(), a $parameter, a property, nodes()/relationships()/labels()/keys()). Neo4j cannot stop a loop inside one expression at the time limit (400 QUERY_TOO_COSTLY).`,
  'A client that disconnects before the answer (the console’s Cancel) stops the query: its transaction is closed in Neo4j at once.',
  `A query over the per-query memory cap answers 422 QUERY_MEMORY_LIMIT (retrying cannot help); a value nested deeper than ${MAX_VALUE_DEPTH} lists or maps answers 422 VALUE_TOO_DEEP; past the time limit, 504 QUERY_TIMEOUT. While a query of this server still runs on in Neo4j after its 504, further ones answer 503 DATABASE_BUSY.`,
].join('\n\n');

export const cypherRoutes = (deps: CypherDeps, config: Pick<Config, 'neo4j' | 'cypher'>, reads: ReadTarget) => {
  const limits = { database: config.neo4j.database, timeoutMs: config.cypher.timeoutMs, maxRows: config.cypher.maxRows };
  const schema = new CypherSchemaRepository(reads);
  return [
    defineRoute({
      method: 'post',
      path: CYPHER_PATH,
      tag: 'cypher',
      summary: 'Run one read-only Cypher statement (checked with EXPLAIN first; time- and row-bounded)',
      description: CYPHER_DESCRIPTION,
      body: cypherRequestSchema,
      response: cypherResultSchema,
      errors: [403, 413, 422, 504],
      handler: ({ body, signal }) => runReadOnlyCypher(deps, limits, body, signal),
    }),
    defineRoute({
      method: 'post',
      path: CYPHER_EXPLAIN_PATH,
      tag: 'cypher',
      summary: 'The plan of one read-only Cypher statement (EXPLAIN): the query is planned, never run',
      description: [
        'The same request, checks and refusals as POST /api/cypher (a write answers 403 WRITE_NOT_ALLOWED without running); `limit` is accepted and ignored.',
        'The plan is flat, root first and depth-first: each operator names its children by index.',
      ].join('\n\n'),
      body: cypherRequestSchema,
      response: cypherExplainResultSchema,
      errors: [403, 413, 422, 504],
      handler: ({ body, signal }) => explainReadOnlyCypher(deps, limits, body, signal),
    }),
    defineRoute({
      method: 'get',
      path: '/api/cypher/schema',
      tag: 'cypher',
      summary: 'Labels, relationship types and property keys in the database, for the query editor’s autocomplete',
      response: cypherSchemaSchema,
      handler: () => schema.schema(),
    }),
  ];
};
