// A language's lists compiled once into the patterns the extractor runs, and the reader of
// the words after a title or an organisation head ("de la préfecture de Gunma", "économique de
// Kyushu"), which both titles and organisations share.
import type { PlaceHit } from './places.ts';
import { alternation, phraseKey, phraseRegex, verbRegex } from './patterns.ts';
import type { LanguageRules, OrganizationHead, TitleEntry } from './rules.ts';

/** A lower-case word coordinated after a sector noun. */
const SECTOR_ADJECTIVE = "\\p{Ll}[\\p{Ll}\\p{M}'’-]+";

export interface Lexicon {
  rules: LanguageRules;
  titles: RegExp;
  /** Anchored forms (run on a slice starting where the phrase should be). */
  titleAt: RegExp;
  headAt: RegExp;
  titleByKey: Map<string, TitleEntry>;
  organizationHeads: RegExp;
  headByKey: Map<string, OrganizationHead>;
  /** A known acronym's expansion (phrase key) → the acronym ("organisation japonaise du commerce extérieur" → "JETRO"). */
  acronymOfName: Map<string, string>;
  connector: RegExp;
  nationality: RegExp;
  honorific: RegExp;
  feminineHonorific: Set<string>;
  meetingVerbs: RegExp;
  /** Between a place and the one that says where it is (", dans la préfecture de"). */
  placeLocator: RegExp;
  /** Where a sentence's clause ends and another subject begins ("; ", ", tandis que"). */
  clauseSplit: RegExp;
  pluralMeetingVerbs: RegExp;
  passiveMeetingVerbs: RegExp;
  mutualMeetingVerbs: RegExp;
  meetingCues: RegExp;
  requestVerbs: RegExp;
  /** Non-global forms, to test a sentence or a gap. */
  sectorConnector: RegExp;
  /** Words before a sector that make it a field here: the sector connectors and the industry cues. */
  sectorContext: RegExp;
  agreementVerb: RegExp;
  agreementKind: RegExp;
  /** A signing only planned ("étudier la signature"), tested on the words before the verb. */
  agreementPlan: RegExp;
  bothParties: RegExp;
  /** Right after a request verb, words that make it no request ("la bienvenue"). */
  notRequest: RegExp;
  /** A subject pronoun after a phrase put first ("Concernant le travail, il a demandé"); group 1 is the pronoun. */
  frontedPronoun: RegExp;
  /** A phrase put first that names the topic of the sentence ("Concernant …,", "En matière de …,"), to its comma. */
  topicOpener: RegExp;
  /** Words that qualify a delegation without naming whose it is ("de haut rang"), to leave out of its name. */
  delegationQualifier: RegExp;
  /** A relative clause after a comma (", qui offrent des bourses"), to the next comma or the end. */
  relativeClause: RegExp;
  /**
   * Where a request's fields end though the sentence goes on: a comma, then a noun described by a
   * relative clause (", des défis auxquels la ville est confrontée") or a present participle
   * (", estimant que …"): what follows describes or comments, it asks nothing.
   */
  requestScopeEnd: RegExp;
  /** A sentence about another time than the one before ("Auparavant, …"). */
  timeShift: RegExp;
  /** Ends the text between a community and the place it lives in ("… vivant dans la ", "… qui vit à "). */
  residence: RegExp;
  /** A sector noun and the adjectives coordinated after it ("coopération économique, culturelle et …"); group 1 is the noun. */
  coordinatedSectors: RegExp;
  /** Per family of `peopleSectors`: the words before, then the people (any plural noun when none are listed). */
  peopleSectors: { sector: string; pattern: RegExp; absorbs: readonly string[] }[];
  /** `broadSectorWords`, lower-case NFC. */
  broadSectorWords: Set<string>;
  /** `actionSectorWords`, lower-case NFC. */
  actionSectorWords: Set<string>;
  /** The words between a broad word and the field it heads: a space, maybe a connector ("de l'", "du"). */
  broadSectorLink: RegExp;
  /** `fieldLists`: where a list of fields starts (global), what ends an item (anchored), what goes on to the next. */
  fieldListOpener: RegExp;
  fieldStop: RegExp;
  fieldInner: RegExp;
  fieldSeparator: RegExp;
  notFields: Set<string>;
  fieldQualifiers: Set<string>;
  /** `notSectors`, global. */
  notSectors: RegExp;
  /** A place preposition ending the text before a place ("… à "). */
  placePreposition: RegExp;
  cityCues: RegExp;
  descriptions: RegExp;
  leaders: RegExp;
  lastMentioned: RegExp;
  /** After a closing quotation mark, the verb that attributes it with its pronoun ("», a-t-il déclaré"); group 1 is the pronoun. */
  invertedPronoun: RegExp;
  /** A definite article ending the text before a head ("la "). */
  definiteBefore: RegExp;
  clauseBreakers: Set<string>;
  /** Between two titles of one holder ("… et …"). */
  titleJoiner: RegExp;
  /** A connector that starts with a title joiner ("et de …" before a title ends the name). */
  joinerAt: RegExp;
  /** "à " before a place in a title. */
  locative: RegExp;
  /** A determiner opening a phrase ("la ville de"). */
  determinerAt: RegExp;
  /** Between a name and its title: a comma, an honorific ("le chef de la délégation, M. X"). */
  nameTitleGap: RegExp;
  /** Ends the text before a title held no more ("l'ancien "). */
  formerMarker: RegExp;
  /** Ends the text before a title whose body was just named ("son "). */
  possessive: RegExp;
  innerConnectors: Set<string>;
  nonNameWords: Set<string>;
  vietnameseSurnames: Set<string>;
}

