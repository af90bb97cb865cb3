// Folding for matching: lower case, no diacritics (đ → d, œ → oe), one kind of apostrophe,
// dashes and white space runs as one space. Done code point by code point so every folded
// character keeps the [start, end) of the original text it came from: NFD on the whole text
// would shift offsets, and mentions must slice the original text exactly.
import { foldDiacritics } from '../../contract/text.ts';

export interface FoldedText {
  /** The folded text. */
  text: string;
  /** For each UTF-16 unit of `text`, where its source starts in the original. */
  starts: number[];
  /** For each UTF-16 unit of `text`, where its source ends in the original. */
  ends: number[];
}

const SPACE = /[\s\u00a0\u202f\u2000-\u200b\u2010-\u2015\u2212-]/u;
const APOSTROPHE = /[\u2018\u2019\u02bc`\u00b4]/u;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

const cache = new Map<string, string>();

function foldCodePoint(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (SPACE.test(ch)) out = ' ';
  else if (APOSTROPHE.test(ch)) out = "'";
  else {
    const lower = foldDiacritics(ch).toLowerCase();
    out = foldDiacritics(lower).replace(/[œæß]/g, (l) => LIGATURES[l] ?? l);
  }
  if (cache.size < 10_000) cache.set(ch, out);
  return out;
}

/** Folds `text` keeping, for every folded unit, the original offsets it came from. */
export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  let lastIsSpace = false;
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    const folded = foldCodePoint(ch);
    if (folded === '') {
      // A combining mark of decomposed input belongs to the letter before it.
      if (ends.length > 0) ends[ends.length - 1] = i;
      continue;
    }
    // Tracked, not read back with out.endsWith(): reading the string being built flattens it
    // on every character, which made folding quadratic (a 200 KB article took ~2 s).
    if (folded === ' ' && (parts.length === 0 || lastIsSpace)) {
      if (parts.length > 0) ends[ends.length - 1] = i;
      continue;
    }
    for (let k = 0; k < folded.length; k++) {
      starts.push(start);
      ends.push(i);
    }
    parts.push(folded);
    lastIsSpace = folded.endsWith(' ');
  }
  return { text: parts.join(''), starts, ends };
}

/** The folded form of a name, for comparing names (no offsets). */
export function foldName(text: string): string {
  return foldWithOffsets(text).text.trim();
}
