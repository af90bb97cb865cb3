// A hand-written draft of an article the seed does not have: Thái Nguyên (a Vietnamese province)
// and Tottori (a Japanese prefecture), both new to the graph, sign a cooperation memorandum. For
// the map's tests: once committed, both places are on the map with a PARTNERS_WITH link.
import type { Draft } from '../../contract/ingest.ts';

export const MAP_ARTICLE_ID = 'thai-nguyen-tottori-memorandum-test';
export const MAP_SENTENCE = 'La province de Thái Nguyên et la préfecture de Tottori ont signé un mémorandum de coopération.';
export const MAP_ARTICLE_DATE = '2024-06-10';
/**
 * The new place nodes' ids (a commit keeps a draft's ids): the prefecture's is the gazetteer's,
 * the province's is not, so the map must place it by its name.
 */
export const MAP_PLACES = { province: 'thai-nguyen-province', prefecture: 'tottori' } as const;

export function mapArticleDraft(): Draft {
  const review = { status: 'accepted' as const, confidence: 1, spans: [{ start: 0, end: MAP_SENTENCE.length }] };
  const mentions = [{ source: MAP_ARTICLE_ID, evidence: MAP_SENTENCE }];
  return {
    articles: [
      {
        id: MAP_ARTICLE_ID,
        title: 'Thái Nguyên et Tottori signent un mémorandum',
        titleSource: 'editorial',
        language: 'fr',
        published: { dateText: '10 juin 2024', date: MAP_ARTICLE_DATE, yearStated: true },
        url: 'https://example.org/thai-nguyen-tottori',
        outlet: 'Agence de test',
        text: `Thái Nguyên, 10 juin 2024. ${MAP_SENTENCE}`,
      },
    ],
    nodes: [
      {
        id: MAP_PLACES.province,
        label: 'Locality',
        name: 'Thái Nguyên',
        aliases: ['Thai Nguyen'],
        properties: {},
        mentions,
        review: { ...review, match: null, candidates: [] },
      },
      {
        id: MAP_PLACES.prefecture,
        label: 'Prefecture',
        name: 'Tottori',
        aliases: [],
        properties: {},
        mentions,
        review: { ...review, match: null, candidates: [] },
      },
    ],
    relationships: [
      {
        type: 'PARTNERS_WITH',
        from: MAP_PLACES.province,
        to: MAP_PLACES.prefecture,
        properties: { date: MAP_ARTICLE_DATE, dateText: '10 juin 2024' },
        source: MAP_ARTICLE_ID,
        evidence: MAP_SENTENCE,
        review,
      },
    ],
  };
}
