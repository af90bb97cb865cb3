// A reviewed draft for the region × sector tests (API and browser): a Vietnamese provincial
// leader asks for cooperation at a forum held in Hanoi. Bắc Giang is a pre-2025 province merged
// into Bắc Ninh (not in the seed), so the fact reaches Bắc Giang by the requester's-place rule
// (official → People's Committee → province) and rolls up into Bắc Ninh; Hanoi is linked only
// when venues count. A request asked of the city of Kitakyushu rolls up into Fukuoka, then Kyushu.
// Two agreements: one naming a sector (it links both partners to it), one naming none (links nothing).
// Every id is new, so retracting the article leaves the seed as it was.
import type { Draft } from '../../contract/ingest.ts';

export const RS_ARTICLE_ID = 'bac-giang-forum-hanoi-test-7c1d';
export const RS_SECTOR = 'semiconductors';
export const RS_PARTNERSHIP_SECTOR = 'human-resources-training';

const TEXT = [
  'Hanoï (VNA) - Le 10 avril, M. Trần Văn Thử, président du Comité populaire de la province de Bắc Giang, a participé au Forum des affaires Vietnam – Japon à Hanoï.',
  'Il a demandé aux entreprises japonaises de renforcer la coopération dans les semi-conducteurs.',
  'Il a aussi demandé à la ville de Kitakyushu, dans la préfecture de Fukuoka, de coopérer dans le tourisme.',
  'Bắc Giang et la préfecture de Gunma ont signé un protocole d’accord sur la formation des ressources humaines, et Bắc Giang un jumelage avec Kitakyushu.',
].join('\n');
const [FORUM, REQUEST, CITY, AGREEMENT] = TEXT.split('\n') as [string, string, string, string];
const DATED = { dateText: '10 avril', inferredDate: '2025-04-10' };

const review = () => ({ status: 'accepted' as const, confidence: 0.9, spans: [{ start: 0, end: 10 }] });
const mention = (evidence: string) => [{ source: RS_ARTICLE_ID, evidence }];
const node = (
  id: string,
  label: Draft['nodes'][number]['label'],
  name: string,
  evidence: string,
  properties = {},
  match: string | null = null,
) => ({
  id,
  label,
  name,
  aliases: [],
  properties,
  mentions: mention(evidence),
  review: { ...review(), match: match ? { existingId: match, reason: 'gazetteer id', score: 1 } : null, candidates: [] },
});
const rel = (type: Draft['relationships'][number]['type'], from: string, to: string, evidence: string, properties = {}) => ({
  type,
  from,
  to,
  properties,
  source: RS_ARTICLE_ID,
  evidence,
  review: review(),
});

export function regionSectorDraft(): Draft {
  return {
    articles: [
      {
        id: RS_ARTICLE_ID,
        title: 'Bắc Giang au forum des affaires de Hanoï',
        titleSource: 'editorial',
        language: 'fr',
        published: { dateText: '10 avril', date: null, yearStated: false },
        url: 'https://example.org/bac-giang-forum',
        outlet: 'Agence de test',
        text: TEXT,
      },
    ],
    nodes: [
      node('tran-van-thu', 'Official', 'Trần Văn Thử', FORUM, { title: 'président du Comité populaire de la province de Bắc Giang' }),
      node('bac-giang-peoples-committee', 'Organization', 'Comité populaire de la province de Bắc Giang', FORUM),
      node('bac-giang', 'Locality', 'Bắc Giang', FORUM, { country: 'vietnam', successor: 'bac-ninh' }),
      node('vietnam-japan-business-forum-test', 'Event', 'Forum des affaires Vietnam – Japon', FORUM, DATED),
      node('hanoi-draft', 'Locality', 'Hanoï', FORUM, {}, 'hanoi'),
      node('semiconductors-draft', 'Sector', 'semi-conducteurs', REQUEST, {}, RS_SECTOR),
      node('kitakyushu', 'Locality', 'Kitakyushu', CITY, { country: 'japan' }),
      node('fukuoka-draft', 'Prefecture', 'Fukuoka', CITY, {}, 'fukuoka'),
      node('tourism-draft', 'Sector', 'tourisme', CITY, {}, 'tourism'),
      node('gunma-draft', 'Prefecture', 'Gunma', AGREEMENT, {}, 'gunma'),
    ],
    relationships: [
      rel('REPRESENTS', 'tran-van-thu', 'bac-giang-peoples-committee', FORUM, { role: 'président' }),
      rel('LOCATED_IN', 'bac-giang-peoples-committee', 'bac-giang', FORUM),
      rel('PARTICIPATED_IN', 'tran-van-thu', 'vietnam-japan-business-forum-test', FORUM, DATED),
      rel('HELD_IN', 'vietnam-japan-business-forum-test', 'hanoi-draft', FORUM, DATED),
      rel('REQUESTED_COOPERATION_IN', 'tran-van-thu', 'semiconductors-draft', REQUEST, { ...DATED, askedOf: [] }),
      rel('LOCATED_IN', 'kitakyushu', 'fukuoka-draft', CITY),
      rel('REQUESTED_COOPERATION_IN', 'tran-van-thu', 'tourism-draft', CITY, { ...DATED, askedOf: ['kitakyushu'] }),
      rel('PARTNERS_WITH', 'bac-giang', 'gunma-draft', AGREEMENT, { kind: 'protocole d’accord', sectors: [RS_PARTNERSHIP_SECTOR] }),
      rel('PARTNERS_WITH', 'bac-giang', 'kitakyushu', AGREEMENT, { kind: 'jumelage' }),
    ],
  };
}
