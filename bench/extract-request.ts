// A dataset article as the extraction endpoint receives it (text, title, where and when it was
// published), for the benchmarks that extract stored articles again.
import type { ExtractRequest } from '../contract/ingest.ts';
import type { LoadableArticle } from '../seed/dataset.ts';

export const extractRequestOf = (article: LoadableArticle): ExtractRequest => ({
  text: article.text,
  title: article.title,
  ...(article.url ? { url: article.url } : {}),
  ...(article.outlet ? { outlet: article.outlet } : {}),
  ...(article.published.date ? { publishedDate: article.published.date } : {}),
  language: 'fr',
});
