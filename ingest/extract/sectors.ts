// Sectors of the text: the lexicon's forms, plus adjectives coordinated after a sector noun
// ("la coopération économique, culturelle et touristique" names three sectors, but only
// "coopération économique" is a form): each adjective is looked up with the noun. Items of a
// list of fields that the lexicon has no form for are coined as new sectors, named as written.
import { slugify } from '../../contract/text.ts';
import type { Gazetteers, SectorMention } from '../gazetteers/index.ts';
import type { Lexicon } from './lexicon.ts';
import { phraseKey } from './patterns.ts';

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
  const coined = coinedSectors(text, found, lex);
  // "la santé numérique": the more specific field stands instead of the broad one the lexicon found in it.
  const broader = new Set(coined.flatMap((c) => found.filter((s) => s.start >= c.start && s.end <= c.end)));
  return [...found.filter((s) => !broader.has(s)), ...coined].sort((a, b) => a.start - b.start);
}

/** A lower-case word (an elision and a hyphen inside: "main-d'œuvre"). */
const FIELD_WORD = /^\p{Ll}[\p{L}\p{M}'’-]*/u;
const MAX_FIELD_WORDS = 6;
/** One or two lower-case words after a lexicon form: adjectives ("numérique", "biologique"), no connector. */
const NARROWING = /^(?:\s+\p{Ll}[\p{L}\p{M}-]*){1,2}$/u;

/**
 * The items of a list of fields that no lexicon form covers ("dans les domaines de la sylviculture et
 * de la transformation des fruits"), each a new sector named as written: real articles name fields no
 * lexicon has, and the reviewer sees them as new nodes rather than not at all.
 */
function coinedSectors(text: string, found: readonly SectorMention[], lex: Lexicon): SectorMention[] {
  const coined: SectorMention[] = [];
  // "la santé numérique", "l'agriculture biologique": a lexicon form, then adjectives the lexicon has not
  // got with it; the item is a field of its own, more specific than the form's (annotation rules).
  const narrows = (s: SectorMention, item: { start: number; end: number }) =>
    s.start === item.start &&
    s.end < item.end &&
    NARROWING.test(text.slice(s.end, item.end)) &&
    !text
      .slice(s.end, item.end)
      .trim()
      .split(/\s+/)
      .some((w) => lex.fieldQualifiers.has(phraseKey(w)));
  const overlaps = (item: { start: number; end: number }) => {
    const head = found.find((s) => narrows(s, item));
    // "numérique" in "la santé numérique" is the narrowing word, not a field of its own there.
    const inside = (s: SectorMention) => head !== undefined && s.start >= head.end;
    return [...found, ...coined].some((s) => s.start < item.end && s.end > item.start && s !== head && !inside(s));
  };
  for (const opener of text.matchAll(lex.fieldListOpener)) {
    // The items, and whether a word ("et", "ainsi que") rather than a comma alone came before each.
    const items: { start: number; end: number; joined: boolean }[] = [];
    let pos = opener.index + opener[0].length;
    let joined = false;
    for (let n = 0; n < 12; n++) {
      const item = fieldItem(text, pos, lex, n === 0);
      if (!item) break;
      items.push({ ...item, joined });
      const separator = lex.fieldSeparator.exec(text.slice(item.end));
      if (!separator) break;
      joined = /\p{L}/u.test(separator[0]);
      pos = item.end + separator[0].length;
    }
    // "A, B et C": a list ends with a word; after a comma with none to follow ("… de A, le ministre a
    // salué"), the sentence has gone on.
    const last = items.findLastIndex((item) => item.joined);
    for (const item of items.slice(0, Math.max(last, 0) + 1)) {
      const surface = text.slice(item.start, item.end).replace(/\s+/g, ' ');
      const first = phraseKey(surface.split(/[\s'’]/)[0]!);
      if (overlaps(item) || lex.notFields.has(first) || surface.length < 4 || lex.titleAt.test(surface)) continue;
      // "la recherche sur les technologies quantiques": the field the lexicon knows, a few words on, is the item's.
      const leadsOn = !lex.fieldSeparator.test(text.slice(item.end));
      if (leadsOn && found.some((s) => s.start >= item.end && s.start - item.end <= 25 && !/[,;:.]/.test(text.slice(item.end, s.start))))
        continue;
      const name = surface.charAt(0).toUpperCase() + surface.slice(1);
      const { start, end } = item;
      coined.push({ start, end, surface, form: phraseKey(surface), sector: { id: slugify(surface), name, forms: [], en: [], vi: [] } });
    }
  }
  return coined;
}

/** One item of a list of fields at `pos`: its words, without the connector and determiner before them. */
function fieldItem(text: string, pos: number, lex: Lexicon, first: boolean): { start: number; end: number } | undefined {
  let i = pos + (/^\s*/.exec(text.slice(pos))?.[0].length ?? 0);
  const lead = i;
  i += lex.connector.exec(text.slice(i))?.[0].length ?? 0;
  i += lex.determinerAt.exec(text.slice(i))?.[0].length ?? 0;
  // "coopérer dans les domaines de la X": the word for a field, then the field.
  for (let word = FIELD_WORD.exec(text.slice(i)); word && lex.notFields.has(phraseKey(word[0])); word = FIELD_WORD.exec(text.slice(i))) {
    const inner = lex.fieldInner.exec(text.slice(i + word[0].length));
    if (!inner) break;
    i += word[0].length + inner[0].length;
    i += lex.determinerAt.exec(text.slice(i))?.[0].length ?? 0;
  }
  // French repeats the article in a list of nouns ("la sylviculture et le tourisme"): a bare word after a
  // separator is an adjective of the item before ("des produits agricoles et forestiers"), or the sentence going on.
  if (i === lead && !first) return undefined;
  const start = i;
  let end = i;
  for (let words = 0; words < MAX_FIELD_WORDS; words++) {
    const rest = text.slice(i);
    if (lex.fieldStop.test(rest)) break;
    const word = FIELD_WORD.exec(rest);
    if (!word || lex.rules.participleSuffixes.some((x) => word[0].endsWith(x) && word[0].length > x.length + 3)) break;
    end = i += word[0].length;
    // "transformation des fruits", "reconstruction après catastrophe": a connector inside the item, or a space, then a word.
    const after = text.slice(i);
    const gap = lex.fieldInner.exec(after)?.[0] ?? /^\s+/.exec(after)?.[0];
    if (!gap || !FIELD_WORD.test(after.slice(gap.length)) || lex.fieldStop.test(after.slice(gap.length))) break;
    i += gap.length;
  }
  return end > start ? { start, end } : undefined;
}
