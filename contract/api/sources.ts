// GET /api/articles/:id/facts and /api/facts/by-article: what each source article contributes to
// the graph, for the Sources tab (its list, the facts highlighted in an article, and what
// retracting one would take away).
import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema, nodeSummarySchema } from './graph.ts';

export const articleFactsSchema = z.object({
  articleId: z.string(),
  nodes: z.array(graphNodeSchema).describe('The ends of its relationships'),
  edges: z.array(graphEdgeSchema).describe('Every relationship whose source is the article: one per fact and sentence'),
  mentioned: z.int().describe('How many nodes the article mentions'),
  orphans: z
    .array(nodeSummarySchema)
    .describe('The nodes retracting the article would delete: nothing else mentions them or states a relationship of theirs'),
});
export type ArticleFacts = z.infer<typeof articleFactsSchema>;

export const articleFactCountSchema = z.object({
  id: z.string().describe('Article id'),
  facts: z.int().describe('Distinct facts: relationships of one type between the same two nodes count once'),
  relationships: z.int().describe('Relationships: one per fact and sentence'),
});
export type ArticleFactCount = z.infer<typeof articleFactCountSchema>;

export const articleFactCountsSchema = z.object({
  articles: z.array(articleFactCountSchema).describe('Articles that state at least one fact'),
});
export type ArticleFactCounts = z.infer<typeof articleFactCountsSchema>;
