// Mentions in one sentence: places (gazetteer, and cities named with a cue), officials (a
// title next to a name, in either order, or an honorific), organisations (a head noun and its
// complement, acronyms), and light coreference (a title alone, a surname, "ce dernier", "il" at
// the start of a sentence) to officials already met in the article.
import { slugify, foldDiacritics } from '../../contract/text.ts';
import type { Entity, Mention, Registry } from './entities.ts';
import { namedNext, readComplement, type Complement, type Lexicon } from './lexicon.ts';
import { alternation, phraseKey, phraseRegex } from './patterns.ts';
import type { PlaceLevel } from '../gazetteers/schema.ts';
import type { TitleEntry } from './rules.ts';
import type { PlaceHit } from './places.ts';
import type { Sentence } from './sentences.ts';

interface TitleHit {
  start: number;
  /** End of the head ("gouverneur"). */
  headEnd: number;
  /** End of the complement ("… de la préfecture de Gunma au Japon"). */
  end: number;
  entry: TitleEntry;
  complement: Complement;
}

interface NameRun {
  start: number;
  end: number;
  text: string;
  tokens: string[];
}

/** What the sentence loop carries from one sentence to the next. */
export interface ArticleState {
  /** The subject of the previous sentence (for "il"/"elle"). */
  lastSubject?: Entity;
  /** The officials the previous sentence named: "Elle" after a man's sentence is the woman among them. */
  lastOfficials?: Entity[];
  /** Acronyms defined in the article ("(JICA)") → organisation. */
  acronyms: Map<string, Entity>;
  /** The acronyms' pattern, rebuilt only when the article defines a new one. */
  acronymPattern?: { key: string; regex: RegExp };
}