const cache = new WeakMap<LanguageRules, Lexicon>();

/** Anchored at the start of the text it is run on (callers pass a slice). */
function sticky(source: string): RegExp {
  return new RegExp(`^(?:${source})`, 'iu');
}

export function compileLexicon(rules: LanguageRules): Lexicon {
  const hit = cache.get(rules);
  if (hit) return hit;
  // ", ", " et ", ", et ", " ainsi que ": a list of fields goes on after a comma or a separating word, not ";" or ":".
  const listWords = alternation(rules.listSeparators.filter((x) => /\p{L}/u.test(x)));
  const lexicon: Lexicon = {
    rules,
    titles: phraseRegex(rules.titles.map((t) => t.form)),
    titleAt: sticky(`(?:${alternation(rules.titles.map((t) => t.form))})(?![\\p{L}\\p{N}])`),
    headAt: sticky(`(?:${alternation(rules.organizationHeads.map((h) => h.form))})(?![\\p{L}\\p{N}])`),
    titleByKey: new Map(rules.titles.map((t) => [phraseKey(t.form), t])),
    organizationHeads: phraseRegex(rules.organizationHeads.map((h) => h.form)),
    headByKey: new Map(rules.organizationHeads.map((h) => [phraseKey(h.form), h])),
    acronymOfName: new Map(Object.entries(rules.acronyms).map(([acronym, name]) => [phraseKey(name), acronym])),
    // A connector ends in a space or an apostrophe ("d'amitié").
    connector: sticky(`(?:${alternation(rules.nameConnectors)})(?:\\s+|(?<=['’]))`),
    nationality: sticky(phraseRegex(Object.keys(rules.nationalities), 'iu').source),
    honorific: new RegExp(`(?<![\\p{L}])(?:${rules.honorifics.map((h) => h.replace('.', '\\.')).join('|')})(?![\\p{L}])\\s*$`, 'u'),
    feminineHonorific: new Set(rules.feminineHonorifics),
    meetingVerbs: verbRegex(rules.meetingVerbs, rules.fillerAdverbs),
    placeLocator: new RegExp(`^\\s*,?\\s*(?:${alternation(rules.placeLocators)})\\s*$`, 'iu'),
    clauseSplit: new RegExp(`\\s*(?:;|,?\\s+(?:${alternation(rules.clauseSplitters)})(?![\\p{L}]))\\s*`, 'giu'),
    pluralMeetingVerbs: verbRegex(rules.pluralMeetingVerbs, rules.fillerAdverbs),
    passiveMeetingVerbs: verbRegex(rules.passiveMeetingVerbs, rules.fillerAdverbs),
    mutualMeetingVerbs: verbRegex(rules.mutualMeetingVerbs, rules.fillerAdverbs),
    meetingCues: phraseRegex(rules.meetingCues),
    requestVerbs: verbRegex(rules.requestVerbs, rules.fillerAdverbs),
    cityCues: phraseRegex(rules.cityCues),
    sectorConnector: phraseRegex(rules.sectorConnectors, 'iu'),
    sectorContext: phraseRegex([...rules.sectorConnectors, ...rules.industryCues], 'iu'),
    agreementVerb: new RegExp(verbRegex(rules.agreementVerbs, rules.fillerAdverbs).source, 'iu'),
    agreementKind: phraseRegex(Object.keys(rules.agreementKinds), 'iu'),
    agreementPlan: phraseRegex(rules.agreementPlans, 'iu'),
    bothParties: phraseRegex(rules.bothParties, 'iu'),
    notRequest: new RegExp(`^\\s+(?:${alternation(rules.notRequests)})(?![\\p{L}])`, 'iu'),
    frontedPronoun: new RegExp(
      `^[^,.;:]{3,100},\\s+(${alternation(rules.coreference.subjectPronouns.map((p) => p.toLowerCase()))})\\s+(?=\\p{Ll})`,
      'u',
    ),
    topicOpener: new RegExp(`^\\s*(?:${alternation(rules.topicOpeners)})(?:(?<=['’])|(?![\\p{L}]))[^,.;:]*,`, 'iu'),
    delegationQualifier: new RegExp(`(?<=\\p{L})\\s+(?:${alternation(rules.delegationQualifiers)})(?=\\s|$)`, 'iu'),
    requestScopeEnd: new RegExp(
      `,\\s*(?:(?:${alternation(rules.determiners)})(?:\\s+|(?<=['’]))[\\p{L}\\p{M}-]+(?:\\s+[\\p{L}\\p{M}-]+){0,2}\\s+(?:${alternation(rules.describingPronouns)})(?![\\p{L}])|[\\p{Ll}\\p{M}]+(?:${alternation(rules.participleSuffixes)})(?![\\p{L}]))`,
      'u',
    ),
    relativeClause: new RegExp(`,\\s*(?:${alternation(rules.relativePronouns)})(?![\\p{L}])[^,;]*`, 'giu'),
    timeShift: phraseRegex(rules.dates.otherTime, 'iu'),
    residence: new RegExp(
      `(?:^|\\s)(?:${alternation(rules.residencePrepositions)})\\s+(?:(?:${alternation(rules.definiteArticles)})(?:\\s+|(?<=['’])))?$`,
      'iu',
    ),
    coordinatedSectors: new RegExp(
      `(?<![\\p{L}])(${alternation(rules.sectorNouns)})\\s+${SECTOR_ADJECTIVE}(?:(?:\\s*,\\s*|\\s+et\\s+|\\s+)${SECTOR_ADJECTIVE})+`,
      'giu',
    ),
    peopleSectors: rules.peopleSectors.map((f) => {
      const people = f.people ? `(?:${alternation(f.people)})` : "\\p{Ll}[\\p{Ll}\\p{M}'’-]*[sx]";
      // "formation d'aides-soignants": no space after an apostrophe.
      const before = `(?:${alternation(f.before)})`;
      return {
        sector: f.sector,
        pattern: new RegExp(`(?<![\\p{L}])${before}(?:(?<=['’])|\\s+)${people}(?![\\p{L}])`, 'giu'),
        absorbs: f.absorbs ?? [],
      };
    }),
    broadSectorWords: new Set(rules.broadSectorWords.map((w) => w.normalize('NFC').toLowerCase())),
    actionSectorWords: new Set(rules.actionSectorWords.map((w) => w.normalize('NFC').toLowerCase())),
    broadSectorLink: new RegExp(`^\\s+(?:(?:${alternation(rules.nameConnectors)})(?:\\s+|(?<=['’])))?`, 'iu'),
    fieldListOpener: phraseRegex(rules.fieldLists.openers, 'giu'),
    fieldStop: sticky(`(?:${alternation(rules.fieldLists.stopWords)}|${listWords})(?![\\p{L}])`),
    fieldInner: sticky(`\\s+(?:${alternation(rules.fieldLists.innerWords)})(?:\\s+|(?<=['’]))`),
    fieldSeparator: sticky(`\\s*(?:,\\s*(?:(?:${listWords})\\s+)?|(?:${listWords})\\s+)`),
    notFields: new Set(rules.fieldLists.notFields.map(phraseKey)),
    fieldQualifiers: new Set(rules.fieldLists.qualifiers.map(phraseKey)),
    notSectors: phraseRegex(rules.notSectors, 'giu'),
    placePreposition: new RegExp(`(?:^|\\s)(?:${alternation(rules.placePrepositions)})\\s+$`, 'iu'),
    descriptions: phraseRegex(Object.keys(rules.coreference.descriptions)),
    lastMentioned: phraseRegex(rules.coreference.lastMentioned),
    invertedPronoun: new RegExp(
      `(?:${alternation(rules.quotes.close)})\\s*,?\\s*[\\p{L}\\p{M}]+(${alternation(rules.coreference.invertedPronouns)})(?![\\p{L}])`,
      'gu',
    ),
    leaders: phraseRegex(rules.coreference.leaders),
    definiteBefore: new RegExp(`(?<![\\p{L}])(?:${alternation(rules.definiteArticles)})(?:\\s+|(?<=['’]))$`, 'iu'),
    clauseBreakers: new Set(rules.clauseBreakers.map(phraseKey)),
    titleJoiner: new RegExp(`^\\s*(?:(?:${alternation(rules.titleJoiners)})\\s*)?$`, 'iu'),
    joinerAt: sticky(`(?:${alternation(rules.titleJoiners)})(?![\\p{L}])`),
    locative: sticky(`(?:${alternation(rules.locativePrepositions)})\\s+`),
    determinerAt: sticky(`(?:${alternation(rules.determiners)})(?:\\s+|(?<=['’]))`),
    nameTitleGap: new RegExp(`^\\s*,?\\s*(?:(?:${alternation(rules.honorifics)})\\s*)?$`, 'u'),
    formerMarker: new RegExp(`(?<![\\p{L}])(?:${alternation(rules.formerMarkers)})\\s*$`, 'iu'),
    possessive: new RegExp(`(?<![\\p{L}])(?:${alternation(rules.possessives)})\\s+$`, 'iu'),
    innerConnectors: new Set(rules.innerConnectors.map(phraseKey)),
    nonNameWords: new Set(rules.nonNameWords),
    vietnameseSurnames: new Set(rules.vietnameseSurnames),
  };
  cache.set(rules, lexicon);
  return lexicon;
}

