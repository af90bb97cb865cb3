// Sectors of the text: the lexicon's forms, plus adjectives coordinated after a sector noun
// ("la coopération économique, culturelle et touristique" names three sectors, but only
// "coopération économique" is a form): each adjective is looked up with the noun.
import type { Gazetteers, SectorMention } from '../gazetteers/index.ts';
import type { Lexicon } from './lexicon.ts';
import { alternation } from './patterns.ts';

const cache = new WeakMap<Lexicon, RegExp>();

export function findSectors(text: string, lex: Lexicon, gazetteers: Gazetteers): SectorMention[] {
  // Every word capitalised, not opening the sentence: a name ("Trần Quốc Phong" folds to the
  // Vietnamese "quốc phòng", defence; "Ministère de l'Investissement"), not a field.
  const found = gazetteers.matchSectors(text).filter((s) => s.start === 0 || !s.surface.split(/[\s'’-]+/).every((w) => /^\p{Lu}/u.test(w)));
  let pattern = cache.get(lex);
  if (!pattern) {
    const adjective = "\\p{Ll}[\\p{Ll}\\p{M}'’-]+";
    pattern = new RegExp(
      `(?<![\\p{L}])(${alternation(lex.rules.sectorNouns)})\\s+${adjective}(?:(?:\\s*,\\s*|\\s+et\\s+|\\s+)${adjective})+`,
      'giu',
    );
    cache.set(lex, pattern);
  }
  for (const m of text.matchAll(pattern)) {
    const noun = m[1]!;
    for (const word of m[0].slice(noun.length).matchAll(/[\p{Ll}\p{M}'’-]+/gu)) {
      const start = m.index + noun.length + word.index;
      const end = start + word[0].length;
      if (found.some((s) => s.start < end && s.end > start)) continue;
      const sector = gazetteers.sectorByName(`${noun} ${word[0]}`);
      if (!sector) continue;
      found.push({ start, end, surface: word[0], form: `${noun} ${word[0]}`, sector });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
