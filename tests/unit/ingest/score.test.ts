// The extraction scorer on small hand-made drafts: what counts as found, as spurious and as
// rightly resolved, so the benchmark's figures mean what the README says they mean.
import { describe, expect, it } from 'vitest';
import { counts, foldName, scoreExtraction, type GoldDataset } from '../../../bench/extract-score.ts';
import type { SeedNode, SeedRelationship } from '../../../contract/dataset.ts';
import type { Draft, DraftNode, DraftRelationship } from '../../../contract/ingest.ts';
import type { NodeLabel, RelType } from '../../../contract/model.ts';

const ARTICLE = 'visit';
const evidence = 'Le gouverneur a été reçu à Hanoï.';

const goldNode = (id: string, label: NodeLabel, name: string, aliases: string[] = []): SeedNode => ({
  id,
  label,
  name,
  aliases,
  properties: {},
  mentions: [{ source: ARTICLE, evidence }],
});
const goldRel = (type: RelType, from: string, to: string): SeedRelationship => ({
  type,
  from,
  to,
  properties: {},
  source: ARTICLE,
  evidence,
});

const gold: GoldDataset = {
  articles: [{ id: ARTICLE }],
  nodes: [
    goldNode('pham-minh-chinh', 'Official', 'Phạm Minh Chính'),
    goldNode('omura-hideaki', 'Official', 'Omura Hideaki', ['Ohmura Hideaki']),
    goldNode('aichi', 'Prefecture', 'Aichi', ['préfecture d’Aichi']),
    goldNode('hai-phong', 'Locality', 'Hải Phòng', ['Haïphong']),
    goldNode('semiconductors', 'Sector', 'Semi-conducteurs'),
  ],
  relationships: [
    goldRel('MET_WITH', 'pham-minh-chinh', 'omura-hideaki'),
    goldRel('REPRESENTS', 'omura-hideaki', 'aichi'),
    goldRel('REQUESTED_COOPERATION_IN', 'pham-minh-chinh', 'semiconductors'),
    goldRel('PARTNERS_WITH', 'hai-phong', 'aichi'),
  ],
};
/** The ids the resolver knows before the article (as the seed graph's nodes are in the bench). */
const known = new Set(['pham-minh-chinh', 'semiconductors']);

const node = (
  id: string,
  label: NodeLabel,
  name: string,
  existingId: string | null = null,
  status: DraftNode['review']['status'] = 'proposed',
): DraftNode => ({
  id,
  label,
  name,
  aliases: [],
  properties: {},
  mentions: [{ source: 'draft-article', evidence }],
  review: { status, confidence: 0.9, spans: [], match: existingId ? { existingId, reason: 'same name', score: 1 } : null, candidates: [] },
});
const rel = (type: RelType, from: string, to: string, status: DraftRelationship['review']['status'] = 'proposed'): DraftRelationship => ({
  type,
  from,
  to,
  properties: {},
  source: 'draft-article',
  evidence,
  review: { status, confidence: 0.9, spans: [] },
});
const draft = (nodes: DraftNode[], relationships: DraftRelationship[]): Draft => ({
  articles: [
    {
      id: 'draft-article',
      title: 't',
      titleSource: 'article',
      language: 'fr',
      published: { dateText: 'x', date: null, yearStated: false },
      text: evidence,
    },
  ],
  nodes,
  relationships,
});

/** What a good extractor and resolver return: own slugs, known entities matched, relationships re-pointed. */
const perfectNodes = () => [
  node('pham-minh-chinh-1', 'Official', 'Pham Minh Chinh', 'pham-minh-chinh'),
  node('omura-hideaki', 'Official', 'Omura Hideaki'),
  node('aichi', 'Prefecture', 'Aichi'),
  node('hai-phong', 'Locality', 'Hai Phong'),
  node('semi-conducteurs', 'Sector', 'semi-conducteurs', 'semiconductors'),
];
const perfectRels = () => [
  rel('MET_WITH', 'pham-minh-chinh', 'omura-hideaki'),
  rel('REPRESENTS', 'omura-hideaki', 'aichi'),
  rel('REQUESTED_COOPERATION_IN', 'pham-minh-chinh', 'semiconductors'),
  rel('PARTNERS_WITH', 'hai-phong', 'aichi'),
];
const score = (d: Draft) => scoreExtraction([gold], [{ articleId: ARTICLE, draft: d }], known);

