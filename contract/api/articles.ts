// GET /api/articles and /api/articles/:id: the source documents every fact cites.
import { z } from 'zod';

export const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleSource: z.enum(['article', 'editorial']),
  language: z.string(),
  dateText: z.string(),
  date: z.string().nullable().describe('Publication date when the text states the year; null otherwise'),
  inferredDate: z.string().nullable(),
  inference: z.string().nullable().describe('Why inferredDate was inferred'),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  addedAt: z.string().nullable().describe('When the article was ingested (ISO time); null for the curated seed'),
  text: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

/** An article in a list: everything but its text (a list of many articles would carry megabytes; one article's text is at /api/articles/:id). */
export type ArticleMetadata = Omit<Article, 'text'>;
export const articleSummarySchema = articleSchema.omit({ text: true }).extend({
  characters: z.number().int().nonnegative().describe('Length of the text, in characters'),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleParamsSchema = z.object({ id: z.string().min(1).max(200) });
export const articlesResponseSchema = z.object({ articles: z.array(articleSummarySchema) });
export type ArticlesResponse = z.infer<typeof articlesResponseSchema>;
