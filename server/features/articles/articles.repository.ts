// Data access for the source articles; driver types do not leave this file.
import type { Node } from 'neo4j-driver';
import type { Article, ArticleSummary } from '../../../contract/api/articles.ts';
import { articleSchema, articleSummarySchema } from '../../../contract/api/articles.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';
import { plainProperties } from '../../db/records.ts';

type ArticleRecord = { article: Node };
type SummaryRecord = { article: Record<string, unknown> };

/** Optional article properties are absent on the node; the API says null. */
const withNulls = (p: Record<string, unknown>) => ({
  ...p,
  date: p.date ?? null,
  inferredDate: p.inferredDate ?? null,
  inference: p.inference ?? null,
  url: p.url ?? null,
  outlet: p.outlet ?? null,
  addedAt: p.addedAt ?? null,
});

export class ArticlesRepository {
  constructor(private readonly db: ReadTarget) {}

  async list(): Promise<ArticleSummary[]> {
    const { records } = await readQuery<SummaryRecord>(this.db, 'list-articles');
    return records.map((r) => {
      const { text: _text, ...p } = plainProperties(r.get('article'));
      return articleSummarySchema.parse(withNulls(p));
    });
  }

  async byId(id: string): Promise<Article | null> {
    const { records } = await readQuery<ArticleRecord>(this.db, 'article-by-id', { id });
    return records[0] ? articleSchema.parse(withNulls(plainProperties(records[0].get('article').properties))) : null;
  }
}
