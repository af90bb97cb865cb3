// POST /api/cypher: the request (bounded before it reaches Neo4j) and the result.
import { z } from 'zod';
import { graphPayloadSchema, jsonValueSchema } from './graph.ts';
import { jsonDepth } from '../json-depth.ts';
import { CYPHER_LIMITS } from './limits.ts';

const { queryLength: MAX_QUERY_LENGTH, paramsBytes: MAX_PARAMS_BYTES, paramsDepth: MAX_PARAMS_DEPTH } = CYPHER_LIMITS;

export const cypherParamsSchema = z
  .record(z.string(), jsonValueSchema)
  .superRefine((params, ctx) => {
    // Depth first: JSON.stringify on a very deep value would recurse before the size check.
    if (jsonDepth(params) > MAX_PARAMS_DEPTH) {
      ctx.addIssue({ code: 'custom', message: `must not nest deeper than ${MAX_PARAMS_DEPTH} levels` });
    } else if (new TextEncoder().encode(JSON.stringify(params)).length > MAX_PARAMS_BYTES) {
      ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_PARAMS_BYTES} bytes as JSON` });
    }
  })
  .describe('Query parameters by name ($name in the query); whole numbers are sent as Cypher integers');

export const cypherRequestSchema = z.strictObject({
  query: z.string().min(1).max(MAX_QUERY_LENGTH).describe('One read-only Cypher statement'),
  params: cypherParamsSchema.default({}),
  limit: z
    .number()
    .int()
    .min(1)
    .max(CYPHER_LIMITS.rows.max)
    .default(CYPHER_LIMITS.rows.default)
    .describe('Rows to return at most (the server may cap it lower); more rows set truncated'),
});

export const cypherResultSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), jsonValueSchema)).describe('One object per record, keyed by column; values are plain JSON'),
  graph: graphPayloadSchema.describe('Every node, relationship and path in the rows, plus the end nodes of returned relationships'),
  truncated: z.boolean().describe('True when the query had more rows than the limit'),
  summary: z.object({
    queryType: z.literal('r').describe('Always r: only read queries run'),
    ms: z.number().describe('Server-side time for the whole request, in milliseconds'),
  }),
});

export type CypherRequest = z.infer<typeof cypherRequestSchema>;
/** What a caller sends (params and limit have defaults). */
export type CypherRequestBody = z.input<typeof cypherRequestSchema>;
export type CypherResult = z.infer<typeof cypherResultSchema>;

/**
 * One operator of a query plan, as EXPLAIN gives it. The tree is sent flat, depth-first from the
 * root (index 0), each operator naming its children by index: a recursive schema would need a
 * $ref that the OpenAPI document cannot resolve.
 */
export const cypherPlanOperatorSchema = z.object({
  operator: z.string().describe('Operator name, e.g. NodeByLabelScan or Expand(All) (without the @database suffix)'),
  details: z.string().describe('What the operator does, in Neo4j’s words (empty when it says nothing)'),
  estimatedRows: z.number().nullable().describe('The planner’s estimate of the rows it produces (null when not given)'),
  identifiers: z.array(z.string()).describe('The variables it produces or carries'),
  depth: z.number().int().min(0).describe('How far below the root it sits (0: the root)'),
  children: z.array(z.number().int().min(0)).describe('Indexes of the operators that feed it rows'),
});
export type CypherPlanOperator = z.infer<typeof cypherPlanOperatorSchema>;

export const cypherExplainResultSchema = z.object({
  queryType: z.literal('r').describe('Always r: a plan is only shown for a read query'),
  plan: z.array(cypherPlanOperatorSchema).min(1).describe('Every operator, the root (ProduceResults) first; the query itself never ran'),
  summary: z.object({ ms: z.number().describe('Server-side time for the whole request, in milliseconds') }),
});
export type CypherExplainResult = z.infer<typeof cypherExplainResultSchema>;

/** GET /api/cypher/schema: what the console's autocomplete offers. */
export const cypherSchemaSchema = z.object({
  labels: z.array(z.string()).describe('Every node label in the database, sorted'),
  relationshipTypes: z.array(z.string()).describe('Every relationship type, sorted'),
  propertyKeys: z.array(z.string()).describe('Every property key, sorted'),
});
export type CypherSchema = z.infer<typeof cypherSchemaSchema>;
