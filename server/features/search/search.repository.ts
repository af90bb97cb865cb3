// Data access for full-text search; the Lucene query is built from escaped terms (lucene.ts).
import type { NodeLabel } from '../../../contract/model.ts';
import type { SearchResult } from '../../../contract/api/search.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';
import { buildLuceneQuery } from '../../../db/lucene.ts';

type SearchRecord = { id: string; label: string; name: string; score: number };

export class SearchRepository {
  constructor(private readonly db: ReadTarget) {}

  async search(text: string, labels: NodeLabel[], limit: number): Promise<SearchResult[]> {
    const lucene = buildLuceneQuery(text);
    if (!lucene) return [];
    const { records } = await readQuery<SearchRecord>(this.db, 'search-entities', { query: lucene, labels, limit });
    return records.map((r) => ({ id: r.get('id'), label: r.get('label'), name: r.get('name'), score: r.get('score') }));
  }
}
