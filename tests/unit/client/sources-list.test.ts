// The Sources list's order: by date (stated, else inferred) or by when the article was added,
// either way round; what has no value for the key (undated; the curated seed) goes last.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../contract/api/articles.ts';
import { sortSources, type SourceRow } from '../../../client/src/components/sources/article-list.ts';

const article = (id: string, over: Partial<ArticleSummary>): SourceRow => ({
  facts: 1,
  article: {
    id,
    title: id,
    titleSource: 'editorial',
    language: 'fr',
    dateText: '',
    date: null,
    inferredDate: null,
    inference: null,
    url: null,
    outlet: null,
    addedAt: null,
    characters: 1,
    ...over,
  },
});

const rows = [
  article('stated-2024', { date: '2024-04-02', addedAt: '2026-11-30T10:00:00.000Z' }),
  article('inferred-2025', { inferredDate: '2025-03-05' }),
  article('undated', { addedAt: '2026-12-01T08:00:00.000Z' }),
  article('inferred-2023', { inferredDate: '2023-11-25' }),
];
const ids = (r: SourceRow[]) => r.map((x) => x.article.id);

describe('sortSources', () => {
  it('sorts by the stated or inferred date, newest or oldest first, undated last', () => {
    expect(ids(sortSources(rows, { key: 'date', descending: true }))).toEqual(['inferred-2025', 'stated-2024', 'inferred-2023', 'undated']);
    expect(ids(sortSources(rows, { key: 'date', descending: false }))).toEqual([
      'inferred-2023',
      'stated-2024',
      'inferred-2025',
      'undated',
    ]);
  });

  it('sorts by when it was added, the curated seed last (by title), without changing its input', () => {
    const before = ids(rows);
    expect(ids(sortSources(rows, { key: 'added', descending: true }))).toEqual([
      'undated',
      'stated-2024',
      'inferred-2023',
      'inferred-2025',
    ]);
    expect(ids(sortSources(rows, { key: 'added', descending: false }))).toEqual([
      'stated-2024',
      'undated',
      'inferred-2023',
      'inferred-2025',
    ]);
    expect(ids(rows)).toEqual(before);
  });
});
