// The reviewable seed format (seed/articles.json + seed/graph.json) as zod schemas. The same
// schemas validate the synthetic data the generator writes, so both load through one path.
import { z } from 'zod';

/** Labels an entity node may carry; the only label strings ever spliced into Cypher. */
export const NODE_LABELS = ['Official', 'Organization', 'Prefecture', 'Region', 'Locality', 'Sector', 'Country', 'Event'] as const;
export const nodeLabelSchema = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof nodeLabelSchema>;

/** Relationship types, with their direction documented in the README's data model. */
export const REL_TYPES = [
  'MET_WITH',
  'REPRESENTS',
  'REQUESTED_COOPERATION_IN',
  'PART_OF',
  'LOCATED_IN',
  'PARTICIPATED_IN',
  'HELD_IN',
  'SUPPORTS',
  'INVESTS_IN',
] as const;
export const relTypeSchema = z.enum(REL_TYPES);
export type RelType = z.infer<typeof relTypeSchema>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, hyphens)');
const evidence = z.string().trim().min(10, 'must quote at least a clause of the article');
/** Neo4j properties are scalars or homogeneous lists: nested objects cannot be stored. */
const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);
const properties = z
  .record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'property names must be camelCase'), propertyValue)
  .default({});

export const articleSchema = z.strictObject({
  id: slug,
  file: z.string().regex(/^articles\/[^/]+\.txt$/, 'must be a file under seed/articles/'),
  title: z.string().min(1),
  titleSource: z.enum(['article', 'editorial']),
  language: z.string().regex(/^[a-z]{2}$/),
  published: z.strictObject({
    dateText: z.string().min(1),
    date: z.iso.date().nullable(),
    yearStated: z.boolean(),
    inferredDate: z.iso.date().optional(),
    inference: z.string().optional(),
  }),
});
export const articlesSchema = z.array(articleSchema).min(1);
export type ArticleMeta = z.infer<typeof articleSchema>;

export const mentionSchema = z.strictObject({ source: slug, evidence });

export const nodeSchema = z.strictObject({
  id: slug,
  label: nodeLabelSchema,
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  properties,
  mentions: z.array(mentionSchema).min(1, 'every node needs at least one mention with evidence'),
});
export type SeedNode = z.infer<typeof nodeSchema>;

export const relationshipSchema = z.strictObject({
  type: relTypeSchema,
  from: slug,
  to: slug,
  properties,
  source: slug,
  evidence,
});
export type SeedRelationship = z.infer<typeof relationshipSchema>;

export const graphSchema = z.strictObject({
  nodes: z.array(nodeSchema),
  relationships: z.array(relationshipSchema),
});
export type SeedGraph = z.infer<typeof graphSchema>;