export interface Complement {
  /** End offset of the last word read (the start when nothing was read). */
  end: number;
  places: PlaceHit[];
  /** Places after "à" ("consul général du Japon à Hô Chi Minh-Ville"): where, not whose. */
  locatives: PlaceHit[];
  /** The first organisation head inside it ("président de la Fédération …"). */
  head?: { start: number; end: number; entry: OrganizationHead };
  /** Country of a nationality adjective read ("ministre vietnamien des …"). */
  nationality?: string;
  /** A capitalised word, a place or a nationality: the words name something. */
  proper: boolean;
}

export interface ComplementOptions {
  /** Lower-case words may follow the head directly ("Fédération économique"). */
  directLowercase: boolean;
  /** "à" + place belongs to the name ("Consulat général du Vietnam à Fukuoka"). */
  locative: boolean;
  /** The first word must be a name, a body or a nationality (titles: "ministre de soutenir" is not one). */
  namedOnly?: boolean;
  maxWords?: number;
  /** The head takes a proper name directly ("société Iwate Kaihatsu"). */
  properName?: boolean;
  /** "au"/"aux" end the name: a delegation's "au Japon" is where it goes, not whose it is. */
  stopAtInner?: boolean;
}

/** Whether the words at `pos` start with a capitalised word ("Iwate Kaihatsu" after "société"). */
export function namedNext(text: string, pos: number): boolean {
  return /^[ \t\u00a0]+[\p{Lu}]/u.test(text.slice(pos, pos + 3));
}

