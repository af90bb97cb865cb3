// Article ingestion's contract: what extraction is given, the draft it returns (the dataset
// format plus a review block on every item) and what a commit sends back. The extractor, the
// API, the command line, the review screen and the quality benchmark all speak these shapes.
import { z } from 'zod';
import { datasetArticleSchema, nodeSchema, relationshipSchema } from './dataset.ts';
import { nodeLabelSchema } from './model.ts';

/** Longest article text accepted (characters); longer gets 413. */
export const MAX_ARTICLE_CHARS = 200_000;

/** Languages with an extraction rule set (ingest/lang/<code>/). */
export const INGEST_LANGUAGES = ['fr'] as const;
export const ingestLanguageSchema = z.enum(INGEST_LANGUAGES);

const articleText = z
  .string()
  .refine((t) => t.trim().length > 0, 'must not be empty or only white space')
  .describe(`The article's text; more than ${MAX_ARTICLE_CHARS} characters is refused with 413`);

const knownMetadata = {
  title: z.string().trim().min(1).max(500).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
  /** Publication date (YYYY-MM-DD) when known: relative dates ("le 17 décembre") resolve against it. */
  publishedDate: z.iso.date().optional(),
  language: ingestLanguageSchema.default('fr'),
};

/** What is known of an article before extraction; the text is required, the rest optional. */
export const extractRequestSchema = z.strictObject({ text: articleText, ...knownMetadata });
export type ExtractRequest = z.infer<typeof extractRequestSchema>;

/**
 * POST /api/ingest/extract as JSON: the text, or an HTML page whose main text is read (a raw
 * text/plain or text/html upload becomes one of these, its metadata in the query string).
 */
export const extractBodySchema = z
  .strictObject({
    text: articleText.optional(),
    html: z.string().min(1).optional().describe('An article page; its main text is extracted'),
    ...knownMetadata,
  })
  .refine((b) => (b.text === undefined) !== (b.html === undefined), 'give either text or html, not both');
export type ExtractBody = z.infer<typeof extractBodySchema>;

/** [start, end) character offsets into the article text. */
export const spanSchema = z
  .strictObject({ start: z.int().min(0), end: z.int().min(0) })
  .refine((s) => s.end > s.start, 'end must be after start');
export type Span = z.infer<typeof spanSchema>;

export const reviewStatusSchema = z.enum(['proposed', 'accepted', 'rejected']);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

/** An existing node a draft node resolves to, and why (the reason is shown to the reviewer). */
export const entityMatchSchema = z.strictObject({
  existingId: z.string().min(1),
  /** The existing node's name, for the reviewer (absent in drafts saved before it was added: show the id then). */
  existingName: z.string().min(1).optional(),
  reason: z.string().min(1),
  score: z.number().min(0).max(1),
});
export type EntityMatch = z.infer<typeof entityMatchSchema>;

/** A possible match that was not proposed (ambiguous, or below the bar). */
export const entityCandidateSchema = entityMatchSchema.extend({ name: z.string(), label: nodeLabelSchema });
export type EntityCandidate = z.infer<typeof entityCandidateSchema>;

const reviewBase = {
  status: reviewStatusSchema,
  confidence: z.number().min(0).max(1),
  /** Where the item is stated: mentions of a node, the evidence sentence of a fact. */
  spans: z.array(spanSchema),
  /** How the extractor got there (the rule or pattern), for the reviewer. */
  rule: z.string().optional(),
};

export const nodeReviewSchema = z.strictObject({
  ...reviewBase,
  /** The existing node this one merges into on commit; null: a new node. */
  match: entityMatchSchema.nullable(),
  candidates: z.array(entityCandidateSchema).default([]),
});

export const relationshipReviewSchema = z.strictObject(reviewBase);

export const draftNodeSchema = nodeSchema.extend({ review: nodeReviewSchema });
export type DraftNode = z.infer<typeof draftNodeSchema>;

export const draftRelationshipSchema = relationshipSchema.extend({ review: relationshipReviewSchema });
export type DraftRelationship = z.infer<typeof draftRelationshipSchema>;

/**
 * A draft: one article (text inline) and what was extracted from it, in the dataset format.
 * Node ids are the draft's own slugs; a node whose `review.match` is set is merged into the
 * existing node on commit (its relationships are re-pointed there). Only accepted items are
 * written: proposed and rejected ones, and facts touching a node not written, are left out.
 */
export const draftSchema = z.strictObject({
  articles: z.array(datasetArticleSchema).length(1, 'a draft holds exactly one article'),
  nodes: z.array(draftNodeSchema),
  relationships: z.array(draftRelationshipSchema),
});
export type Draft = z.infer<typeof draftSchema>;

/** What a commit wrote: the article and the counts, and the bookmark a read can wait for. */
export const commitResponseSchema = z.object({
  articleId: z.string(),
  created: z.object({ nodes: z.int(), relationships: z.int() }),
  merged: z.object({ nodes: z.int().describe('Existing nodes that gained this article as a mention') }),
  /** Ids of the new nodes that had to be renamed because another node already had their id. */
  renamed: z.record(z.string(), z.string()),
  bookmarks: z
    .array(z.string())
    .describe('Neo4j bookmarks of the commit: send them back as X-Neo4j-Bookmark to read your own write on a cluster'),
});
export type CommitResponse = z.infer<typeof commitResponseSchema>;

/** What retracting an article removed. */
export const retractResponseSchema = z.object({
  articleId: z.string(),
  removed: z.object({ relationships: z.int(), nodes: z.int(), mentions: z.int() }),
});
export type RetractResponse = z.infer<typeof retractResponseSchema>;

/** POST /api/ingest/fetch: an article page to read. */
export const fetchRequestSchema = z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(2000) });

/** The page's main text and what it says of itself, ready to be sent to extraction. */
export const fetchResponseSchema = z.object({
  url: z.string().describe('The URL finally read (after redirects)'),
  text: z.string(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  publishedDate: z.string().optional(),
  language: z.string().optional(),
});
export type FetchResponse = z.infer<typeof fetchResponseSchema>;