const ACRONYM = /(?<![\p{L}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}])/gu;
/** A capitalised word, or one in capitals ("YAMAMOTO Ichita", as some Japanese sources write surnames). */
const NAME_TOKEN = /(?<![\p{L}\p{M}'’-])\p{Lu}(?:[\p{Ll}\p{M}]+|[\p{Lu}\p{M}]+)(?:-\p{Lu}?[\p{Ll}\p{M}]+)*(?![\p{L}\p{M}])/gu;
const ALL_CAPS = /^[\p{Lu}\p{M}]+$/u;

export function findMentions(
  sentence: Sentence,
  sentencePlaces: PlaceHit[],
  lex: Lexicon,
  registry: Registry,
  state: ArticleState,
): Mention[] {
  const text = sentence.text;
  const mentions: Mention[] = [];
  const add = (
    entity: Entity,
    kind: Mention['kind'],
    start: number,
    end: number,
    confidence: number,
    rule: string,
    extent?: [number, number],
    nested = false,
  ): Mention => {
    // What coreference resolved ("Il", "le Premier ministre") is a mention, not another name.
    const surface = rule.startsWith('coreference') ? undefined : text.slice(start, end);
    registry.mention(entity, sentence, sentence.start + start, sentence.start + end, confidence, surface);
    const m: Mention = {
      entity,
      kind,
      start: sentence.start + start,
      end: sentence.start + end,
      extentStart: sentence.start + (extent?.[0] ?? start),
      extentEnd: sentence.start + (extent?.[1] ?? end),
      confidence,
      rule,
      nested,
    };
    mentions.push(m);
    return m;
  };

  const titles = findTitles(text, sentencePlaces, lex);
  const { runs, absorbed } = findNameRuns(text, titles, sentencePlaces, lex);
  const places = sentencePlaces.filter((p) => !absorbed.has(p));
  for (const p of places) {
    // A Japanese city is a place of its own only when named as one ("la ville de Kobe"); bare, it
    // is a dateline or a landmark, and counts only as what a title names ("le maire de Kobe"), or
    // as the city the article has already named as one ("la ville de Sakai …, entre Đà Nẵng et Sakai").
    if (
      p.place.label === 'Locality' &&
      p.place.country === 'japan' &&
      !p.cued &&
      !titles.some((t) => p.start >= t.headEnd && p.end <= t.end) &&
      (registry.entities.get(p.place.id)?.sentences.size ?? 0) === 0
    )
      continue;
    const e = registry.entity(p.place.id, p.place.label, p.place.name, p.rule);
    e.level ??= p.place.level;
    if (p.place.label !== 'Country') e.properties.country = p.place.country;
    if (p.place.successor) e.properties.successor = p.place.successor;
    add(e, 'place', p.start, p.end, p.confidence, p.rule);
  }

  const covered: Array<[number, number]> = titles.map((t) => [t.start, t.end]);
  const addOrganization = (start: number, complement: Complement, nested: boolean, rule: string, named?: string): Entity | undefined => {
    const kind = complement.head?.entry.kind;
    const country =
      complement.nationality ?? complement.places.find((p) => p.place.label === 'Country')?.place.id ?? complement.places[0]?.place.country;
    let name = named ?? text.slice(start, complement.end).replace(/\s+/g, ' ');
    // "une délégation de haut rang de la province de X" is the province's delegation.
    if (kind === 'delegation') name = name.replace(lex.delegationQualifier, '');
    if (kind === 'government') {
      if (!country || !lex.rules.governmentNames[country]) return undefined;
      name = lex.rules.governmentNames[country]!;
    }
    name = name.charAt(0).toUpperCase() + name.slice(1);
    const headKey = complement.head ? headKeyOf(text.slice(complement.head.start, complement.head.end), lex) : undefined;
    // A delegation or a committee is its place's: "la délégation de Nghệ An" and "la délégation de la province de Nghệ An" are one.
    const of =
      kind === 'delegation' || complement.head?.entry.governsPlace
        ? (complement.places.find((p) => p.place.label !== 'Country') ?? complement.places[0])?.place.id
        : undefined;
    // "(JICA)", and a short name that is one capitalised word ("(Kankeiren)"), not a place ("(Japon)").
    const parenthesis = /^\s*\((\p{Lu}[\p{L}\p{N}]{1,14})\)/u.exec(text.slice(complement.end));
    const acronym =
      parenthesis &&
      !places.some((p) => p.start === complement.end + parenthesis[0].indexOf(parenthesis[1]!)) &&
      (!lex.nonNameWords.has(parenthesis[1]!) || parenthesis[1]! in lex.rules.acronyms)
        ? parenthesis
        : null;
    // "l'Agence de coopération internationale du Japon (JICA)": an acronym the language knows names
    // the body, whatever wording the article gives it (that wording stays an alias).
    // (A delegation is not the body it comes from: that one is named apart, and takes the name.)
    const known = acronym && !named && kind !== 'delegation' ? lex.rules.acronyms[acronym[1]!] : undefined;
    // "l'Organisation japonaise du commerce extérieur" without "(JETRO)" is still the body the acronym names.
    const expanded = !acronym && !named && kind !== 'delegation' ? lex.acronymOfName.get(phraseKey(name)) : undefined;
    const written = name;
    if (known) name = known;
    const same = of
      ? [...registry.entities.values()].find((o) => o.label === 'Organization' && o.of === of && o.headKey === headKey && o.name !== name)
      : undefined;
    const bodyId = complement.head?.entry.governsPlace && of && headKey ? governedBodyId(headKey, of, lex) : undefined;
    // A body the language knows by its acronym has the acronym as id ("jica"), whatever its name's wording.
    const e = same ?? registry.entity(bodyId ?? slugify(known ? acronym![1]! : (expanded ?? name)), 'Organization', name, rule);
    if (known && written !== name) e.aliases.add(written);
    if (expanded) e.aliases.add(expanded);
    if (kind) e.properties.kind = kind;
    if (country) e.properties.country ??= country;
    if (headKey) e.headKey ??= headKey;
    if (of) e.of ??= of;
    let end = complement.end;
    if (acronym) {
      e.aliases.add(acronym[1]!);
      state.acronyms.set(acronym[1]!, e);
      end += acronym[0].length;
    }
    add(e, 'organization', start, complement.end, nested ? 0.75 : 0.8, rule, [start, end], nested);
    // A name built from a portfolio ("des Affaires étrangères") is not how the body is called.
    if (named) e.aliases.delete(text.slice(start, complement.end));
    // "la Fédération économique de Kyushu", "le Comité populaire de la province de Bắc Ninh": the
    // body is where its name says, so the place is reached through it (REPRESENTS, then LOCATED_IN).
    // A delegation comes from its place and a company only borrows the word, so neither is placed.
    // "le Consulat général du Vietnam à Fukuoka": where it is comes after "à".
    const where = [...complement.locatives, ...complement.places].find((p) => p.place.label !== 'Country');
    if (where && kind !== 'delegation' && kind !== 'company' && !named) locatedIn(e, placeEntity(where));
    return e;
  };
  const locatedIn = (body: Entity, place: Entity | undefined) => {
    if (!place) return;
    registry.fact({
      type: 'LOCATED_IN',
      from: body.id,
      to: place.id,
      properties: {},
      sentence,
      confidence: 0.8,
      rule: 'LOCATED_IN: the place the name of the body names',
    });
  };
  const placeEntity = (p: PlaceHit): Entity | undefined => registry.entities.get(p.place.id);
  /** The organisation an acronym names: defined in the article ("(JICA)") or known to the language. */
  const acronymEntity = (form: string): Entity | undefined => {
    let e = state.acronyms.get(form);
    const name = lex.rules.acronyms[form];
    if (!e && name) {
      e = registry.entity(slugify(form), 'Organization', name, 'organisation: known acronym');
      e.aliases.add(form);
      state.acronyms.set(form, e);
    }
    return e;
  };

  /** What a title names: a body ("de la Fédération …"), a place ("de la préfecture de Gunma") or a portfolio's ministry. */
  const titleTarget = (t: TitleHit, officialCountry?: string): { target?: Entity } => {
    const c = t.complement;
    const place = c.places.find((p) => p.place.label !== 'Country') ?? c.places[0];
    if (c.head?.entry.governsPlace && !place) {
      // "président du Comité populaire provincial" after "la province de Bắc Giang": that province;
      // else the place of that country the article named last ("le vice-président du Comité populaire de la ville").
      const country = c.head.entry.country;
      // Once the province it merged into is named, a former one ("après la fusion avec l'ancienne
      // province de Hải Dương") governs nothing: the committee is the new province's.
      // "du Comité populaire de la ville": a city, not the province named after it.
      const levelWords = phraseKey(text.slice(c.head.start, c.end)).split(/[\s'’]+/);
      const level = (Object.keys(lex.rules.placeLevels) as PlaceLevel[]).find((l) =>
        lex.rules.placeLevels[l].some((w) => levelWords.includes(w)),
      );
      const candidates = places.filter(
        (p) =>
          p.end <= t.start &&
          p.place.label !== 'Country' &&
          (!country || p.place.country === country) &&
          (!level || !p.place.level || p.place.level === level),
      );
      const before = (candidates.some((p) => !p.place.successor) ? candidates.filter((p) => !p.place.successor) : candidates).pop();
      const former = new Set([...registry.entities.values()].filter((e) => e.properties.successor).map((e) => e.id));
      // The place named last, not a former province if another will do.
      const latest = (of?: PlaceLevel) => registry.latestPlace(country, former, of) ?? registry.latestPlace(country, undefined, of);
      const governed = before ? placeEntity(before) : ((level && latest(level)) ?? latest());
      if (governed) {
        // The committee is named too: "Comité populaire provincial" of that province.
        const words = text.slice(c.head.start, c.end).replace(/\s+/g, ' ');
        const key = headKeyOf(text.slice(c.head.start, c.head.end), lex);
        // The same committee named before in other words ("Comité populaire de la province de X"): that one.
        const known = [...registry.entities.values()].find((o) => o.label === 'Organization' && o.of === governed.id && o.headKey === key);
        const body =
          known ??
          registry.entity(
            governedBodyId(key, governed.id, lex) ?? slugify(`${words} ${governed.name}`),
            'Organization',
            `${words} de ${governed.name}`,
            'organisation: the body a title names, of the place named before',
          );
        const bodyCountry = (governed.properties.country as string | undefined) ?? country;
        if (bodyCountry) body.properties.country ??= bodyCountry;
        body.headKey ??= key;
        body.of ??= governed.id;
        add(
          body,
          'organization',
          c.head.start,
          c.end,
          0.7,
          'organisation: the body a title names, of the place named before',
          undefined,
          true,
        );
        locatedIn(body, governed);
        return { target: body };
      }
      return { target: governed };
    }
    // "le président de la Fédération" after the Fédération was named: that one.
    const named =
      c.head && c.places.length === 0 && c.end === c.head.end
        ? previousOrganization(registry, headKeyOf(text.slice(c.head.start, c.head.end), lex))
        : undefined;
    if (named) {
      add(named, 'organization', c.head!.start, c.head!.end, 0.6, 'coreference: organisation head alone', undefined, true);
      return { target: named };
    }
    if (c.head) {
      const org = addOrganization(c.head.start, c, true, 'organisation: named in a title');
      // "président du Comité populaire de Bắc Ninh" represents the committee, which is LOCATED_IN Bắc Ninh.
      return { target: org };
    }
    // "directeur général de la JETRO à Hanoï": the agency, not the city.
    const acronym = [...text.slice(t.headEnd, c.end).matchAll(ACRONYM)].map((m) => ({ m, e: acronymEntity(m[0]) })).find((a) => a.e);
    if (acronym) {
      const at = t.headEnd + acronym.m.index;
      add(acronym.e!, 'organization', at, at + acronym.m[0].length, 0.75, 'organisation: acronym in a title', undefined, true);
      return { target: acronym.e };
    }
    if (place) return { target: placeEntity(place) };
    if (t.entry.portfolio && c.end > t.headEnd) {
      // "ministre des Affaires étrangères" of a Vietnamese official: the Vietnamese ministry.
      const adjective =
        c.nationality || !officialCountry
          ? undefined
          : Object.entries(lex.rules.nationalities).find(([, id]) => id === officialCountry)?.[0];
      const portfolio = [t.entry.portfolio, adjective, text.slice(t.headEnd, c.end).trim()].filter(Boolean).join(' ');
      const start = t.headEnd + (/^\s*/.exec(text.slice(t.headEnd))?.[0].length ?? 0);
      const ministry = addOrganization(start, c, true, 'organisation: the ministry of a portfolio', portfolio);
      if (ministry && officialCountry) ministry.properties.country ??= officialCountry;
      // "le ministère", "le ministère japonais" later: this one.
      if (ministry) ministry.headKey ??= headKeyOf(t.entry.portfolio, lex);
      return { target: ministry };
    }
    return {};
  };

  // Organisations named outside titles.
  for (const m of text.matchAll(lex.organizationHeads)) {
    const start = m.index;
    if (covered.some(([s, e]) => start >= s && start < e)) continue;
    const head = lex.headByKey.get(phraseKey(m[0]))!;
    const capitalised = /^\p{Lu}/u.test(m[0]);
    const definite = lex.definiteBefore.test(text.slice(Math.max(0, start - 4), start));
    /** "la délégation", "l'agence" alone: the body of that kind named last. */
    const previous = previousOrganization(registry, headKeyOf(m[0], lex));
    const pointBack = () => {
      if (previous) add(previous, 'organization', start, start + m[0].length, 0.6, 'coreference: organisation head alone');
    };
    // "la société japonaise Aeon": a nationality between a company's word and its name.
    const nationalityFirst = head.properName ? /^[ \t\u00a0]+(\p{Ll}+)(?=[ \t\u00a0]+\p{Lu})/u.exec(text.slice(start + m[0].length)) : null;
    const companyCountry = nationalityFirst ? lex.rules.nationalities[phraseKey(nationalityFirst[1]!)] : undefined;
    if (companyCountry) {
      const from = start + m[0].length + nationalityFirst![0].length;
      const company = readComplement(text, from, places, lex, { directLowercase: false, locative: false, properName: true });
      if (company.end > from) {
        const name = `${m[0]} ${text.slice(from, company.end).trim()}`.replace(/\s+/g, ' ');
        const e = addOrganization(
          start,
          { ...company, head: { start, end: start + m[0].length, entry: head }, nationality: companyCountry },
          false,
          'organisation: head noun and name',
          name,
        );
        e?.aliases.add(text.slice(start, company.end).replace(/\s+/g, ' '));
        covered.push([start, company.end]);
        continue;
      }
    }
    if ((head.capitalOnly && !capitalised) || (head.properName && !namedNext(text, start + m[0].length))) {
      if (definite) pointBack();
      continue;
    }
    const complement = readComplement(text, start + m[0].length, places, lex, {
      directLowercase: !head.properName,
      locative: head.kind === 'embassy' || head.kind === 'consulate' || head.kind === 'consulate general',
      properName: head.properName === true || (head.capitalOnly === true && capitalised && namedNext(text, start + m[0].length)),
      stopAtInner: head.kind === 'delegation',
    });
    const inner = complement.head;
    complement.head = { start, end: start + m[0].length, entry: head };
    // "la communauté vietnamienne vivant et travaillant dans la région de Kyushu", "… qui vit à
    // Osaka": a community is of the place it lives in, named further on in the same clause.
    if (head.kind === 'community' && complement.places.length === 0) {
      const from = start + m[0].length;
      const lives = places.find(
        (p) =>
          p.start > from &&
          p.start - from <= 100 &&
          p.place.label !== 'Country' &&
          !/[,.;:()]/.test(text.slice(from, p.start)) &&
          lex.residence.test(text.slice(from, p.cueStart ?? p.start)),
      );
      if (lives) {
        const name = `${m[0].charAt(0).toUpperCase()}${m[0].slice(1)} de ${lives.place.name}`;
        const community = addOrganization(
          start,
          { ...complement, end: lives.end, places: [lives], proper: true },
          false,
          'organisation: a community and where it lives',
          name,
        );
        // The words as written are how the body was named here (resolution compares them too).
        community?.aliases.add(text.slice(start, lives.end).replace(/\s+/g, ' '));
        covered.push([start, lives.end]);
        continue;
      }
    }
    // "le ministère japonais", "la délégation vietnamienne": a nationality alone names no body,
    // it points back to the one of that kind and country named before.
    const nationalityOnly =
      complement.nationality !== undefined &&
      complement.places.length === 0 &&
      !inner &&
      phraseKey(text.slice(start + m[0].length, complement.end)) in lex.rules.nationalities;
    if (nationalityOnly && head.kind !== 'government') {
      const same = [...registry.entities.values()]
        .filter(
          (e) =>
            e.label === 'Organization' &&
            e.headKey === headKeyOf(m[0], lex) &&
            e.properties.country === complement.nationality &&
            e.lastSeen >= 0,
        )
        .sort((a, b) => b.lastSeen - a.lastSeen)[0];
      if (same) {
        add(same, 'organization', start, complement.end, 0.6, 'coreference: organisation head and nationality');
        covered.push([start, complement.end]);
        continue;
      }
    }
    // A capitalised head inside a sentence starts a proper name ("l'Office général des statistiques"),
    // unless the article already named a body of that kind: "la Fédération incite …" is that one.
    if (complement.proper || (start > 0 && capitalised && complement.end > start + m[0].length && !(definite && previous))) {
      const named = addOrganization(start, complement, false, 'organisation: head noun and name');
      if (named) covered.push([start, complement.end]);
      // "une délégation de la Fédération …": the body the delegation comes from is named too, and resolution merges the two.
      const body =
        head.kind === 'delegation' && inner
          ? addOrganization(inner.start, { ...complement, head: inner }, true, 'organisation: named in a delegation')
          : undefined;
      if (named && body) {
        named.properties.delegationOf = body.id;
        // It is the body's delegation, not a place's: "son président" is the body's.
        named.of = body.of;
      }
      continue;
    }
    // "la Fédération" alone: the organisation of that kind named last.
    if (capitalised || definite) pointBack();
  }

  // Acronyms alone ("JETRO") and acronyms the article defined.
  const acronymForms = [...new Set([...Object.keys(lex.rules.acronyms), ...state.acronyms.keys()])];
  if (acronymForms.length > 0) {
    const key = acronymForms.join('|');
    if (state.acronymPattern?.key !== key) state.acronymPattern = { key, regex: phraseRegex(acronymForms, 'gu') };
    for (const m of text.matchAll(state.acronymPattern.regex)) {
      if (covered.some(([s, e]) => m.index >= s && m.index < e) || text[m.index - 1] === '(') continue;
      add(acronymEntity(m[0])!, 'organization', m.index, m.index + m[0].length, 0.8, 'organisation: acronym');
    }
  }

  // Officials: titles bound to names.
  const chains = chainTitles(titles, text, lex);
  const boundRuns = new Set<NameRun>();
  for (const chain of chains) {
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const before = runs.find((r) => r.end <= first.start && lex.nameTitleGap.test(text.slice(r.end, first.start)));
    const after = before ? undefined : runs.find((r) => r.start >= last.end && lex.nameTitleGap.test(text.slice(last.end, r.start)));
    const run = before ?? after;
    if (!run) {
      // A title alone: the official last seen with that role (and the same body, when named).
      const roles = chain.map((t) => roleOf(t, text, lex));
      const targets = chain.flatMap((t) => titleTarget(t).target?.id ?? []);
      // "Le secrétaire" after "le secrétaire du Comité provincial du Parti": a role is also named by its first words.
      const holds = (e: Entity, r: string) => e.roles.has(r) || [...e.roles].some((held) => held.startsWith(`${r} `));
      // "La présidente du Conseil populaire" after "… conduite par sa présidente, Mme X": the same
      // office (the bare title) of the same body, however much of the body's name each names.
      const bases = chain.map((t) => t.entry.role ?? t.entry.form);
      const sameOffice = (e: Entity) => targets.length > 0 && bases.some((b) => holds(e, b));
      const official = mostRecent(
        registry,
        (e) => (roles.some((r) => holds(e, r)) || sameOffice(e)) && targets.every((t) => e.represents.has(t)),
      );
      if (official) add(official, 'official', first.start, last.end, 0.7, 'coreference: title alone');
      continue;
    }
    boundRuns.add(run);
    // "le gouverneur Fukuda Tomikazu de la préfecture de Tochigi": the body after the name.
    let trailing: Complement | undefined;
    if (after && last.end === last.headEnd) {
      const c = readComplement(text, run.end, places, lex, { directLowercase: false, locative: true, namedOnly: true });
      if (c.head || c.places.length > 0) trailing = last.complement = c;
    }
    const official = officialFor(run, registry, lex, before ? 'official: name, title' : 'official: title, name');
    if (!official) continue;
    const honorific = lex.honorific.exec(text.slice(Math.max(0, run.start - 6), run.start));
    if (honorific) official.properties.honorific ??= honorific[0].trim();
    official.feminine ??= chain.some((t) => t.entry.feminine)
      ? true
      : honorific
        ? lex.feminineHonorific.has(honorific[0].trim())
        : undefined;
    official.properties.title ??= text.slice(first.start, last.end).replace(/\s+/g, ' ').normalize('NFC');
    let extentEnd = Math.max(run.end, last.end, trailing?.end ?? 0);
    const parenthetical = /^\s*\(([^()]{1,30})\)/.exec(text.slice(extentEnd));
    let country = chain.map((t) => t.complement.nationality ?? countryOfPlaces(t.complement)).find(Boolean);
    if (parenthetical) {
      const stated = places.find((p) => p.start === extentEnd + parenthetical[0].indexOf(parenthetical[1]!) && p.place.label === 'Country');
      country ??= stated?.place.id;
      extentEnd += parenthetical[0].length;
    }
    country ??=
      (official.properties.country as string | undefined) ??
      (lex.vietnameseSurnames.has(run.tokens[0]!.normalize('NFC')) ? 'vietnam' : undefined);
    if (country) official.properties.country ??= country;
    const titleTargets = chain.map((t) => titleTarget(t, official.properties.country as string | undefined));
    const rule = before ? 'official: name, title' : 'official: title, name';
    const mention = add(official, 'official', run.start, run.end, run.tokens.length > 1 ? 0.9 : 0.6, rule, [
      Math.min(run.start, first.start),
      extentEnd,
    ]);
    for (const [k, t] of chain.entries()) {
      const role = roleOf(t, text, lex);
      const preceding = text.slice(Math.max(0, t.start - 12), t.start);
      // "l'ancien Premier ministre": a former office represents nothing now.
      if (lex.formerMarker.test(preceding)) continue;
      official.roles.add(role);
      let target = titleTargets[k]!.target;
      // "conduite par son président X": the body named just before.
      // "conduite par la vice-gouverneure X" too: a governor or a mayor leading a delegation heads its place.
      const ledBy = t.entry.headsPlace === true && ledByGap(lex).test(text.slice(Math.max(0, t.start - 40), t.start));
      if (!target && t.end === t.headEnd && (lex.possessive.test(preceding) || ledBy)) {
        const previous = mentions
          .filter((m) => m.kind === 'organization' && m.end <= sentence.start + t.start)
          .sort((a, b) => a.end - b.end);
        // "une délégation de la préfecture de Tottori conduite par son gouverneur": the delegation's place.
        // "une délégation du Comité populaire de Hải Phòng conduite par son vice-président": the committee's place.
        const last = previous[previous.length - 1]?.entity;
        // A governor or a mayor heads the place; any other head (president, secretary) the body the delegation is of.
        const ofBody = typeof last?.properties.delegationOf === 'string' ? registry.entities.get(last.properties.delegationOf) : undefined;
        const delegationBody = t.entry.headsPlace
          ? undefined
          : (ofBody ?? (last?.of && last.properties.kind !== 'delegation' ? last : undefined));
        const delegationPlace = last?.of ? registry.entities.get(last.of) : undefined;
        target = delegationBody ?? delegationPlace ?? previous.filter((m) => m.entity.properties.kind !== 'delegation').pop()?.entity;
      }
      // "… dans la ville de Kitakyushu, où il a été reçu par le maire, X": a mayor named alone heads
      // the city the sentence has just named as one, with no other place between.
      if (!target && t.end === t.headEnd && t.entry.headsPlace) {
        const city = places.filter((p) => p.cued && p.place.label === 'Locality' && p.end <= t.start).pop();
        if (city && !places.some((p) => p.start >= city.end && p.end <= t.start)) target = placeEntity(city);
      }
      if (!target && t.entry.government) {
        const country = official.properties.country as string | undefined;
        const name = country ? lex.rules.governmentNames[country] : undefined;
        if (name) target = registry.entity(slugify(name), 'Organization', name, 'organisation: government of the head of government');
        if (target && country) target.properties.country = country;
      }
      if (!target && t.entry.impliesOrganization) {
        target = registry.entity(
          slugify(t.entry.impliesOrganization),
          'Organization',
          t.entry.impliesOrganization,
          'organisation: implied by the title',
        );
        registry.mention(target, sentence, sentence.start + t.start, sentence.start + t.headEnd, 0.75);
      }
      if (!target) continue;
      if (target.sentences.size === 0) registry.mention(target, sentence, sentence.start + t.start, sentence.start + t.end, 0.7);
      official.represents.add(target.id);
      // "le responsable japonais" later: one who represents a Japanese body or place is Japanese.
      const targetCountry = target.label === 'Country' ? target.id : target.properties.country;
      if (typeof targetCountry === 'string') official.properties.country ??= targetCountry;
      registry.fact({
        type: 'REPRESENTS',
        from: official.id,
        to: target.id,
        properties: { role },
        sentence,
        confidence: Math.min(mention.confidence, 0.85),
        rule: 'REPRESENTS: the title names the body or place',
      });
    }
  }

  // Names with an honorific only, or already known in the article.
  for (const run of runs) {
    if (boundRuns.has(run)) continue;
    const honorific = lex.honorific.exec(text.slice(Math.max(0, run.start - 6), run.start));
    const known = knownOfficial(run, registry);
    if (known)
      add(
        known,
        'official',
        run.start,
        run.end,
        run.tokens.length > 1 ? 0.85 : 0.7,
        run.tokens.length > 1 ? 'official: known name' : 'coreference: surname',
      );
    else if (honorific && run.tokens.length > 1) {
      const official = officialFor(run, registry, lex, 'official: honorific and name');
      if (!official) continue;
      official.properties.honorific ??= honorific[0].trim();
      official.feminine ??= lex.feminineHonorific.has(honorific[0].trim());
      if (lex.vietnameseSurnames.has(run.tokens[0]!.normalize('NFC'))) official.properties.country ??= 'vietnam';
      add(official, 'official', run.start, run.end, 0.75, 'official: honorific and name');
    }
  }

  // "ce dernier", "le chef du gouvernement", and "Il" opening the sentence.
  for (const m of text.matchAll(lex.lastMentioned)) {
    const official = mostRecent(registry, (e) => e.label === 'Official', sentence.start + m.index);
    if (official) add(official, 'official', m.index, m.index + m[0].length, 0.65, 'coreference: ce dernier');
  }
  for (const m of text.matchAll(lex.descriptions)) {
    if (covered.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const role = lex.rules.coreference.descriptions[phraseKey(m[0])];
    const official = role ? mostRecent(registry, (e) => e.roles.has(role)) : undefined;
    if (official) add(official, 'official', m.index, m.index + m[0].length, 0.65, 'coreference: description');
  }
  // "le dirigeant", "la responsable provinciale": the one the previous sentence was about, else the official named last (of the country an adjective gives).
  for (const m of text.matchAll(lex.leaders)) {
    if (mentions.some((o) => o.kind === 'official' && o.start < sentence.start + m.index + m[0].length && o.end > sentence.start + m.index))
      continue;
    const after = text
      .slice(m.index + m[0].length)
      .trimStart()
      .toLowerCase();
    const adjective = /^[\p{L}\p{M}]+/u.exec(after)?.[0] ?? '';
    const local = Object.entries(lex.rules.coreference.localQualifiers).find(
      ([q]) => after.startsWith(q) && !/^[\p{L}\p{M}]/u.test(after.slice(q.length)),
    );
    const country = lex.rules.nationalities[adjective] ?? local?.[1];
    const fits = (e: Entity) => e.label === 'Official' && (!country || e.properties.country === country);
    const official =
      state.lastSubject && fits(state.lastSubject) ? state.lastSubject : mostRecent(registry, fits, sentence.start + m.index);
    if (official) add(official, 'official', m.index, m.index + m[0].length, 0.6, 'coreference: a leader described');
  }
  // "Il a …", "Selon lui, …", and "Concernant le travail, il a demandé …": a pronoun for the previous
  // sentence's subject, opening the sentence or after a phrase put first that names no actor.
  const pronoun = ((): { at: number; length: number; feminine: boolean } | undefined => {
    const co = lex.rules.coreference;
    const feminine = (word: string) => co.femininePronouns.some((f) => phraseKey(word).split(' ').pop() === phraseKey(f));
    const opening = co.subjectPronouns.find((p) => text.startsWith(`${p} `));
    if (opening) return { at: 0, length: opening.length, feminine: feminine(opening) };
    const according = co.accordingTo.find((p) => text.startsWith(p) && /^\s*,/.test(text.slice(p.length)));
    if (according) return { at: 0, length: according.length, feminine: feminine(according) };
    const fronted = lex.frontedPronoun.exec(text);
    if (!fronted) return undefined;
    const at = fronted.index + fronted[0].length - fronted[1]!.length;
    const actorBefore = mentions.some(
      (m) => !m.nested && (m.kind === 'official' || m.kind === 'organization') && m.start - sentence.start < at,
    );
    return actorBefore ? undefined : { at, length: fronted[1]!.length, feminine: feminine(fronted[1]!) };
  })();
  // An official named right after it is the subject instead ("Il" before a name is rare); one described
  // ("le diplomate japonais") is an object of the pronoun's verb.
  const namedEarly = mentions.some(
    (m) => m.kind === 'official' && !m.rule.startsWith('coreference') && m.start - sentence.start < (pronoun?.at ?? 0) + 20,
  );
  /**
   * A pronoun for the previous sentence's subject; "… a été reçue par le maire, M. X. Elle a sollicité …":
   * not the man, the woman the sentence named.
   */
  const addPronoun = (feminine: boolean, at: number, length: number, rule: string) => {
    const clash = (e: Entity) => e.label === 'Official' && e.feminine !== undefined && e.feminine !== feminine;
    const referent =
      state.lastSubject && !clash(state.lastSubject) ? state.lastSubject : state.lastOfficials?.find((e) => e.feminine === feminine);
    if (referent) add(referent, referent.label === 'Official' ? 'official' : 'organization', at, at + length, 0.55, rule);
  };
  if (pronoun && state.lastSubject && !namedEarly)
    addPronoun(pronoun.feminine, pronoun.at, pronoun.length, 'coreference: pronoun opening the sentence');
  // "« … », a-t-il déclaré": the pronoun after the quotation is the previous sentence's subject, the speaker.
  for (const m of text.matchAll(lex.invertedPronoun)) {
    const feminine = lex.rules.coreference.femininePronouns.some((f) => m[1]!.toLowerCase().endsWith(f.toLowerCase()));
    addPronoun(feminine, m.index + m[0].length - m[1]!.length, m[1]!.length, 'coreference: pronoun after a quotation');
  }

  // Places and organisations inside a title or another name are not actors of their own.
  for (const m of mentions) {
    if (m.kind === 'official') continue;
    if (
      mentions.some(
        (o) =>
          o !== m &&
          (o.kind === 'official' || o.kind === 'organization') &&
          o.extentStart <= m.start &&
          m.end <= o.extentEnd &&
          o.extentEnd - o.extentStart > m.end - m.start,
      )
    )
      m.nested = true;
  }
  return mentions.sort((a, b) => a.extentStart - b.extentStart || b.extentEnd - a.extentEnd);
}

const ledByCache = new WeakMap<Lexicon, RegExp>();
/** Ends the text between a delegation and its leader's title: "conduite par la ", "dirigée par le ". */
function ledByGap(lex: Lexicon): RegExp {
  let r = ledByCache.get(lex);
  if (!r) {
    r = new RegExp(
      `(?<![\\p{L}])(?:${alternation(lex.rules.leaderIntroducers)})\\s+(?:${alternation(lex.rules.definiteArticles)})(?:\\s+|(?<=['’]))$`,
      'iu',
    );
    ledByCache.set(lex, r);
  }
  return r;
}

function findTitles(text: string, places: PlaceHit[], lex: Lexicon): TitleHit[] {
  const hits: TitleHit[] = [];
  for (const m of text.matchAll(lex.titles)) {
    if (hits.some((h) => m.index < h.end)) continue;
    const entry = lex.titleByKey.get(phraseKey(m[0]));
    if (!entry) continue;
    const headEnd = m.index + m[0].length;
    const complement = readComplement(text, headEnd, places, lex, { directLowercase: false, locative: true, namedOnly: true });
    hits.push({ start: m.index, headEnd, end: titleEnd(text, complement, places, lex), entry, complement });
  }
  return hits;
}

/**
 * Where a title ends: its complement, then the acronym the body's name is given and where the
 * office is ("représentant en chef de l'Agence japonaise de coopération internationale (JICA) au
 * Vietnam, M. X"), so that the name after them is the title's holder. The complement itself stops
 * before the parenthesis: the body's name and its acronym are read from there.
 */
function titleEnd(text: string, complement: Complement, places: PlaceHit[], lex: Lexicon): number {
  if (!complement.head) return complement.end;
  const acronym = /^[ \t\u00a0]*\(\p{Lu}[\p{L}\p{N}]{1,14}\)/u.exec(text.slice(complement.end));
  if (!acronym || places.some((p) => p.start > complement.end && p.end <= complement.end + acronym[0].length)) return complement.end;
  const end = complement.end + acronym[0].length;
  const place = places.find((p) => p.start > end && /^[ \t\u00a0]+\p{L}{1,3}[ \t\u00a0]+$/u.test(text.slice(end, p.start)));
  return place && lex.placePreposition.test(text.slice(0, place.start)) ? place.end : end;
}

/** Titles joined by "et" or a comma are one holder's ("membre du Bureau politique et Premier ministre"). */
function chainTitles(titles: TitleHit[], text: string, lex: Lexicon): TitleHit[][] {
  const chains: TitleHit[][] = [];
  for (const t of titles) {
    const last = chains[chains.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && lex.titleJoiner.test(text.slice(prev.end, t.start))) last!.push(t);
    else chains.push([t]);
  }
  return chains;
}

/**
 * Runs of capitalised words outside titles and places. A place written without its designation
 * right after a name's first word belongs to the name ("Nguyễn Hòa Bình" is a person, not the
 * province of Hòa Bình): it is returned in `absorbed`.
 */
function findNameRuns(text: string, titles: TitleHit[], places: PlaceHit[], lex: Lexicon): { runs: NameRun[]; absorbed: Set<PlaceHit> } {
  const runs: NameRun[] = [];
  const absorbed = new Set<PlaceHit>();
  let current: NameRun | undefined;
  for (const m of text.matchAll(NAME_TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const adjacent = current !== undefined && /^[ \u00a0]+$/.test(text.slice(current.end, start)) && current.tokens.length < 5;
    const place = places.find((p) => start < p.end && end > p.start);
    if (place && !place.cued && adjacent && (absorbed.has(place) || place.start === start)) absorbed.add(place);
    // "M. Yamaguchi Shinya": after an honorific a place's name is a family name.
    if (place && !place.cued && place.start === start && lex.honorific.test(text.slice(Math.max(0, start - 6), start))) absorbed.add(place);
    // "Le gouverneur Ibaraki Ryuta": a bare place right before a given name, outside a title's words, is a family name too.
    if (place && !place.cued && place.start === start && place.end === end && !titles.some((t) => start < t.end && end > t.start)) {
      const next = /^[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}'’-])/u.exec(text.slice(end));
      const nextStart = next ? end + next[0].length - next[1]!.length : -1;
      if (next && !lex.nonNameWords.has(next[1]!.normalize('NFC')) && !places.some((p) => p.start === nextStart)) absorbed.add(place);
    }
    const excluded =
      lex.nonNameWords.has(m[0].normalize('NFC')) ||
      m[0] in lex.rules.acronyms ||
      titles.some((t) => start < t.end && end > t.start) ||
      (place !== undefined && !absorbed.has(place));
    if (excluded) {
      current = undefined;
      continue;
    }
    if (current && adjacent) {
      current.end = end;
      current.text = text.slice(current.start, end);
      current.tokens.push(m[0]);
    } else {
      current = { start, end, text: m[0], tokens: [m[0]] };
      runs.push(current);
    }
  }
  // Capitals alone are an acronym or a shout, not a name: a name has a word in lower case.
  return { runs: runs.filter((r) => r.tokens.some((t) => !ALL_CAPS.test(t))), absorbed };
}

function countryOfPlaces(c: Complement): string | undefined {
  return (c.places.find((p) => p.place.label !== 'Country') ?? c.places[0])?.place.country;
}

/** The role a title gives (NFC: roles are compared across sentences and shown). */
function roleOf(t: TitleHit, text: string, lex: Lexicon): string {
  const role = t.entry.role ?? t.entry.form;
  const head = t.complement.head;
  let words = '';
  // "président du Comité populaire": the role names the body (the fact points at the body too).
  if (head?.entry.governsPlace && head.start >= t.headEnd) words = text.slice(t.headEnd, head.end);
  else if (t.entry.portfolio && !head && t.complement.places.length === 0) {
    words = text
      .slice(t.headEnd, t.complement.end)
      .split(/\s+/)
      .filter((w) => !(phraseKey(w) in lex.rules.nationalities))
      .join(' ');
  }
  return `${role} ${words.trim().replace(/\s+/g, ' ')}`.trim().normalize('NFC');
}

function officialFor(run: NameRun, registry: Registry, lex: Lexicon, rule: string): Entity | undefined {
  if (run.tokens.length === 1) {
    const known = knownOfficial(run, registry);
    if (known) return known;
  }
  if (run.tokens.every((t) => lex.nonNameWords.has(t))) return undefined;
  const known = knownOfficial(run, registry);
  if (known) return known;
  const name = run.tokens.map((t) => (ALL_CAPS.test(t) ? t.charAt(0) + t.slice(1).toLowerCase() : t)).join(' ');
  const e = registry.entity(slugify(name), 'Official', name, rule);
  e.tokens = run.tokens.map(nameKey);
  return e;
}

/**
 * A name word compared loosely: folded, lower case, and the long vowels of romanised Japanese
 * written one way ("Ōmura", "Ohmura", "Oomura" → "omura"; "Yuuko" → "yuko").
 */
export function nameKey(word: string): string {
  return foldDiacritics(word)
    .toLowerCase()
    .replace(/oh(?![aeiouy])/g, 'o')
    .replace(/o[ou]/g, 'o')
    .replace(/uu/g, 'u');
}

/** An official of the article with this name, the same words in another order, or this surname. */
function knownOfficial(run: NameRun, registry: Registry): Entity | undefined {
  const folded = run.tokens.map(nameKey);
  const officials = [...registry.entities.values()].filter((e) => e.label === 'Official');
  if (folded.length > 1) {
    const key = [...folded].sort().join(' ');
    return officials.find((e) => [...e.tokens].sort().join(' ') === key);
  }
  const candidates = officials.filter((e) => e.tokens.includes(folded[0]!));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** The key of a head noun as written, one for all wordings of a kind of body ("Comité populaire provincial" → "comité populaire"). */
function headKeyOf(surface: string, lex: Lexicon): string {
  const key = phraseKey(surface);
  const sameAs = lex.headByKey.get(key)?.sameAs;
  return sameAs ? phraseKey(sameAs) : key;
}

/** The id of the body with this head key that governs this place ("thai-binh-peoples-committee"), if its head has one. */
function governedBodyId(headKey: string, placeId: string, lex: Lexicon): string | undefined {
  const suffix = lex.headByKey.get(headKey)?.idSuffix;
  return suffix ? `${placeId}-${suffix}` : undefined;
}

/** The organisation with this head noun mentioned last in the article ("la Fédération"). */
function previousOrganization(registry: Registry, headKey: string): Entity | undefined {
  return [...registry.entities.values()]
    .filter((e) => e.label === 'Organization' && e.headKey === headKey && e.lastSeen >= 0)
    .sort((a, b) => b.lastSeen - a.lastSeen)[0];
}

function mostRecent(registry: Registry, test: (e: Entity) => boolean, before = Number.POSITIVE_INFINITY): Entity | undefined {
  let best: Entity | undefined;
  for (const e of registry.entities.values()) {
    if (e.label !== 'Official' || e.lastSeen < 0 || e.lastSeen >= before || !test(e)) continue;
    if (!best || e.lastSeen > best.lastSeen) best = e;
  }
  return best;
}
