// GET /api/graph, /api/nodes/:id, /api/nodes/:id/neighbors, /api/paths: the graph payload
// every graph-returning endpoint uses (and the client renders), the requests and their limits.
import { z } from 'zod';
import { NODE_LABELS, REL_TYPES } from '../model.ts';
import { GRAPH_LIMITS } from './limits.ts';
import { countOf, csvOf, entityId, limitOf } from './params.ts';

export const jsonValueSchema: z.ZodType<unknown> = z.unknown();
export const propertiesSchema = z.record(z.string(), jsonValueSchema);

export const graphNodeSchema = z.object({
  id: z.string().describe('The seed slug (elementId for nodes that have no id property)'),
  label: z.string().describe('Primary label, e.g. Official or Sector'),
  name: z.string(),
  properties: propertiesSchema,
});

export const graphEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string().describe('Start node id'),
  target: z.string().describe('End node id'),
  properties: propertiesSchema.describe('Includes source (article id) and evidence (the sentence that states it)'),
});

export const graphPayloadSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  truncated: z.boolean().optional(),
});

export const nodeSummarySchema = graphNodeSchema.pick({ id: true, label: true, name: true });

export type Properties = z.infer<typeof propertiesSchema>;
export type GraphNode = z.infer<typeof graphNodeSchema>;
export type GraphEdge = z.infer<typeof graphEdgeSchema>;
export type GraphPayload = z.infer<typeof graphPayloadSchema>;
export type NodeSummary = z.infer<typeof nodeSummarySchema>;

const labels = csvOf(NODE_LABELS);
/** How far `skip` may page into one node's neighbours (beyond the largest hub we serve). */
export const NEIGHBOR_SKIP_MAX = 100_000;
const types = csvOf(REL_TYPES);

export const overviewQuerySchema = z.object({
  labels,
  types,
  limit: limitOf(GRAPH_LIMITS.overview),
  edges: countOf(GRAPH_LIMITS.overviewEdges.max)
    .optional()
    .describe(
      `The most relationships among the nodes to send (default ${GRAPH_LIMITS.overviewEdges.perNode} × limit): whole facts, the most cited first`,
    ),
});

/** GET /api/graph: a graph payload that also says how many relationships the nodes share. */
export const overviewPayloadSchema = graphPayloadSchema.extend({
  truncated: z.boolean().describe('True when more entities match than limit: the nodes are the best-connected ones'),
  relationshipsAmong: z.number().int().min(0).describe('Relationships between the nodes sent, before the edges cap'),
  edgesTruncated: z.boolean().describe('True when edges holds fewer than relationshipsAmong (capped by the edges parameter)'),
});
export type OverviewPayload = z.infer<typeof overviewPayloadSchema>;

export const nodeParamsSchema = z.object({ id: entityId });
export const nodeDetailsQuerySchema = z.object({ limit: limitOf(GRAPH_LIMITS.nodeRelationships) });

export const nodeRelationshipSchema = graphEdgeSchema.extend({ direction: z.enum(['out', 'in']), other: nodeSummarySchema });
export const nodeDetailsSchema = z.object({
  node: graphNodeSchema,
  relationships: z.array(nodeRelationshipSchema),
  truncated: z.boolean().describe('True when the node has more relationships than limit (a hub): the list is a sample of limit of them'),
});
export type NodeRelationship = z.infer<typeof nodeRelationshipSchema>;
export type NodeDetails = z.infer<typeof nodeDetailsSchema>;

export const neighborsQuerySchema = z.object({
  // The integer bounds are what the OpenAPI document shows (a union of literals behind a coercion shows only "number").
  depth: z.coerce
    .number()
    .int()
    .min(1)
    .max(2)
    .pipe(z.union([z.literal(1), z.literal(2)]))
    .default(1),
  types,
  labels,
  limit: limitOf(GRAPH_LIMITS.neighbors),
  skip: countOf(NEIGHBOR_SKIP_MAX)
    .default(0)
    .describe('Depth 1 only: neighbours to pass over, in the stable order (by id), to fetch the page after the cap; take it from `next`'),
});

/**
 * The neighbours' graph. At depth 1 `limit` counts neighbours in a stable order (by id) and
 * `next` is the `skip` of the following page (null on the last), so pages never overlap.
 */
export const neighborsPayloadSchema = graphPayloadSchema.extend({
  next: z
    .number()
    .int()
    .min(0)
    .nullable()
    .describe('The skip that fetches the next page of neighbours; null when this page is the last (always null at depth 2)'),
});
export type NeighborsPayload = z.infer<typeof neighborsPayloadSchema>;

/** GET /api/nodes/:id/neighbor-counts: what each kind of expansion would bring. */
export const neighborCountsSchema = z.object({
  neighbours: z.number().int().min(0).describe('Distinct neighbours (any type, any label)'),
  relationships: z.number().int().min(0).describe('Incident relationships, parallel citations counted apiece'),
  byType: z
    .array(z.object({ type: z.string(), neighbours: z.number().int().min(0), relationships: z.number().int().min(0) }))
    .describe('Per relationship type, most neighbours first'),
  byLabel: z
    .array(z.object({ label: z.string(), neighbours: z.number().int().min(0) }))
    .describe('Per neighbour label (a node with two labels counts under each), most neighbours first'),
});
export type NeighborCounts = z.infer<typeof neighborCountsSchema>;

export const pathsQuerySchema = z.object({
  from: entityId,
  to: entityId,
  maxHops: z.coerce.number().int().min(1).max(GRAPH_LIMITS.pathHops.max).default(GRAPH_LIMITS.pathHops.default),
  limit: limitOf(GRAPH_LIMITS.paths),
});
export const pathsResponseSchema = z.object({ paths: z.array(graphPayloadSchema) });
export type PathsResponse = z.infer<typeof pathsResponseSchema>;
