// POST /api/cypher: the request (bounded before it reaches Neo4j) and the result.
import { z } from 'zod';
import { graphPayloadSchema, jsonValueSchema } from '../../../contract/api/graph.ts';

export const MAX_QUERY_LENGTH = 10_000;
export const MAX_PARAMS_BYTES = 16 * 1024;
/** Deeper nesting is no use in a query parameter and only costs stack while it is converted. */
export const MAX_PARAMS_DEPTH = 32;
export const MAX_LIMIT = 10_000;
export const DEFAULT_LIMIT = 1_000;

/** How many arrays/objects nest in a JSON value, counted without recursion (a 64 KB body can nest thousands deep). */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, outer] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    max = Math.max(max, outer + 1);
    for (const child of Object.values(v)) stack.push([child, outer + 1]);
  }
  return max;
}

export const cypherParamsSchema = z
  .record(z.string(), jsonValueSchema)
  .superRefine((params, ctx) => {
    // Depth first: JSON.stringify on a very deep value would recurse before the size check.
    if (jsonDepth(params) > MAX_PARAMS_DEPTH) {
      ctx.addIssue({ code: 'custom', message: `must not nest deeper than ${MAX_PARAMS_DEPTH} levels` });
    } else if (Buffer.byteLength(JSON.stringify(params)) > MAX_PARAMS_BYTES) {
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
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
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
export type CypherResult = z.infer<typeof cypherResultSchema>;
