// The graph payload every graph-returning endpoint uses (and the client renders).
import { z } from 'zod';

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

export type GraphNode = z.infer<typeof graphNodeSchema>;
export type GraphEdge = z.infer<typeof graphEdgeSchema>;
export type GraphPayload = z.infer<typeof graphPayloadSchema>;
export type NodeSummary = z.infer<typeof nodeSummarySchema>;
