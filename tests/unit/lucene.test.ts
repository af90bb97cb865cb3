import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../contract/text.ts';
import { buildLuceneQuery, searchTerms } from '../../db/lucene.ts';

describe('search query building', () => {
  it('folds Vietnamese diacritics, including đ', () => {
    expect(foldDiacritics('Phạm Minh Chính')).toBe('Pham Minh Chinh');
    expect(foldDiacritics('Quảng Ninh, Đà Nẵng')).toBe('Quang Ninh, Da Nang');
  });

  it('matches every term and the last one as a prefix', () => {
    expect(buildLuceneQuery('pham minh chinh')).toBe('pham AND minh AND (chinh OR chinh*)');
    expect(buildLuceneQuery('  Kyu ')).toBe('(kyu OR kyu*)');
  });

  it('drops Lucene syntax so it cannot change the query', () => {
    expect(searchTerms('name:kyushu AND (x OR y)~2 "quoted" \\ *')).toEqual(['name', 'kyushu', 'and', 'x', 'or', 'y', '2', 'quoted']);
    expect(buildLuceneQuery('"([*?')).toBeNull();
  });

  it('keeps Japanese script as terms', () => {
    expect(searchTerms('九州 経済')).toEqual(['九州', '経済']);
  });

  it('only ever emits letters, digits, spaces, parentheses, stars and AND/OR', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (input) => {
        const q = buildLuceneQuery(input);
        if (q !== null) expect(q.replace(/ (AND|OR) /g, ' ')).toMatch(/^[\p{L}\p{N} ()*]+$/u);
      }),
    );
  });
});
