// Facts stated by one sentence: MET_WITH (a meeting verb, host before, guests after, or a cue
// such as "lors de la rencontre avec"), REQUESTED_COOPERATION_IN (a request verb, the one asked
// after it, the sectors it names) and PARTNERS_WITH (an agreement signed between a Vietnamese
// locality and a Japanese prefecture or city). REPRESENTS comes from titles (mentions.ts).
import type { SectorMention } from '../gazetteers/index.ts';
import { dateProperties, type ResolvedDate, type StatedDate } from './dates.ts';
import type { Entity, Mention, Registry } from './entities.ts';
import type { Lexicon } from './lexicon.ts';
import { alternation, phraseKey } from './patterns.ts';
import type { Sentence } from './sentences.ts';

export interface SentenceContext {
  sentence: Sentence;
  mentions: Mention[];
  sectors: SectorMention[];
  /** Places after "à"/"au"/"en" (global offsets), mentions or not: circumstances a verb and its guest may be apart by. */
  whereSpans?: readonly { start: number; end: number }[];
  /** Dates written in the sentence (skipped between a verb and its guest: "a reçu le 12 mai X"). */
  dates: StatedDate[];
  /** The date the sentence states, or the last one stated before it unless the sentence moves in time ("Auparavant"). */
  date?: ResolvedDate;
  /** The date this sentence states, if any (an agreement's own date). */
  ownDate?: ResolvedDate;
  lex: Lexicon;
  registry: Registry;
  /** Who each official last met (a host's guests, a guest's host): the ones asked when a request names nobody. */
  meetings: Map<string, string[]>;
  /** The sentence's quotations, and who speaks in one the previous sentence left open. */
  quotes: Quotations;
}

export interface Quotations {
  /** [start, end) in the sentence's text; a quotation left open runs to its end. */
  spans: [number, number][];
  /** Whether the last quotation is still open at the sentence's end. */
  openAtEnd: boolean;
  /** The speaker of a quotation open since an earlier sentence (the span starting at 0). */
  carriedSpeaker?: Entity;
}

