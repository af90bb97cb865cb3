// Articles are fetched once each and shared by every evidence card that cites them.
import { api } from '../api.ts';
import type { Article } from '../../../contract/api/articles.ts';

const cache = new Map<string, Promise<Article>>();

export function getArticle(id: string): Promise<Article> {
  let p = cache.get(id);
  if (!p) {
    p = api.article(id);
    cache.set(id, p);
    // A failure is not cached: the next card asks again (e.g. after the API recovers).
    p.catch(() => cache.delete(id));
  }
  return p;
}
