// Extraction as the API and the command line run it: the article's text (plain, or the main
// text of an HTML page) → the rule-based draft → its entities resolved against the nodes
// already in Neo4j (fetched by the draft's ids and names). Nothing is written here.
import type { Draft, ExtractRequest } from '../../../contract/ingest.ts';
import { MAX_ARTICLE_CHARS } from '../../../contract/ingest.ts';
import { articleFromHtml } from '../../../ingest/html.ts';
import { extractDraft } from '../../../ingest/index.ts';
import { resolveDraft } from '../../../ingest/resolve/draft.ts';
import { candidateTerms } from '../../../ingest/resolve/index.ts';
import { AppError } from '../../http/app-error.ts';
import type { IngestRepository } from './ingest.repository.ts';

export class IngestService {
  constructor(private readonly repo: IngestRepository) {}

  async extract(request: ExtractRequest): Promise<Draft> {
    if (request.text.length > MAX_ARTICLE_CHARS) {
      throw new AppError(
        413,
        'PAYLOAD_TOO_LARGE',
        `The article has ${request.text.length} characters; at most ${MAX_ARTICLE_CHARS} are extracted`,
      );
    }
    const draft = extractDraft(request);
    const known = await this.repo.candidates(
      draft.nodes.map((n) => n.id),
      draft.nodes.flatMap((n) => candidateTerms(n)),
    );
    return resolveDraft(draft, known);
  }
}

/** An uploaded or fetched page's text and metadata as an extraction request (the caller's fields win). */
export function requestFromHtml(html: string, given: Omit<ExtractRequest, 'text'>): ExtractRequest {
  const page = articleFromHtml(html);
  if (!page.text.trim()) throw new AppError(422, 'INVALID_BODY', 'No article text found in the HTML');
  return {
    text: page.text,
    title: given.title ?? page.title,
    url: given.url,
    outlet: given.outlet ?? page.outlet,
    publishedDate: given.publishedDate ?? page.publishedDate,
    language: given.language,
  };
}
