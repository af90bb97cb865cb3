// The extraction engine: split the text into sentences, then walk them in order (coreference needs the order) collecting
// mentions and the facts they state, and build the draft. Language-independent: every word it
// knows comes from the LanguageRules it is given.
import type { Draft, ExtractRequest } from '../../contract/ingest.ts';
import type { Gazetteers } from '../gazetteers/index.ts';
import { buildArticle } from './article.ts';
import { findDates, resolveDate, type ResolvedDate } from './dates.ts';
import { Registry, type Entity } from './entities.ts';
import { agreementFacts, meetingFacts, quotations, quoteSpeaker, requestFacts, type SentenceContext } from './facts.ts';
import { compileLexicon } from './lexicon.ts';
import { findMentions, type ArticleState } from './mentions.ts';
import { placesOf } from './places.ts';
import type { LanguageRules } from './rules.ts';
import { findSectors } from './sectors.ts';
import { splitSentences } from './sentences.ts';

/** Shorter sentences cannot be evidence (the dataset asks for at least a clause). */
const MIN_EVIDENCE = 10;

export function extract(request: ExtractRequest, rules: LanguageRules, gazetteers: Gazetteers): Draft {
  const lex = compileLexicon(rules);
  const text = request.text;
  const sentences = splitSentences(text, rules.abbreviations);
  const registry = new Registry();
  const state: ArticleState = { acronyms: new Map() };
  const meetings = new Map<string, string[]>();
  // A quotation may run over several sentences ("M. X a déclaré : « … . … »"): its speaker carries on.
  let quoteOpen = false;
  let quoteSpeakerCarried: Entity | undefined;
  let firstDate: ResolvedDate | undefined;
  let date: ResolvedDate | undefined;

  for (const sentence of sentences) {
    if (sentence.text.length < MIN_EVIDENCE) continue;
    const dates = findDates(sentence.text, rules.dates, sentence.start);
    // A written date says more than a weekday in the same sentence ("Hanoï, 12 avril – … a reçu vendredi").
    const stated = dates.find((d) => !d.relative) ?? dates[0];
    if (stated) {
      date = resolveDate(stated, request.publishedDate);
      // "vendredi" cannot date the article itself: only a written date can.
      if (!stated.relative) firstDate ??= date;
    }
    // The gazetteers scan one sentence at a time: a name never spans two, and the cost stays linear.
    const placeHits = placesOf(sentence, gazetteers.matchPlaces(sentence.text), lex);
    const mentions = findMentions(sentence, placeHits, lex, registry, state);
    const sectors = findSectors(sentence.text, lex, gazetteers).map((s) => ({
      ...s,
      start: s.start + sentence.start,
      end: s.end + sentence.start,
    }));
    const ownDate = stated ? date : undefined;
    const ctx: SentenceContext = {
      sentence,
      mentions,
      // "a reçu le 5 mai à Nagoya X": a place said where, even one that is no mention (a bare Japanese city).
      whereSpans: placeHits
        .filter((p) => lex.placePreposition.test(sentence.text.slice(0, p.start)))
        .map((p) => ({ start: sentence.start + p.start, end: sentence.start + p.end })),
      sectors,
      dates,
      date: ownDate ?? (lex.timeShift.test(sentence.text) ? undefined : date),
      ownDate,
      lex,
      registry,
      meetings,
      quotes: quotations(sentence.text, lex, quoteOpen, quoteSpeakerCarried),
    };
    const open: [number, number] | undefined = ctx.quotes.openAtEnd ? ctx.quotes.spans.at(-1) : undefined;
    quoteOpen = open !== undefined;
    quoteSpeakerCarried = open && quoteSpeaker(ctx, open)?.entity;
    const factsBefore = registry.facts.length;
    const { host, subject: grammatical } = meetingFacts(ctx);
    const requester = requestFacts(ctx, host);
    agreementFacts(ctx);
    // A sector is named where the text makes it a field: of a request, of an agreement, or after a
    // sector phrase ("dans le domaine de", "se concentrant sur"). Elsewhere the same words are
    // common ones ("la construction du pont", "ses prêts", "le patrimoine de la ville").
    const fields = new Set(
      registry.facts
        .slice(factsBefore)
        .flatMap((f) =>
          f.type === 'REQUESTED_COOPERATION_IN'
            ? [f.to]
            : f.type === 'PARTNERS_WITH'
              ? ((f.properties.sectors as string[] | undefined) ?? [])
              : [],
        ),
    );
    for (const s of sectors) {
      if (!fields.has(s.sector.id) && !lex.sectorContext.test(sentence.text.slice(0, s.start - sentence.start))) continue;
      const e = registry.entity(s.sector.id, 'Sector', s.sector.name, 'sector: lexicon form');
      registry.mention(e, sentence, s.start, s.end, 0.8, s.surface);
    }
    const subject = grammatical ?? requester;
    // "Il"/"Elle" next: the subject of a fact, else the first actor named ("Une délégation … . Elle a été reçue").
    state.lastOfficials = [...new Set(mentions.filter((m) => m.kind === 'official').map((m) => m.entity))];
    state.lastSubject =
      subject ?? mentions.find((m) => !m.nested && (m.kind === 'official' || m.kind === 'organization'))?.entity ?? state.lastSubject;
  }

  const article = buildArticle(request, sentences, firstDate);
  return {
    articles: [article],
    nodes: registry.nodes(article.id, sentences),
    relationships: registry.relationships(article.id),
  };
}
