// Name keys for comparing entities: folded (case, diacritics, đ, punctuation), with a person's
// titles and honorifics stripped ("M. Yamamoto Ichita" → yamamoto ichita), order-free for name
// order ("Ichita Yamamoto"), and Japanese romanisation folded (Ohmura, Oomura, Ōmura → omura);
// other names without a leading French article ("l'Agence japonaise…" = "Agence japonaise…").
import { foldName } from '../gazetteers/index.ts';

export interface NameKey {
  /** The name as written. */
  text: string;
  /** Folded, punctuation as spaces: "bui thanh son". */
  folded: string;
  tokens: string[];
  /** Tokens sorted: equal for "Yamamoto Ichita" and "Ichita Yamamoto". */
  sorted: string;
  /** Sorted tokens with Japanese long vowels folded: equal for "Ohmura Hideaki" and "Omura Hideaki". */
  romanised: string;
}

/**
 * Titles and honorifics that may precede a person's name in an alias (folded). Longest first,
 * so "vice premier ministre" is stripped whole. Vietnamese titles are matched as phrases only:
 * "Thu" and "Chu" alone are given and family names.
 */
const TITLES = [
  'vice premier ministre',
  'premier ministre',
  'deputy prime minister',
  'prime minister',
  'pho thu tuong',
  'thu tuong',
  'chu tich',
  'vice gouverneur',
  'gouverneur adjoint',
  'gouverneur',
  'vice governor',
  'governor',
  'presidente',
  'president',
  'chairwoman',
  'chairman',
  'ministre',
  'minister',
  'ambassadeur',
  'ambassadrice',
  'ambassador',
  'maire',
  'mayor',
  'monsieur',
  'madame',
  'mme',
  'mlle',
  'mrs',
  'mr',
  'ms',
  'dr',
  'm',
  'le',
  'la',
];
const TITLE_RE = new RegExp(`^(?:(?:${TITLES.join('|')}) )+`);
const PUNCTUATION = /[.,;:!?'"«»“”()[\]{}/\\・·]/gu;

function tokensOf(folded: string): string[] {
  return folded.split(' ').filter((t) => t.length > 0);
}

/** Japanese long vowels as one vowel: ō/oo/ou/oh → o, ū/uu → u (ō is already o once folded). */
export function foldRomanisation(token: string): string {
  return token
    .replace(/oh(?![aeiouy])/g, 'o')
    .replace(/o[ou]/g, 'o')
    .replace(/uu/g, 'u');
}

/** A comparable key for a name; `person` strips leading titles and honorifics. */
export function nameKey(text: string, person: boolean): NameKey {
  let folded = foldName(text).replace(PUNCTUATION, ' ').replace(/ +/g, ' ').trim();
  if (person) folded = folded.replace(TITLE_RE, '').replace(/ (san|sama)$/, '') || folded;
  else folded = folded.replace(/^(?:le|la|les|l) /, '') || folded;
  const tokens = tokensOf(folded);
  const sorted = [...tokens].sort().join(' ');
  const romanised = tokens.map(foldRomanisation).sort().join(' ');
  return { text, folded, tokens, sorted, romanised };
}

/** Keys for a name and its aliases, without empty or repeated ones. */
export function nameKeys(names: string[], person: boolean): NameKey[] {
  const seen = new Set<string>();
  const keys: NameKey[] = [];
  for (const name of names) {
    const key = nameKey(name, person);
    if (key.folded === '' || seen.has(key.folded)) continue;
    seen.add(key.folded);
    keys.push(key);
  }
  return keys;
}

/** How two names that fold equal differ, for the reviewer. */
export function foldedDifference(a: string, b: string): string {
  if (a === b) return 'same name';
  if (a.toLowerCase() === b.toLowerCase()) return 'same name up to case';
  if (foldName(a) === foldName(b)) return 'same name without diacritics';
  return 'same name once titles, case, diacritics and punctuation are folded';
}