/** The quotations of `text`, one left open by the previous sentence first. */
export function quotations(text: string, lex: Lexicon, openAtStart: boolean, carriedSpeaker?: Entity): Quotations {
  const spans: [number, number][] = [];
  let open = openAtStart ? 0 : -1;
  for (let i = 0; i < text.length; i++) {
    if (open < 0 && lex.rules.quotes.open.includes(text[i]!)) open = i;
    else if (open >= 0 && lex.rules.quotes.close.includes(text[i]!)) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return { spans, openAtEnd: open >= 0, carriedSpeaker: openAtStart ? carriedSpeaker : undefined };
}

/**
 * Who speaks a quotation: the actor named after it ("», a déclaré M. X", "», a-t-il souligné"), else
 * the one before it ("M. X a souligné : « … »"), else the speaker of a quotation opened earlier.
 */
export function quoteSpeaker(ctx: SentenceContext, span: [number, number]): Mention | undefined {
  const { spans, carriedSpeaker } = ctx.quotes;
  const at = (m: Mention) => m.extentStart - ctx.sentence.start;
  const outside = ctx.mentions.filter((m) => actor(m) && !spans.some(([s, e]) => at(m) >= s && at(m) < e));
  const after = outside.filter((m) => at(m) >= span[1]).sort((a, b) => a.extentStart - b.extentStart)[0];
  const before = outside.filter((m) => m.extentEnd - ctx.sentence.start <= span[0]).sort((a, b) => b.extentEnd - a.extentEnd)[0];
  if (after ?? before) return after ?? before;
  if (span[0] !== 0 || !carriedSpeaker) return undefined;
  // Named in an earlier sentence: a mention of no extent where the quotation starts.
  const start = ctx.sentence.start;
  return {
    entity: carriedSpeaker,
    kind: carriedSpeaker.label === 'Official' ? 'official' : 'organization',
    ...{ start, end: start, extentStart: start, extentEnd: start, nested: false },
    ...{ confidence: 0.55, rule: 'coreference: the speaker of a quotation opened before' },
  };
}

interface Gaps {
  first: RegExp;
  next: RegExp;
  /** Between two guests: a separator, then maybe the people who stand for a body ("…, puis des représentants de la société X"). */
  guestNext: RegExp;
  /** A subject pronoun ending the text before a verb (", où elle a été reçue"). */
  pronounBefore: RegExp;
  /** Between two hosts of a passive ("… par X et par Y"). */
  agentNext: RegExp;
  /** Between a delegation and its leader ("une délégation de X conduite par son président Y"). */
  leader: RegExp;
  /** Between a leader and the delegation ("M. Y, à la tête d'une délégation de X"). */
  heads: RegExp;
  /** Between a party and a companion ("M. X, accompagné de M. Y"). */
  companion: RegExp;
  /** Between a name and a verb whose subject is a pronoun for someone else ("X, à qui il a demandé"). */
  relative: RegExp;
  /** The words that open a date ("le", "le matin du"), at the end of the text before it. */
  dateLead: RegExp;
  asked: RegExp;
  cueNext: RegExp;
  coordination: RegExp;
  circumstance: RegExp;
  /** The host's building where a meeting is held ("au siège du gouvernement"), global. */
  venue: RegExp;
  venueOf: RegExp;
}

const gapCache = new WeakMap<Lexicon, Gaps>();

function gaps(lex: Lexicon): Gaps {
  let g = gapCache.get(lex);
  if (!g) {
    const r = lex.rules;
    const words = [...r.determiners, ...r.fillerAdverbs, ...r.formerMarkers];
    const wordSeparators = alternation(r.listSeparators.filter((s) => /\p{L}/u.test(s)));
    const fillers = `(?:(?:${alternation(words)})\\s*)*`;
    const separators = `(?:[,;:]\\s*)?(?:(?:${alternation(r.listSeparators.filter((s) => /\p{L}/u.test(s)))})\\s+)?`;
    const circumstance = `(?:(?:${alternation([...words, ...r.placePrepositions])})[\\s,]*)*`;
    const pronouns = alternation(r.coreference.subjectPronouns.map((p) => p.toLowerCase()));
    const venue = `(?:${alternation(r.venues.prepositions)})(?:\\s+|(?<=['’]))(?:${alternation(r.venues.buildings)})`;
    g = {
      // Before the first guest, commas and the circumstances left of a date or a place may remain,
      // on either side of "avec" ("s'est entretenu par téléphone avec").
      first: new RegExp(`^[\\s,]*${circumstance}(?:(?:${alternation(r.guestIntroducers)})[\\s,]*)?:?[\\s,]*${circumstance}$`, 'iu'),
      next: new RegExp(`^\\s*(?=[,;:]|\\p{L})${separators}${fillers}$`, 'iu'),
      guestNext: new RegExp(
        `^\\s*(?=[,;:]|\\p{L})${separators}(?:(?:${alternation(r.guestIntroducers.filter((w) => /\s/.test(w)))})\\s+)?${fillers}$`,
        'iu',
      ),
      pronounBefore: new RegExp(`(?:^|[\\s,])(?:${pronouns})\\s+$`, 'iu'),
      agentNext: new RegExp(`^\\s*(?=[,;:]|\\p{L})${separators}(?:(?:${alternation(r.agentIntroducers)})\\s+)?${fillers}$`, 'iu'),
      leader: new RegExp(`^[\\s,]*(?:${alternation(r.leaderIntroducers)})\\s+${fillers}$`, 'iu'),
      companion: new RegExp(`^[\\s,]*(?:${alternation(r.companionIntroducers)})\\s+${fillers}$`, 'iu'),
      heads: new RegExp(`^[\\s,]*(?:${alternation(r.delegationIntroducers)})(?:\\s+|(?<=['’]))${fillers}$`, 'iu'),
      dateLead: new RegExp(
        `(?<![\\p{L}])(?:(?:${alternation([...r.dates.articles, ...r.dates.dayParts, ...r.dates.dayPartLinks, ...r.dates.rangeStarts])})\\s+)+$`,
        'iu',
      ),
      relative: new RegExp(`^\\s*,?\\s*(?:${alternation(r.relativeObjects)})\\s+(?:${pronouns})\\s+${fillers}$`, 'iu'),
      cueNext: new RegExp(`^\\s*(?:;\\s*)?(?:(?:${wordSeparators})\\s+)${fillers}$`, 'iu'),
      asked: new RegExp(`^\\s*${fillers}(?:(?:${alternation(r.askedIntroducers)})\\s*)?${fillers}$`, 'iu'),
      coordination: new RegExp(`^\\s*,?\\s*(?:${alternation(r.coordinators)})\\s+$`, 'iu'),
      circumstance: new RegExp(`(?:^|\\s)(?:${alternation([...r.placePrepositions, ...r.determiners])})\\s+(?=\\s)`, 'giu'),
      // "au siège du gouvernement préfectoral": the building, its connector and up to four words (the gap
      // ends where the guest's mention starts, so they are no one's name).
      venue: new RegExp(
        `(?<![\\p{L}])${venue}(?:\\s+(?:${alternation(r.nameConnectors)})(?:\\s+|(?<=['’]))(?:(?!(?:${alternation(r.honorifics)})(?![\\p{L}]))[\\p{L}][\\p{L}\\p{M}'’-]*\\s*){0,4})?(?![\\p{L}])`,
        'gu',
      ),
      /** Ends the text before a body whose building is the venue ("au siège du "). */
      venueOf: new RegExp(`(?<![\\p{L}])${venue}\\s+(?:${alternation(r.nameConnectors)})(?:\\s*|(?<=['’]))$`, 'u'),
    };
    gapCache.set(lex, g);
  }
  return g;
}

const actor = (m: Mention): boolean => !m.nested && (m.kind === 'official' || m.kind === 'organization');
const askable = (m: Mention): boolean => !m.nested && m.kind !== 'sector';

/** Consecutive mentions from `pos`: the first after `first`-like words, the others after a separator. */
function list(ctx: SentenceContext, pos: number, accept: (m: Mention) => boolean, first: RegExp, next: RegExp): Mention[] {
  const out: Mention[] = [];
  let at = pos;
  for (const m of ctx.mentions) {
    if (!accept(m) || m.extentStart < at || out.some((o) => o.entity === m.entity) || venuesOf(ctx).has(m)) continue;
    const gap = circumstances(ctx, at, m.extentStart);
    if (!(out.length === 0 ? first : next).test(gap)) break;
    out.push(m);
    at = m.extentEnd;
  }
  return out;
}

const venueCache = new WeakMap<SentenceContext, Set<Mention>>();
/** The bodies named as the building where the meeting is held ("au siège du Comité populaire"): no guests. Once per sentence. */
function venuesOf(ctx: SentenceContext): Set<Mention> {
  let venues = venueCache.get(ctx);
  if (!venues) {
    const before = (m: Mention) => ctx.sentence.text.slice(0, m.extentStart - ctx.sentence.start);
    venues = new Set(ctx.mentions.filter((m) => m.kind === 'organization' && !m.nested && gaps(ctx.lex).venueOf.test(before(m))));
    venueCache.set(ctx, venues);
  }
  return venues;
}

/** The text between two offsets with the dates and places in it blanked ("a reçu le 12 mai à Hanoï X"). */
function circumstances(ctx: SentenceContext, from: number, to: number): string {
  let gap = ctx.sentence.text.slice(from - ctx.sentence.start, to - ctx.sentence.start);
  // A date goes with the words that open it ("dans la soirée du 5 mai"), as in withoutDates.
  const lead = gaps(ctx.lex).dateLead;
  const dates = ctx.dates.map((d) => ({
    start: d.start - (lead.exec(ctx.sentence.text.slice(0, d.start - ctx.sentence.start))?.[0].length ?? 0),
    end: d.end,
  }));
  const venues = [...venuesOf(ctx)].map((m) => ({ start: m.extentStart, end: m.extentEnd }));
  const blanks = [...dates, ...ctx.mentions.filter((m) => m.kind === 'place' && !m.nested), ...venues, ...(ctx.whereSpans ?? [])];
  for (const b of blanks) {
    if (b.start < from || b.end > to) continue;
    const s = b.start - from;
    gap = gap.slice(0, s) + ' '.repeat(b.end - b.start) + gap.slice(s + b.end - b.start);
  }
  // A place in parentheses ("une délégation de Tottori (Japon) conduite par") leaves empty ones.
  return gap
    .replace(gaps(ctx.lex).venue, (v) => ' '.repeat(v.length))
    .replace(gaps(ctx.lex).circumstance, ' ')
    .replace(/,\s+(?=\s)/g, ' ')
    .replace(/\(\s*\)/g, ' ');
}

/** The subject of a verb at `pos`: the nearest official before it, else the nearest organisation. */
function subjectBefore(ctx: SentenceContext, pos: number): Mention | undefined {
  const before = ctx.mentions.filter((m) => actor(m) && m.extentEnd <= pos);
  const nearest = (kind: Mention['kind']) => before.filter((m) => m.kind === kind).sort((a, b) => b.extentEnd - a.extentEnd)[0];
  return nearest('official') ?? nearest('organization');
}

/** Where the sentence says something happened: a place after "à", "au", … outside names. */
function placeOf(ctx: SentenceContext): string | undefined {
  const text = ctx.sentence.text;
  const place = ctx.mentions.find(
    (m) =>
      m.kind === 'place' &&
      !m.nested &&
      m.entity.label !== 'Country' &&
      ctx.lex.placePreposition.test(text.slice(0, m.start - ctx.sentence.start)),
  );
  return place?.entity.id;
}

/**
 * The sentence with its dates blanked (same length, same offsets), for finding verb phrases a
 * date interrupts ("a eu le 12 août une séance de travail avec", "a rendu le 21 mars une visite").
 */
function withoutDates(ctx: SentenceContext): string {
  let text = ctx.sentence.text;
  const lead = gaps(ctx.lex).dateLead;
  for (const d of ctx.dates) {
    const end = d.end - ctx.sentence.start;
    // The article or part of the day before the date goes too ("le 21 mars", "le matin du 3 mai").
    const s = d.start - ctx.sentence.start - (lead.exec(text.slice(0, d.start - ctx.sentence.start))?.[0].length ?? 0);
    text = text.slice(0, s) + ' '.repeat(end - s) + text.slice(end);
  }
  return text;
}

/**
 * The same with the places said where it happened blanked too ("a eu le 4 novembre à Hanoï une
 * séance de travail avec", "a été reçu le 8 octobre à Hanoï par"): a verb phrase a date and a place interrupt.
 */
function withoutCircumstances(ctx: SentenceContext, scan: string): string {
  let text = scan;
  const spans = [...ctx.mentions.filter((m) => m.kind === 'place' && !m.nested), ...(ctx.whereSpans ?? [])];
  for (const m of spans) {
    const start = m.start - ctx.sentence.start;
    const preposition = ctx.lex.placePreposition.exec(text.slice(Math.max(0, start - 30), start));
    if (!preposition) continue;
    const s = start - preposition[0].trimStart().length;
    text = text.slice(0, s) + ' '.repeat(m.end - ctx.sentence.start - s) + text.slice(m.end - ctx.sentence.start);
  }
  return text;
}

/** A verb phrase's matches in either reading of the sentence, the longer one where both match at one place. */
function verbMatches(pattern: RegExp, scans: readonly string[]): RegExpExecArray[] {
  const byIndex = new Map<number, RegExpExecArray>();
  for (const scan of scans)
    for (const m of scan.matchAll(pattern)) {
      const known = byIndex.get(m.index);
      if (!known || m[0].length > known[0].length) byIndex.set(m.index, m as RegExpExecArray);
    }
  const sorted = [...byIndex.values()].sort((a, b) => a.index - b.index);
  // A longer match swallows the shorter ones inside it.
  return sorted.filter(
    (m) =>
      !sorted.some((o) => o !== m && o.index <= m.index && o.index + o[0].length >= m.index + m[0].length && o[0].length > m[0].length),
  );
}

/** The actors coordinated before `last` ("X, et Y" before Y), first first. */
function listBefore(ctx: SentenceContext, last: Mention): Mention[] {
  const out: Mention[] = [];
  let next = last;
  for (const m of ctx.mentions.filter((o) => actor(o) && o.extentEnd <= last.extentStart).sort((a, b) => b.extentEnd - a.extentEnd)) {
    if (m.extentEnd > next.extentStart || !gaps(ctx.lex).next.test(circumstances(ctx, m.extentEnd, next.extentStart))) break;
    out.unshift(m);
    next = m;
  }
  return out;
}

/**
 * A delegation and the leader named with it ("une délégation de X conduite par Y") are both a
 * party, and so is whoever comes with a party ("M. X, accompagné de M. Y et de M. Z").
 */
function withLeaders(ctx: SentenceContext, parties: Mention[]): Mention[] {
  const g = gaps(ctx.lex);
  const out = [...parties];
  for (const m of parties) {
    const companion = ctx.mentions.find(
      (o) => actor(o) && o.extentStart >= m.extentEnd && g.companion.test(circumstances(ctx, m.extentEnd, o.extentStart)),
    );
    if (companion) for (const c of list(ctx, companion.extentStart, actor, /^\s*$/, g.next)) if (!out.includes(c)) out.push(c);
  }
  for (const m of [...out]) {
    if (m.entity.properties.kind === 'delegation') {
      const leader = ctx.mentions.find(
        (o) =>
          o.kind === 'official' &&
          !o.nested &&
          o.extentStart >= m.extentEnd &&
          g.leader.test(circumstances(ctx, m.extentEnd, o.extentStart)),
      );
      if (leader && !out.includes(leader)) out.push(leader);
    } else if (m.kind === 'official') {
      const delegation = ctx.mentions.find(
        (o) =>
          o.entity.properties.kind === 'delegation' &&
          ((o.extentEnd <= m.extentStart && g.leader.test(circumstances(ctx, o.extentEnd, m.extentStart))) ||
            (o.extentStart >= m.extentEnd && g.heads.test(circumstances(ctx, m.extentEnd, o.extentStart)))),
      );
      if (delegation && !out.includes(delegation)) out.push(delegation);
    }
  }
  return out;
}

/** Whether the verb at `index` is a noun here ("une demande"): a determiner right before it. */
function isNoun(text: string, index: number, lex: Lexicon): boolean {
  const before =
    text
      .slice(Math.max(0, index - 6), index)
      .trim()
      .split(/\s+/)
      .pop() ?? '';
  return before === before.toLowerCase() && lex.rules.determiners.includes(phraseKey(before));
}

/** `host`: who received (the subject of a request in the same sentence); `subject`: whom "Il" in the next sentence is. */
export function meetingFacts(ctx: SentenceContext): { host?: Entity; subject?: Entity } {
  const { sentence, lex, registry } = ctx;
  const g = gaps(lex);
  let subject: Entity | undefined;
  let grammatical: Entity | undefined;
  const record = (host: Mention, guests: Mention[], rule: string, confidence: number) => {
    const place = placeOf(ctx);
    for (const guest of guests) {
      registry.fact({
        type: 'MET_WITH',
        from: host.entity.id,
        to: guest.entity.id,
        properties: { ...dateProperties(ctx.date), ...(place ? { place } : {}) },
        sentence,
        confidence: Math.min(confidence, host.confidence, guest.confidence),
        rule,
      });
    }
    if (guests.length > 0)
      ctx.meetings.set(
        host.entity.id,
        guests.map((m) => m.entity.id),
      );
    for (const guest of guests) ctx.meetings.set(guest.entity.id, [host.entity.id]);
    subject ??= host.entity;
  };
  const dated = withoutDates(ctx);
  const scans = [dated, withoutCircumstances(ctx, dated)];
  for (const verb of verbMatches(lex.meetingVerbs, scans)) {
    if (isNoun(sentence.text, verb.index, lex)) continue;
    const start = sentence.start + verb.index;
    const host = subjectBefore(ctx, start);
    const guests = withLeaders(ctx, list(ctx, start + verb[0].length, actor, g.first, g.guestNext));
    if (host)
      record(
        host,
        guests.filter((m) => m.entity !== host.entity),
        `MET_WITH: host, "${phraseKey(verb[0])}", guest`,
        0.85,
      );
  }
  // "X et Y ont reçu Z", "X et Y se sont entretenus avec Z": each party of the list before the verb hosts.
  const pluralSpans: Array<[number, number]> = [];
  for (const verb of verbMatches(lex.pluralMeetingVerbs, scans)) {
    if (isNoun(sentence.text, verb.index, lex)) continue;
    const start = sentence.start + verb.index;
    pluralSpans.push([start, start + verb[0].length]);
    const last = subjectBefore(ctx, start);
    if (!last) continue;
    const hosts = [...listBefore(ctx, last), last];
    const guests = withLeaders(ctx, list(ctx, start + verb[0].length, actor, g.first, g.guestNext));
    for (const host of hosts) {
      const met = guests.filter((m) => !hosts.some((h) => h.entity === m.entity));
      if (met.length > 0) record(host, met, `MET_WITH: hosts, "${phraseKey(verb[0])}", guest`, 0.8);
    }
  }
  for (const verb of verbMatches(lex.passiveMeetingVerbs, scans)) {
    // "X a été reçu par Y et par Z", "X a rendu une visite de courtoisie à Y": each named after the verb received X.
    const start = sentence.start + verb.index;
    // "M. X et la délégation ont été reçus": the list ends right before the verb, whatever the kind of its last party.
    const adjacent = ctx.mentions.filter((m) => actor(m) && m.extentEnd <= start).sort((a, b) => b.extentEnd - a.extentEnd)[0];
    // "La délégation s'est rendue à la société X, où elle a été reçue par …": the pronoun is the
    // sentence's subject, not the body named last.
    const subjectOfSentence = ctx.mentions.find((m) => actor(m) && m.extentEnd <= start);
    const byPronoun =
      adjacent && subjectOfSentence !== adjacent && g.pronounBefore.test(circumstances(ctx, adjacent.extentEnd, start))
        ? subjectOfSentence
        : undefined;
    const guest =
      byPronoun ?? (adjacent && /^[\s,]*$/.test(circumstances(ctx, adjacent.extentEnd, start)) ? adjacent : subjectBefore(ctx, start));
    const hosts = list(ctx, start + verb[0].length, actor, g.first, g.agentNext);
    if (!guest) continue;
    // "X, et Y, ont été reçus par": every party of the list that ends at the subject.
    const guests = withLeaders(ctx, [...listBefore(ctx, guest), guest]);
    for (const host of hosts) {
      const received = guests.filter((m) => m.entity !== host.entity);
      if (received.length > 0) record(host, received, `MET_WITH: guest, "${phraseKey(verb[0])}", host`, 0.8);
    }
    // "X a été reçu par Y. Il a …": the pronoun after a passive is its grammatical subject, the guest.
    if (hosts.length > 0) grammatical ??= (guests.find((m) => m.kind === 'official') ?? guest).entity;
  }
  for (const verb of verbMatches(lex.mutualMeetingVerbs, scans)) {
    // "X et Y se sont entretenus": the list of actors that ends right before the verb.
    const start = sentence.start + verb.index;
    // "… se sont entretenus avec Z": the two are hosts, read above.
    if (pluralSpans.some(([s, e]) => start >= s && start < e)) continue;
    const before = ctx.mentions.filter((m) => actor(m) && m.extentEnd <= start).sort((a, b) => a.extentEnd - b.extentEnd);
    const second = before[before.length - 1];
    if (!second || !/^[\s,]*$/.test(circumstances(ctx, second.extentEnd, start))) continue;
    const first = [...before]
      .reverse()
      .find((m) => m.extentEnd <= second.extentStart && g.next.test(circumstances(ctx, m.extentEnd, second.extentStart)));
    if (first && first.entity !== second.entity) record(first, [second], `MET_WITH: both parties, "${phraseKey(verb[0])}"`, 0.75);
  }
  for (const cue of dated.matchAll(lex.meetingCues)) {
    const start = sentence.start + cue.index;
    // "En recevant une délégation … conduite par son vice-président, M. X, le vice-gouverneur …": X is a guest, not the host.
    const guests = withLeaders(ctx, list(ctx, start + cue[0].length, actor, g.first, g.cueNext));
    if (guests.length === 0) continue;
    const lastEnd = Math.max(...guests.map((m) => m.extentEnd));
    const host = subjectBefore(ctx, start) ?? ctx.mentions.find((m) => actor(m) && m.extentStart >= lastEnd && !guests.includes(m));
    if (host)
      record(
        host,
        guests.filter((m) => m.entity !== host.entity),
        `MET_WITH: "${phraseKey(cue[0])}" guest, host`,
        0.75,
      );
  }
  return { host: subject, subject: grammatical ?? subject };
}

/** `host`: the sentence's meeting host, who stays the subject of "… a reçu X et a demandé …". */
export function requestFacts(ctx: SentenceContext, host?: Entity): Entity | undefined {
  const { sentence, lex, registry } = ctx;
  const text = sentence.text;
  // "a souhaité la bienvenue" greets, it asks nothing.
  const verbs = [...withoutDates(ctx).matchAll(lex.requestVerbs)].filter(
    (v) => !isNoun(text, v.index, lex) && !lex.notRequest.test(text.slice(v.index + v[0].length)),
  );
  let subject: Entity | undefined;
  // ", qui offrent des bourses aux jeunes", ", où la ville compte …": a relative clause describes a
  // noun of the request; what it names is not asked for.
  const relatives = [...text.matchAll(lex.relativeClause)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const [k, verb] of verbs.entries()) {
    // "…, M. X, qui a suggéré aux deux localités de …": a relative clause opened by the request verb
    // is the request itself (its subject the name before), not a description.
    const own = relatives.filter(([s, e]) => s < verb.index && verb.index < e && /^,\s*\p{L}+\s+$/u.test(text.slice(s, verb.index)));
    const described = (offset: number) => relatives.some(([s, e]) => offset >= s && offset < e && !own.some(([o]) => o === s));
    const start = sentence.start + verb.index;
    const end = start + verb[0].length;
    const scopeEnd = lex.requestScopeEnd.exec(text.slice(verb.index + verb[0].length));
    const until = Math.min(
      k + 1 < verbs.length ? sentence.start + verbs[k + 1]!.index : sentence.end,
      scopeEnd ? end + scopeEnd.index : sentence.end,
    );
    // "« Nous espérons que … », a déclaré M. X": the speaker asks, whoever the quotation names.
    const quote = ctx.quotes.spans.find(([s, e]) => verb.index >= s && verb.index < e);
    let requester = quote ? quoteSpeaker(ctx, quote) : subjectBefore(ctx, start);
    if (
      requester &&
      host &&
      requester.entity !== host &&
      gaps(lex).coordination.test(text.slice(requester.extentEnd - sentence.start, verb.index))
    ) {
      requester = ctx.mentions.find((m) => m.entity === host) ?? requester;
    }
    // "… le président de la JETRO, M. X, à qui il a demandé …": the pronoun is the clause's subject, X is asked.
    if (requester && gaps(lex).relative.test(text.slice(requester.extentEnd - sentence.start, verb.index))) {
      const subjectOfSentence = host ?? ctx.mentions.find((m) => actor(m) && m.entity !== requester!.entity)?.entity;
      requester = ctx.mentions.find((m) => m.entity === subjectOfSentence) ?? requester;
    }
    if (!requester) continue;
    subject ??= requester.entity;
    const named = list(ctx, end, askable, gaps(lex).asked, gaps(lex).next).filter((m) => m.entity !== requester.entity);
    const askedOf = named.length > 0 ? named.map((m) => m.entity.id) : (ctx.meetings.get(requester.entity.id) ?? []);
    const names = ctx.mentions.filter((m) => m.kind === 'official' || m.kind === 'organization');
    // "Concernant la coopération dans le domaine du travail, il a demandé …": the topic is the first request's field too.
    const topicEnd = k === 0 ? sentence.start + (lex.topicOpener.exec(text)?.[0].length ?? 0) : sentence.start;
    for (const sector of ctx.sectors) {
      const inTopic = sector.end <= topicEnd && topicEnd <= start;
      if ((sector.start < end && !inTopic) || sector.start >= until) continue;
      if (names.some((m) => m.extentStart <= sector.start && sector.end <= m.extentEnd)) continue;
      if (described(sector.start - sentence.start)) continue;
      const between = text.slice(end - sentence.start, sector.start - sentence.start);
      const connected = lex.sectorConnector.test(between);
      registry.fact(
        {
          type: 'REQUESTED_COOPERATION_IN',
          from: requester.entity.id,
          to: sector.sector.id,
          properties: {
            askedOf,
            evidenceClause: clauseAround(text, sector.start - sentence.start, sector.end - sentence.start, end - sentence.start),
            ...dateProperties(ctx.date),
          },
          sentence,
          confidence: Math.min(requester.confidence, connected ? 0.8 : 0.65) * (named.length > 0 || askedOf.length > 0 ? 1 : 0.9),
          rule: `REQUESTED_COOPERATION_IN: requester, "${phraseKey(verb[0])}"${connected ? ', sector connector' : ''}, sector`,
        },
        String(sentence.index),
      );
    }
  }
  return subject;
}

/** The clause of a sector: from the last ";" (or the verb) before it to the next ";". */
function clauseAround(text: string, start: number, end: number, verbEnd: number): string {
  const left = Math.max(verbEnd, text.lastIndexOf(';', start) + 1);
  const semicolon = text.indexOf(';', end);
  const right = semicolon === -1 ? text.length : semicolon;
  return text.slice(left, right).trim().replace(/[.,]$/, '');
}

export function agreementFacts(ctx: SentenceContext): void {
  const { sentence, lex, registry } = ctx;
  const verb = lex.agreementVerb.exec(sentence.text);
  if (!verb) return;
  // "était disposée à étudier la signature d'un protocole": planned, not signed.
  if (lex.agreementPlan.test(sentence.text.slice(Math.max(0, verb.index - 60), verb.index))) return;
  const written = lex.agreementKind.exec(sentence.text);
  const kind = written ? lex.rules.agreementKinds[phraseKey(written[0])] : undefined;
  if (!kind) return;
  const text = sentence.text;
  // "la ville de Sakai (préfecture d'Osaka)": the parenthesis places Sakai, it is not a party.
  const inParenthesis = (m: Mention) =>
    /\([^()]*$/.test(text.slice(0, m.start - sentence.start)) && !/^[^()]*\(/.test(text.slice(m.end - sentence.start));
  // "la ville de Hamamatsu, dans la préfecture de Shizuoka": the second place says where the first is.
  const locates = (m: Mention) =>
    ctx.mentions.some(
      (o) =>
        o.kind === 'place' &&
        o !== m &&
        o.end <= m.start &&
        o.entity.properties.country === m.entity.properties.country &&
        lex.placeLocator.test(text.slice(o.end - sentence.start, m.start - sentence.start)),
    );
  // "ont signé le 5 mai à Tokyo un accord", "lors du forum organisé à Osaka": where it was signed, not a party.
  const where = (m: Mention) => !m.nested && lex.placePreposition.test(text.slice(0, m.start - sentence.start));
  const places = ctx.mentions.filter(
    (m) => m.kind === 'place' && m.entity.label !== 'Country' && !inParenthesis(m) && !locates(m) && !where(m),
  );
  const side = (country: string) => [
    ...new Map(places.filter((m) => m.entity.properties.country === country).map((m) => [m.entity.id, m])).values(),
  ];
  // "… un mémorandum d'entente sur la coopération dans les domaines de A et B": the fields it covers.
  const sectors = [...new Set(ctx.sectors.filter((x) => x.start >= sentence.start + written!.index).map((x) => x.sector.id))];
  // "les deux parties ont signé": the places last named on each side.
  const sideOrParty = (country: string) => {
    const named = side(country).map((m) => m.entity);
    // Not the place it was signed in ("Les deux parties ont signé à Tokyo …").
    const signedIn = new Set(ctx.mentions.filter((m) => m.kind === 'place' && where(m)).map((m) => m.entity.id));
    const party = named.length === 0 && lex.bothParties.test(text) ? registry.latestPlace(country, signedIn) : undefined;
    return party ? [party] : named;
  };
  const signed = (vns: Entity[], jps: Entity[], what: string) => {
    for (const vn of vns) {
      for (const jp of jps) {
        registry.fact({
          type: 'PARTNERS_WITH',
          from: vn.id,
          to: jp.id,
          properties: { kind: what, ...(sectors.length > 0 ? { sectors } : {}), ...dateProperties(ctx.ownDate) },
          sentence,
          confidence: Math.min(vn.confidence, jp.confidence, 0.8),
          rule: `PARTNERS_WITH: "${what}" signed between two places`,
        });
      }
    }
  };
  // "un protocole d'accord entre A et B, un mémorandum d'entente entre C et D": each document between the places after it.
  const documents = [...text.matchAll(new RegExp(lex.agreementKind.source, 'giu'))];
  const pairs = documents
    .map((d, k) => {
      const from = sentence.start + d.index;
      const to = k + 1 < documents.length ? sentence.start + documents[k + 1]!.index : sentence.end;
      const inside = (country: string) =>
        side(country)
          .filter((m) => m.start >= from && m.end <= to)
          .map((m) => m.entity);
      return { kind: lex.rules.agreementKinds[phraseKey(d[0])]!, vn: inside('vietnam'), jp: inside('japan') };
    })
    .filter((p) => p.vn.length > 0 && p.jp.length > 0);
  // "A et B ont signé un mémorandum …, tandis que C et D ont échangé une lettre d'intention": each clause its own parties.
  const clauses = clauseSpans(text, lex).flatMap(([from, to]) => {
    const clause = text.slice(from, to);
    const document = lex.agreementKind.exec(clause);
    if (!lex.agreementVerb.test(clause) || !document) return [];
    const inside = (country: string) =>
      side(country)
        .filter((m) => m.start - sentence.start >= from && m.end - sentence.start <= to)
        .map((m) => m.entity);
    return [{ kind: lex.rules.agreementKinds[phraseKey(document[0])]!, vn: inside('vietnam'), jp: inside('japan') }];
  });
  const clausePairs = clauses.filter((p) => p.vn.length > 0 && p.jp.length > 0);
  // "le mémorandum signé en 2019 entre Bình Định et Yamanashi …, que la nouvelle province de Gia
  // Lai entend poursuivre": the document names its parties; the other places of the sentence are not.
  // (One document only: several are each read with the places after them, below.)
  const between = documents.length === 1 && clausePairs.length <= 1 ? betweenParties(ctx, places, written!.index) : undefined;
  if (between) signed([between.vn], [between.jp], kind);
  else if (clausePairs.length > 1) for (const p of clausePairs) signed(p.vn, p.jp, p.kind);
  else if (documents.length > 1 && pairs.length > 1) for (const p of pairs) signed(p.vn, p.jp, p.kind);
  else signed(sideOrParty('vietnam'), sideOrParty('japan'), kind);
}

/** The two places right after "entre" following the document ("… signé entre A et B"), one on each side. */
function betweenParties(ctx: SentenceContext, places: Mention[], documentAt: number): { vn: Entity; jp: Entity } | undefined {
  const text = ctx.sentence.text;
  const entre = /(?<![\p{L}])entre\s+/iu.exec(text.slice(documentAt));
  if (!entre) return undefined;
  const from = ctx.sentence.start + documentAt + entre.index + entre[0].length;
  // The first two places after it, with nothing but their designations and "et" between them.
  const [a, b] = places.filter((m) => m.start >= from).sort((x, y) => x.start - y.start);
  if (!a || !b || a.start - from > 40 || b.start - a.end > 40) return undefined;
  if (!/^[^,;.()]*$/.test(text.slice(a.end - ctx.sentence.start, b.start - ctx.sentence.start))) return undefined;
  const vn = [a, b].find((m) => m.entity.properties.country === 'vietnam')?.entity;
  const jp = [a, b].find((m) => m.entity.properties.country === 'japan')?.entity;
  return vn && jp ? { vn, jp } : undefined;
}

/** The clauses of a sentence, split where a new subject starts ("; ", "tandis que", "alors que"). */
function clauseSpans(text: string, lex: Lexicon): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(lex.clauseSplit)) {
    spans.push([from, m.index]);
    from = m.index + m[0].length;
  }
  spans.push([from, text.length]);
  return spans;
}