describe('extraction scoring', () => {
  it('gives 1 everywhere to a perfect draft', () => {
    const s = score(draft(perfectNodes(), perfectRels()));
    for (const c of [...Object.values(s.facts), s.mentions.official, s.mentions.place, s.mentions.sector]) expect(c.f1).toBe(1);
    expect(s.mentions.organization).toMatchObject({ support: 0, precision: null, recall: null, f1: null });
    expect(s.mentions.place).toMatchObject({ tp: 2, fp: 0, fn: 0, support: 2 });
    expect(s.resolution).toMatchObject({
      total: 5,
      correct: 5,
      accuracy: 1,
      known: { total: 2, correct: 2 },
      new: { total: 3, correct: 3 },
    });
    expect(s.misses).toEqual([]);
  });

  it('gives recall 0, no precision and F1 0 to an empty draft', () => {
    const s = score(draft([], []));
    expect(s.facts.MET_WITH).toEqual({ tp: 0, fp: 0, fn: 1, support: 1, precision: null, recall: 0, f1: 0 });
    expect(s.allMentions).toMatchObject({ tp: 0, fn: 5, f1: 0 });
    expect(s.resolution).toEqual({
      total: 0,
      correct: 0,
      accuracy: null,
      known: { total: 0, correct: 0 },
      new: { total: 0, correct: 0 },
      wrong: [],
    });
  });

  it('counts spurious and missed items on a partial draft', () => {
    const s = score(
      draft(
        [...perfectNodes().slice(0, 3), node('tourisme', 'Sector', 'Tourisme')],
        [
          rel('MET_WITH', 'pham-minh-chinh', 'omura-hideaki'),
          rel('MET_WITH', 'omura-hideaki', 'aichi'),
          rel('REQUESTED_COOPERATION_IN', 'pham-minh-chinh', 'tourisme'),
        ],
      ),
    );
    expect(s.facts.MET_WITH).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(s.facts.MET_WITH.f1).toBeCloseTo(2 / 3);
    expect(s.facts.REQUESTED_COOPERATION_IN).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.mentions.sector).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.mentions.place).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.misses).toContainEqual({ articleId: ARTICLE, what: 'missed', item: 'PARTNERS_WITH aichi hai-phong' });
    expect(s.misses).toContainEqual({ articleId: ARTICLE, what: 'spurious', item: 'REQUESTED_COOPERATION_IN pham-minh-chinh ?tourisme' });
  });

  it('takes MET_WITH in its direction (host → guest) and PARTNERS_WITH either way', () => {
    const s = score(
      draft(perfectNodes(), [rel('MET_WITH', 'omura-hideaki', 'pham-minh-chinh'), rel('PARTNERS_WITH', 'aichi', 'hai-phong')]),
    );
    expect(s.facts.MET_WITH).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.facts.PARTNERS_WITH).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('aligns officials by name in either order and romanisation listed as an alias, places by folded name', () => {
    const nodes = [
      node('pmc', 'Official', 'Chính Minh Phạm', 'pham-minh-chinh'),
      node('hideaki-ohmura', 'Official', 'Hideaki Ohmura'),
      node('prefecture-d-aichi', 'Prefecture', 'Préfecture d’Aichi'),
      node('haiphong', 'Locality', 'HAÏPHONG'),
    ];
    const s = score(
      draft(nodes, [rel('MET_WITH', 'pham-minh-chinh', 'hideaki-ohmura'), rel('PARTNERS_WITH', 'haiphong', 'prefecture-d-aichi')]),
    );
    expect(s.mentions.official).toMatchObject({ tp: 2, fp: 0 });
    expect(s.mentions.place).toMatchObject({ tp: 2, fp: 0 });
    expect(s.facts.MET_WITH.tp).toBe(1);
    expect(s.facts.PARTNERS_WITH.tp).toBe(1);
  });

  it('does not reorder the words of places', () => {
    const s = score(draft([node('phong-hai', 'Locality', 'Phong Hai')], []));
    expect(s.mentions.place).toMatchObject({ tp: 0, fp: 1 });
  });

  it('leaves out rejected items and the facts touching a rejected node', () => {
    const nodes = perfectNodes();
    nodes[1] = node('omura-hideaki', 'Official', 'Omura Hideaki', null, 'rejected');
    const rels = perfectRels();
    rels[2] = rel('REQUESTED_COOPERATION_IN', 'pham-minh-chinh', 'semiconductors', 'rejected');
    const s = score(draft(nodes, rels));
    expect(s.mentions.official).toMatchObject({ tp: 1, fn: 1 });
    expect(s.facts.MET_WITH).toMatchObject({ tp: 0, fn: 1 });
    expect(s.facts.REPRESENTS).toMatchObject({ tp: 0, fn: 1 });
    expect(s.facts.REQUESTED_COOPERATION_IN).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(s.facts.PARTNERS_WITH.tp).toBe(1);
  });

  it('counts two draft nodes for one gold entity as one found and one spurious, unless they resolve to the same node', () => {
    const twice = score(draft([...perfectNodes(), node('hideaki', 'Official', 'Hideaki Omura')], perfectRels()));
    expect(twice.mentions.official).toMatchObject({ tp: 2, fp: 1 });
    const merged = score(draft([...perfectNodes(), node('pmc', 'Official', 'Premier ministre', 'pham-minh-chinh')], perfectRels()));
    expect(merged.mentions.official).toMatchObject({ tp: 2, fp: 0 });
  });

  it('lets the node aligned by id claim its gold node before one aligned only by an alias', () => {
    const aliasFirst = scoreExtraction(
      [{ ...gold, nodes: gold.nodes.map((n) => (n.id === 'semiconductors' ? { ...n, aliases: ['puces'] } : n)) }],
      [
        {
          articleId: ARTICLE,
          draft: draft([node('puces', 'Sector', 'Puces'), node('semi', 'Sector', 'Semi-conducteurs', 'semiconductors')], []),
        },
      ],
      known,
    );
    expect(aliasFirst.mentions.sector).toMatchObject({ tp: 1, fp: 1 });
    expect(aliasFirst.misses).toContainEqual({ articleId: ARTICLE, what: 'spurious', item: 'sector Puces (puces)' });
  });

  it('scores resolution: known entities must be matched to their node, new ones to none', () => {
    const nodes = [
      node('pmc', 'Official', 'Phạm Minh Chính'), // known but left unmatched
      node('omura-hideaki', 'Official', 'Omura Hideaki', 'yamamoto-ichita'), // new but merged into a known node
      node('aichi', 'Prefecture', 'Aichi'),
      node('semi', 'Sector', 'Semi-conducteurs', 'semiconductors'),
    ];
    const s = scoreExtraction([gold], [{ articleId: ARTICLE, draft: draft(nodes, []) }], new Set([...known, 'yamamoto-ichita']));
    expect(s.resolution).toMatchObject({
      total: 4,
      correct: 2,
      accuracy: 0.5,
      known: { total: 2, correct: 1 },
      new: { total: 2, correct: 1 },
    });
    expect(s.resolution.wrong).toEqual([
      { articleId: ARTICLE, goldId: 'pham-minh-chinh', resolvedTo: null },
      { articleId: ARTICLE, goldId: 'omura-hideaki', resolvedTo: 'yamamoto-ichita' },
    ]);
  });

  it('aligns a wrong merge with the node it was merged into, so the entity counts as not found', () => {
    const nodes = [...perfectNodes(), node('hideaki', 'Official', 'Omura Hideaki', 'pham-minh-chinh')];
    nodes.splice(1, 1);
    const s = score(draft(nodes, []));
    expect(s.mentions.official).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('follows relationships that still name draft ids as well as re-pointed ones', () => {
    const s = score(
      draft(perfectNodes(), [
        rel('MET_WITH', 'pham-minh-chinh-1', 'omura-hideaki'),
        rel('REQUESTED_COOPERATION_IN', 'pham-minh-chinh-1', 'semi-conducteurs'),
      ]),
    );
    expect(s.facts.MET_WITH.tp).toBe(1);
    expect(s.facts.REQUESTED_COOPERATION_IN.tp).toBe(1);
  });

  it('refuses a case without gold and an article in two gold datasets', () => {
    expect(() => scoreExtraction([gold], [{ articleId: 'other', draft: draft([], []) }], known)).toThrow(
      /no gold annotation for article "other"/,
    );
    expect(() => scoreExtraction([gold, gold], [], known)).toThrow(/two gold datasets/);
  });

  it('folds case, diacritics and punctuation, and computes F1 as 2tp/(2tp+fp+fn)', () => {
    expect(foldName('Hô Chi Minh-Ville')).toBe('ho chi minh ville');
    expect(foldName('Kyūshū')).toBe('kyushu');
    expect(foldName('Đà Nẵng')).toBe('da nang');
    expect(counts(3, 1, 2).f1).toBeCloseTo(6 / 9);
    expect(counts(0, 0, 0)).toMatchObject({ precision: null, recall: null, f1: null });
  });
});
