// Places of a sentence: the gazetteer's (prefectures, regions, Vietnamese provinces old and
// new, countries), and cities the gazetteer does not list when a cue names them ("la ville
// japonaise de Kitakyushu", "maire de la ville de Sakai"), taken as Japanese localities.
import { slugify } from '../../contract/text.ts';
import type { PlaceMention } from '../gazetteers/index.ts';
import type { PlaceLevel } from '../gazetteers/schema.ts';
import type { NodeLabel } from '../../contract/model.ts';
import type { Lexicon } from './lexicon.ts';
import type { Sentence } from './sentences.ts';

/** A place found in the sentence (local offsets). */
export interface PlaceHit {
  start: number;
  end: number;
  place: { id: string; label: NodeLabel; name: string; country: string; successor?: string; level?: PlaceLevel };
  /** Written with its designation ("préfecture de Gunma") or after a cue: never part of a person's name. */
  cued: boolean;
  /** Cities: where the cue's noun starts ("ville" in "la ville de Sakai"), read as part of the place. */
  cueStart?: number;
  confidence: number;
  rule: string;
}

const CITY_NAME = /^\s+(\p{Lu}[\p{Ll}\p{M}]+(?:[- ]\p{Lu}[\p{Ll}\p{M}]+)*)/u;

/** The sentence's places; `mentions` are the gazetteer's in the sentence (local offsets, as the result). */
export function placesOf(sentence: Sentence, mentions: readonly PlaceMention[], lex: Lexicon): PlaceHit[] {
  const hits: PlaceHit[] = mentions.map((m) => ({
    start: m.start,
    end: m.end,
    place: {
      id: m.place.id,
      label: m.place.label,
      name: m.place.name,
      country: m.place.country,
      ...(m.place.successor ? { successor: m.place.successor } : {}),
      ...(m.place.level ? { level: m.place.level } : {}),
    },
    cued: m.cued,
    confidence: m.cued ? 0.95 : 0.85,
    rule: m.cued ? 'place: gazetteer form with its designation' : 'place: gazetteer form',
  }));
  for (const cue of sentence.text.matchAll(lex.cityCues)) {
    const after = cue.index + cue[0].length;
    const name = CITY_NAME.exec(sentence.text.slice(after));
    if (!name) continue;
    const start = after + name[0].indexOf(name[1]!);
    const end = start + name[1]!.length;
    const overlapping = hits.filter((h) => h.start < end && h.end > start);
    // A Vietnamese city or a listed locality stays the gazetteer's; "la ville de Fukuoka" is
    // the city, not the prefecture of the same name.
    if (overlapping.some((h) => h.place.country !== 'japan' || h.place.label === 'Locality')) continue;
    const clash = overlapping.length > 0;
    for (const h of overlapping) hits.splice(hits.indexOf(h), 1);
    hits.push({
      start,
      end,
      place: { id: slugify(clash ? `${name[1]!} city` : name[1]!), label: 'Locality', name: name[1]!, country: 'japan' },
      cued: true,
      cueStart: cue.index + (lex.determinerAt.exec(cue[0])?.[0].length ?? 0),
      confidence: 0.7,
      rule: 'place: city named after a cue',
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}