const WORD = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;

/**
 * Reads the words after `pos` that belong to a title or an organisation name: connectors
 * ("de la"), places, organisation heads, capitalised words after a connector, lower-case
 * words within the phrase. Stops at punctuation, a clause breaker ("a", "qui"), a participle,
 * a title joined by "et", or a capitalised word not introduced by a connector (a person's name).
 */
/** A French infinitive of the first, second or third group ("soutenir", "renforcer", "promouvoir"), long enough not to be "fer". */
const INFINITIVE = /^\p{Ll}{3,}(?:er|ir|oir)$/u;
/** The connector just read is "de" or "d'" alone, without an article ("de soutenir", not "de la"). */
const BARE_DE = /(?:^|\s)d(?:e\s*|['’])$/iu;

export function readComplement(
  text: string,
  pos: number,
  places: readonly PlaceHit[],
  lex: Lexicon,
  options: ComplementOptions,
): Complement {
  const result: Complement = { end: pos, places: [], locatives: [], proper: false };
  let locativeNext = false;
  let i = pos;
  let afterConnector = false;
  /** Right after a place: a lower-case word there is the sentence going on ("la délégation de Nghệ An reçue par"). */
  let afterProper = false;
  /** Right after a nationality ("ministère japonais"): only a connector or a name continues it. */
  let afterNationality = false;
  /** Inside a company's name ("société Iwate Kaihatsu"): capitalised words follow one another. */
  let properRun = options.properName === true && namedNext(text, pos);
  let words = 0;
  const maxWords = options.maxWords ?? 12;
  while (i < text.length && words < maxWords) {
    let j = i;
    while (j < text.length && /[ \t\u00a0]/.test(text[j]!)) j++;
    const ahead = text.slice(j, j + 60);
    // "ministre de l'Économie, du Commerce et de l'Industrie": a comma before another connector and a name.
    const comma = words > 0 ? /^,\s*/.exec(ahead) : null;
    if (comma) {
      const next = lex.connector.exec(ahead.slice(comma[0].length));
      if (next && CAPITALISED.test(ahead.slice(comma[0].length + next[0].length))) {
        i = j + comma[0].length + next[0].length;
        afterConnector = true;
        afterNationality = false;
        continue;
      }
    }
    if (j === i && i !== pos && !afterConnector) break; // no space: punctuation follows
    const place = places.find((p) => p.start === j || p.cueStart === j);
    if (place) {
      if (!afterConnector && words === 0 && !options.directLowercase && !properRun) break;
      (locativeNext ? result.locatives : result.places).push(place);
      locativeNext = false;
      result.end = i = place.end;
      // "Japon-Vietnam", "Japon–Vietnam": a hyphen or a dash joins two names into one word.
      const joined = /^[-–—][\p{Lu}][\p{L}\p{M}]*/u.exec(text.slice(i, i + 40));
      if (joined) result.end = i = i + joined[0].length;
      result.proper = true;
      afterConnector = false;
      afterProper = true;
      afterNationality = false;
      words++;
      continue;
    }
    const locative = options.locative && words > 0 ? lex.locative.exec(ahead) : null;
    if (locative && places.some((p) => p.start === j + locative[0].length)) {
      i = j + locative[0].length;
      afterConnector = true;
      afterNationality = false;
      locativeNext = true;
      continue;
    }
    const connector = lex.connector.exec(ahead);
    if (connector && options.stopAtInner && lex.innerConnectors.has(phraseKey(connector[0]))) break;
    if (connector && (words > 0 || !lex.innerConnectors.has(phraseKey(connector[0])))) {
      const after = text.slice(j + connector[0].length, j + connector[0].length + 60);
      if (lex.joinerAt.test(connector[0]) && lex.titleAt.exec(after)) break;
      // "l'Université Keio et de la Banque mondiale": "et" before another body's head starts that body.
      const nextHead = lex.joinerAt.test(connector[0]) ? lex.headAt.exec(after) : null;
      if (nextHead && (CAPITALISED.test(after) || !lex.headByKey.get(phraseKey(nextHead[0]))?.capitalOnly)) break;
      i = j + connector[0].length;
      afterConnector = true;
      afterNationality = false;
      continue;
    }
    // "au siège du gouvernement préfectoral l'ambassadeur …": a determiner starts the sentence's next phrase.
    if (!afterConnector && lex.determinerAt.test(ahead)) break;
    const word = WORD.exec(ahead);
    if (!word) break;
    const w = word[0];
    const key = phraseKey(w);
    const capitalised = CAPITALISED.test(w);
    if (lex.clauseBreakers.has(key)) break;
    if (!capitalised && lex.rules.participleSuffixes.some((s) => key.endsWith(s) && key.length > s.length + 3)) break;
    // "le ministère japonais de soutenir", "au ministère de renforcer": an infinitive after a bare
    // "de" is what the sentence asks, not the body's name.
    if (afterConnector && !capitalised && words > 0 && INFINITIVE.test(w) && BARE_DE.test(text.slice(Math.max(pos, i - 4), j))) break;
    const nationality = lex.nationality.exec(ahead);
    const isNationality = nationality !== null && nationality[0].length === w.length;
    // "le vice-ministre japonais s'était entretenu": a lower-case word right after a nationality is
    // the sentence going on (a name goes on with a connector: "Agence japonaise de coopération").
    if (afterNationality && !capitalised && !isNationality) break;
    afterNationality = isNationality;
    if (isNationality) {
      result.nationality ??= lex.rules.nationalities[key];
    } else if (
      capitalised ? !afterConnector && !properRun : !afterConnector && ((words === 0 && !options.directLowercase) || afterProper)
    ) {
      break;
    }
    const headHit = afterConnector || words === 0 ? lex.headAt.exec(ahead) : null;
    // "du conseil d'administration": a head that is also a common noun starts a name only capitalised.
    const head = headHit && (capitalised || !lex.headByKey.get(phraseKey(headHit[0]))?.capitalOnly) ? headHit : null;
    // A title's complement names something: "ministre de soutenir …" has none.
    if (options.namedOnly && words === 0 && !capitalised && !nationality && !head) break;
    if (capitalised || nationality) result.proper = true;
    if (head && !result.head) {
      result.head = { start: j, end: j + head[0].length, entry: lex.headByKey.get(phraseKey(head[0]))! };
      result.end = i = j + head[0].length;
      // "la Banque Mizuho", "l'Université Keio": a capitalised head's own name may follow it directly.
      properRun = (result.head.entry.properName === true || result.head.entry.capitalOnly === true) && namedNext(text, i);
      afterProper = false;
    } else {
      result.end = i = j + w.length;
      // "la société Honda investit": a lower-case word right after the company's name is the sentence going on.
      if (properRun && capitalised && !options.directLowercase) afterProper = true;

      properRun &&= capitalised;
    }
    afterConnector = false;
    words++;
  }
  return result;
}
