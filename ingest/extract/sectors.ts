// Sectors of the text: the lexicon's forms, plus adjectives coordinated after a sector noun
// ("la coopération économique, culturelle et touristique" names three sectors, but only
// "coopération économique" is a form): each adjective is looked up with the noun.
import type { Gazetteers, SectorMention } from '../gazetteers/index.ts';
import type { Lexicon } from './lexicon.ts';

const lastWord = (phrase: string): string =>
  phrase
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s'’-]+/)
    .pop() ?? '';
const isAcronymForm = (s: SectorMention): boolean => /^\p{Lu}{2,}$/u.test(s.surface) && s.form === s.surface;
const participle = (word: string): boolean => /é(?:e|s|es)?$/u.test(word);

export function findSectors(text: string, lex: Lexicon, gazetteers: Gazetteers): SectorMention[] {
  // Every word capitalised, not opening the sentence: a name ("Trần Quốc Phong" folds to the
  // Vietnamese "quốc phòng", defence; "Ministère de l'Investissement"), not a field.
  const found = gazetteers
    .matchSectors(text)
    // An acronym the lexicon writes in capitals ("APD", "TIC") is the field itself, not a name.
    .filter((s) => s.start === 0 || !s.surface.split(/[\s'’-]+/).every((w) => /^\p{Lu}/u.test(w)) || isAcronymForm(s))
    // Matching folds accents, so a participle reads as a noun ("projets financés" as "finances"):
    // a word ending in "é(e)(s)" is the form only when the form is written so.
    .filter((s) => !participle(lastWord(s.surface)) || participle(lastWord(s.form)));
  for (const m of text.matchAll(lex.coordinatedSectors)) {
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
  // "les services concernés": no field, whatever its words.
  const notSectors = [...text.matchAll(lex.notSectors)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const s of found.filter((x) => notSectors.some(([a, b]) => x.start < b && x.end > a))) found.splice(found.indexOf(s), 1);
  // "l'industrie du tourisme", "l'industrie textile": the broad word only heads the field after it.
  const headsAnother = (s: SectorMention) => {
    if (!lex.broadSectorWords.has(s.surface.normalize('NFC').toLowerCase())) return false;
    const link = lex.broadSectorLink.exec(text.slice(s.end))?.[0].length ?? 0;
    return link > 0 && found.some((o) => o !== s && o.start === s.end + link);
  };
  for (const s of found.filter(headsAnother)) found.splice(found.indexOf(s), 1);
  // "la construction de stations d'épuration": the act of building, what is built being the field if any.
  const acts = (s: SectorMention) =>
    lex.actionSectorWords.has(s.surface.normalize('NFC').toLowerCase()) && /^\s+(?:de|du|des|d['’])(?![\p{L}])/iu.test(text.slice(s.end));
  for (const s of found.filter(acts)) found.splice(found.indexOf(s), 1);
  for (const family of lex.peopleSectors) {
    const sector = gazetteers.sectorById(family.sector);
    if (!sector) continue;
    for (const m of text.matchAll(family.pattern)) {
      const end = m.index + m[0].length;
      // A lexicon form that starts there says more ("formation des ressources humaines", "formation d'ingénieurs").
      if (found.some((s) => s.start <= m.index && s.end > m.index)) continue;
      if (found.some((s) => s.sector.id === sector.id && s.start < end && s.end > m.index)) continue;
      // "former des ressources humaines": the people trained, named generically, are not a field of their own.
      const absorbed = (x: SectorMention) => x.start > m.index && x.start < end && family.absorbs.includes(x.sector.id);
      for (const s of found.filter(absorbed)) found.splice(found.indexOf(s), 1);
      found.push({ start: m.index, end, surface: m[0], form: m[0].toLowerCase(), sector });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
