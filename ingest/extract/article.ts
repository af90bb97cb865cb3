// The draft's article: id (slug of the title + the first 8 hex characters of the text's
// SHA-256, so the same text always gets the same id), title (given, or the text's first line),
// and the publication date (given, or the first date the text states, with its inference).
import { createHash } from 'node:crypto';
import type { ExtractRequest } from '../../contract/ingest.ts';
import type { DatasetArticle } from '../../contract/dataset.ts';
import { slugify } from '../../contract/text.ts';
import type { ResolvedDate } from './dates.ts';
import type { Sentence } from './sentences.ts';

/** Longest title slug kept in the id (cut at a word), so ids stay readable in URLs. */
const MAX_SLUG = 80;
/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_LINE = 250;

/** The SHA-256 of an article's text (NFC): its id's suffix, and how a commit knows the same text twice. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}

function titleOf(request: ExtractRequest, sentences: readonly Sentence[]): { title: string; source: 'article' | 'editorial' } {
  if (request.title) return { title: request.title, source: 'editorial' };
  const firstLine = request.text.trim().split(/\r?\n/, 1)[0]!.trim();
  if (firstLine.length <= MAX_TITLE_LINE) return { title: firstLine, source: 'article' };
  return { title: sentences[0]?.text.slice(0, MAX_TITLE_LINE) ?? firstLine.slice(0, MAX_TITLE_LINE), source: 'article' };
}

export function articleId(title: string, text: string): string {
  let slug = slugify(title);
  if (slug.length > MAX_SLUG) slug = slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '');
  return `${slug || 'article'}-${textHash(text).slice(0, 8)}`;
}

export function buildArticle(request: ExtractRequest, sentences: readonly Sentence[], firstDate: ResolvedDate | undefined): DatasetArticle {
  const { title, source } = titleOf(request, sentences);
  const published: DatasetArticle['published'] = request.publishedDate
    ? {
        dateText: request.publishedDate,
        date: request.publishedDate,
        yearStated: true,
        inference: 'Publication date given with the article.',
      }
    : firstDate
      ? { ...firstDate }
      : { dateText: 'unknown', date: null, yearStated: false, inference: 'No publication date was given and the text states no date.' };
  return {
    id: articleId(title, request.text),
    title,
    titleSource: source,
    language: request.language,
    published,
    ...(request.url ? { url: request.url } : {}),
    ...(request.outlet ? { outlet: request.outlet } : {}),
    text: request.text,
  };
}
