// A hand-written draft of a second article that restates one fact the seed already has (Phạm
// Minh Chính met Yamamoto Ichita), for tests of one fact with two citations.
import type { Draft } from '../../contract/ingest.ts';

export const SECOND_ARTICLE_ID = 'pm-meets-gunma-governor-again';
export const SECOND_SENTENCE =
  'Le Premier ministre Phạm Minh Chính a rencontré M. Yamamoto Ichita, gouverneur de la préfecture de Gunma, à Hanoï.';
/** The fact both articles state. */
export const SHARED_FACT = { type: 'MET_WITH', from: 'pham-minh-chinh', to: 'yamamoto-ichita' } as const;

export function secondCitationDraft(): Draft {
  const review = { status: 'accepted' as const, confidence: 1, spans: [{ start: 0, end: SECOND_SENTENCE.length }] };
  const mentions = [{ source: SECOND_ARTICLE_ID, evidence: SECOND_SENTENCE }];
  const matched = (id: string, existingId: string, label: 'Official', name: string) => ({
    id,
    label,
    name,
    aliases: [],
    properties: {},
    mentions,
    review: { ...review, match: { existingId, reason: 'same name', score: 1 }, candidates: [] },
  });
  return {
    articles: [
      {
        id: SECOND_ARTICLE_ID,
        title: 'Le Premier ministre rencontre de nouveau le gouverneur de Gunma',
        titleSource: 'editorial',
        language: 'fr',
        published: { dateText: '2 avril 2024', date: '2024-04-02', yearStated: true },
        url: 'https://example.org/pm-gunma-again',
        outlet: 'Agence de test',
        text: `Hanoï, 2 avril 2024. ${SECOND_SENTENCE}`,
      },
    ],
    nodes: [
      matched('pm-draft', SHARED_FACT.from, 'Official', 'Phạm Minh Chính'),
      matched('gunma-governor-draft', SHARED_FACT.to, 'Official', 'Yamamoto Ichita'),
    ],
    relationships: [
      {
        type: SHARED_FACT.type,
        from: 'pm-draft',
        to: 'gunma-governor-draft',
        properties: {},
        source: SECOND_ARTICLE_ID,
        evidence: SECOND_SENTENCE,
        review,
      },
    ],
  };
}
