// The dataset format as zod schemas: the reviewable seed folder (seed/articles.json +
// seed/graph.json), the synthetic data the generator writes and the drafts article ingestion
// builds in memory all parse with these, so every dataset loads through one path.
import { z } from 'zod';
import { nodeLabelSchema, relTypeSchema } from './model.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, hyphens)');
const evidence = z.string().trim().min(10, 'must quote at least a clause of the article');
/** Neo4j properties are scalars or homogeneous lists: nested objects cannot be stored. */
const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);
const properties = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'property names must be camelCase'), propertyValue).default({});

/** What is known of an article besides its text. */
export const articleMetaSchema = z.strictObject({
  id: slug,
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
  url: z.url({ protocol: /^https?$/ }).optional(),
  outlet: z.string().min(1).optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** An article in the seed folder: its text is a file beside articles.json. */
export const articleSchema = articleMetaSchema.extend({
  file: z.string().regex(/^articles\/[^/]+\.txt$/, 'must be a file under seed/articles/'),
});
export const articlesSchema = z.array(articleSchema).min(1);
export type SeedArticle = z.infer<typeof articleSchema>;

/** An article held in memory (a draft from ingestion, or a seed article once its file is read). */
export const datasetArticleSchema = articleMetaSchema.extend({ text: z.string().min(1) });
export type DatasetArticle = z.infer<typeof datasetArticleSchema>;

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
