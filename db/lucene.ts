// Turns what a user types into a safe Lucene query for the full-text index. Input is cut into
// terms of letters and digits only, so no Lucene syntax (quotes, wildcards, field names,
// operators, brackets, escapes) survives to break or change the query; terms are folded (lower
// case, no diacritics, đ → d, as the index's 'standard-folding' analyzer does on its side), and
// the last term also matches as a prefix so results come while typing ("kyu" → Kyushu).

import { foldDiacritics } from '../contract/text.ts';

const MAX_TERMS = 8;

/** The searchable terms of an input: folded, lower-cased runs of letters and digits. */
export function searchTerms(input: string): string[] {
  return foldDiacritics(input)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, MAX_TERMS);
}

/**
 * `pham minh chinh` → `pham AND minh AND (chinh OR chinh*)`. Returns null when nothing
 * searchable is left (e.g. input made only of punctuation). Lower-case `and`/`or`/`not` are
 * plain terms to Lucene, never operators.
 */
export function buildLuceneQuery(input: string): string | null {
  const terms = searchTerms(input);
  if (terms.length === 0) return null;
  // Exact and prefix both match; an exact match scores higher because both clauses hit.
  return terms.map((term, i) => (i === terms.length - 1 ? `(${term} OR ${term}*)` : term)).join(' AND ');
}
