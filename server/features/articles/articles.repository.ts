// Data access for the source articles; driver types do not leave this file.
import type { Node } from 'neo4j-driver';
import type { Article } from '../../../contract/api/articles.ts';
import { articleSchema } from '../../../contract/api/articles.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';
import { plainProperties } from '../../db/records.ts';

type ArticleRecord = { article: Node };

/** Optional article properties are absent on the node; the API says null. */
function toArticle(node: Node): Article {
  const p = plainProperties(node.properties);
  return articleSchema.parse({
    ...p,
    date: p.date ?? null,
    inferredDate: p.inferredDate ?? null,
    inference: p.inference ?? null,
    url: p.url ?? null,
    outlet: p.outlet ?? null,
    addedAt: p.addedAt ?? null,
  });
}

export class ArticlesRepository {
  constructor(private readonly db: ReadTarget) {}

  async list(): Promise<Article[]> {
    const { records } = await readQuery<ArticleRecord>(this.db, 'list-articles');
    return records.map((r) => toArticle(r.get('article')));
  }

  async byId(id: string): Promise<Article | null> {
    const { records } = await readQuery<ArticleRecord>(this.db, 'article-by-id', { id });
    return records[0] ? toArticle(records[0].get('article')) : null;
  }
}
