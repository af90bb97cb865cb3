// Article ingestion's public API: an article's text and what is known of it in, a reviewable
// draft out (nodes and facts with their sentences, every item `proposed`). Offline and
// rule-based; the rules of each language live in ingest/lang/<code>/.
import { extractRequestSchema, type Draft, type ExtractRequest } from '../contract/ingest.ts';
import { extract } from './extract/extract.ts';
import type { LanguageRules } from './extract/rules.ts';
import { loadGazetteers } from './gazetteers/index.ts';
import { french } from './lang/fr/index.ts';

const RULES: Record<ExtractRequest['language'], LanguageRules> = { fr: french };

/** Extracts a draft from one article. The request is parsed with its schema (bad input throws a ZodError). */
export function extractDraft(request: ExtractRequest): Draft {
  const parsed = extractRequestSchema.parse(request);
  return extract(parsed, RULES[parsed.language], loadGazetteers());
}

export type { LanguageRules } from './extract/rules.ts';
export { splitSentences, type Sentence } from './extract/sentences.ts';
/** SHA-256 of an article's text (hex): its id ends with the first 8 characters; commits use it to spot a repeat. */
export { textHash } from './extract/article.ts';
