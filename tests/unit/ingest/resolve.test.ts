import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphSchema } from '../../../contract/dataset.ts';
import { draftNodeSchema, entityMatchSchema, type DraftNode } from '../../../contract/ingest.ts';
import type { NodeLabel } from '../../../contract/model.ts';
import { slugify } from '../../../contract/text.ts';
import { candidateTerms, resolveEntities, type KnownEntity } from '../../../ingest/resolve/index.ts';

const seed = graphSchema.parse(JSON.parse(readFileSync(new URL('../../../seed/graph.json', import.meta.url), 'utf8')));
const seedKnown: KnownEntity[] = seed.nodes.map(({ id, label, name, aliases, properties }) => ({ id, label, name, aliases, properties }));

let offset = 0;
function node(
  label: NodeLabel,
  name: string,
  opts: { id?: string; aliases?: string[]; properties?: Record<string, string> } = {},
): DraftNode {
  offset += 100;
  return draftNodeSchema.parse({
    id: opts.id ?? slugify(name),
    label,
    name,
    aliases: opts.aliases ?? [],
    properties: opts.properties ?? {},
    mentions: [{ source: 'article-1', evidence: `Une phrase qui cite ${name} ici.` }],
    review: { status: 'proposed', confidence: 0.8, spans: [{ start: offset, end: offset + name.length }], match: null, candidates: [] },
  });
}

function known(label: NodeLabel, name: string, properties: Record<string, unknown> = {}, aliases: string[] = []): KnownEntity {
  return { id: slugify(name), label, name, aliases, properties };
}

function resolveOne(n: DraftNode, k: KnownEntity[]): DraftNode {
  const { nodes } = resolveEntities([n], k);
  expect(nodes).toHaveLength(1);
  return draftNodeSchema.parse(nodes[0]);
}

const governor = (place: string) => ({ title: `gouverneur de la préfecture de ${place}`, country: 'japan' });

describe('names', () => {
  it('matches a name without diacritics, and says so', () => {
    const r = resolveOne(node('Official', 'Bui Thanh Son', { properties: { country: 'vietnam' } }), [
      known('Official', 'Bùi Thanh Sơn', { country: 'vietnam' }),
    ]);
    // The existing node's name rides with the match, for the reviewer to read instead of the id.
    expect(r.review.match).toEqual({
      existingId: 'bui-thanh-son',
      existingName: 'Bùi Thanh Sơn',
      reason: 'same name without diacritics (Bui Thanh Son = Bùi Thanh Sơn)',
      score: 0.95,
    });
  });

  it('matches a person whose name order is reversed', () => {
    const r = resolveOne(node('Official', 'M. Ichita Yamamoto'), [known('Official', 'Yamamoto Ichita', governor('Gunma'))]);
    expect(r.review.match?.existingId).toBe('yamamoto-ichita');
    expect(r.review.match?.reason).toBe('same person: name order reversed (M. Ichita Yamamoto = Yamamoto Ichita)');
  });

  it('matches Japanese romanisation variants (ō, oo, ou, oh)', () => {
    const omura = known('Official', 'Omura Hideaki', governor('Aichi'));
    for (const variant of ['Ohmura Hideaki', 'Oomura Hideaki', 'Hideaki Ōmura']) {
      const r = resolveOne(node('Official', variant), [omura]);
      expect(r.review.match?.existingId, variant).toBe('omura-hideaki');
    }
    expect(resolveOne(node('Official', 'Ohmura Hideaki'), [omura]).review.match?.reason).toBe(
      'romanisation variant: Ohmura Hideaki = Omura Hideaki',
    );
  });

  it('does not take a different consonant for a romanisation variant (Shiota ≠ Shioda)', () => {
    const r = resolveOne(node('Official', 'Shioda Koichi'), [known('Official', 'Shiota Koichi', governor('Kagoshima'))]);
    expect(r.review.match).toBeNull();
    expect(r.review.candidates).toEqual([]);
  });

  it('does not fold Vietnamese names as Japanese romanisation', () => {
    const r = resolveOne(node('Official', 'Hoang Van Tou', { properties: { country: 'vietnam' } }), [
      known('Official', 'Hoang Van To', { country: 'vietnam' }),
    ]);
    expect(r.review.match).toBeNull();
  });

  it('matches an organisation by a folded alias', () => {
    const r = resolveOne(node('Organization', 'Federation economique du Kyushu', { aliases: ['Kyushu Economic Federation'] }), seedKnown);
    expect(r.review.match?.existingId).toBe('kyushu-economic-federation');
    expect(r.review.match?.score).toBe(1);
  });
});

describe('articles', () => {
  it('ignores a leading French article in other names, not inside them', () => {
    const jica = {
      id: 'jica',
      label: 'Organization' as const,
      name: 'Agence japonaise de coopération internationale',
      aliases: ['JICA'],
      properties: {},
    };
    expect(resolveOne(node('Organization', "l'Agence japonaise de coopération internationale"), [jica]).review.match?.existingId).toBe(
      'jica',
    );
    expect(resolveOne(node('Organization', 'Agence de coopération'), [jica]).review.match).toBeNull();
  });
});

describe('labels', () => {
  it('never matches entities of different labels, whatever their names', () => {
    const r = resolveOne(node('Official', 'Nagano Hiroshi'), [{ ...known('Prefecture', 'Nagano'), aliases: ['Nagano Hiroshi'] }]);
    expect(r.review.match).toBeNull();
    expect(r.review.candidates).toEqual([]);
    const org = resolveOne(node('Organization', 'Fukuoka'), seedKnown);
    expect(org.review.match).toBeNull();
  });
});

describe('titles and places as context', () => {
  it('does not merge two officials of the same name in different prefectures: a candidate at most', () => {
    const r = resolveOne(node('Official', 'Ishikawa Taro', { properties: governor('Saga') }), [
      known('Official', 'Ishikawa Taro', governor('Gunma')),
    ]);
    expect(r.review.match).toBeNull();
    expect(r.review.candidates).toHaveLength(1);
    expect(r.review.candidates[0]?.reason).toMatch(/but different places: Saga ≠ Gunma/);
    expect(r.review.candidates[0]?.score).toBeLessThan(0.5);
  });

  it('matches when the places agree at region level (Fukuoka is in Kyushu)', () => {
    const r = resolveOne(node('Official', 'Kuratomi Sumio', { properties: { title: 'président, Fukuoka' } }), seedKnown);
    expect(r.review.match?.existingId).toBe('kuratomi-sumio');
  });

  it('matches a surname alone when exactly one official of that name fits the context', () => {
    const tochigi = known('Official', 'Fukuda Tomikazu', governor('Tochigi'));
    const pm = known('Official', 'Fukuda Yasuo', { title: 'ancien Premier ministre du Japon', country: 'japan' });
    const r = resolveOne(node('Official', 'Fukuda', { aliases: ['le gouverneur Fukuda'], properties: { title: 'gouverneur' } }), [
      tochigi,
      pm,
    ]);
    expect(r.review.match?.existingId).toBe('fukuda-tomikazu');
    expect(r.review.match?.reason).toMatch(/^one name only: Fukuda = Fukuda Tomikazu, the only official so named/);
    expect(r.review.candidates).toEqual([]);
  });

  it('lists candidates and proposes none when a surname alone fits several officials', () => {
    const a = known('Official', 'Fukuda Tomikazu', governor('Tochigi'));
    const b = known('Official', 'Fukuda Ken', governor('Saga'));
    const r = resolveOne(node('Official', 'Fukuda', { properties: { title: 'gouverneur' } }), [a, b]);
    expect(r.review.match).toBeNull();
    expect(r.review.candidates.map((c) => c.existingId).sort()).toEqual(['fukuda-ken', 'fukuda-tomikazu']);
    for (const c of r.review.candidates) expect(c.reason).toMatch(/2 officials fit/);
  });

  it('treats a surname that is also a seed alias like any surname alone', () => {
    const other = known('Official', 'Yamamoto Taro', { title: 'maire de Kumamoto', country: 'japan' });
    expect(resolveOne(node('Official', 'Yamamoto'), seedKnown).review.match?.existingId).toBe('yamamoto-ichita');
    const r = resolveOne(node('Official', 'Yamamoto'), [...seedKnown, other]);
    expect(r.review.match).toBeNull();
    expect(r.review.candidates).toHaveLength(2);
  });

  it('proposes nothing when two known entities are equally the draft one', () => {
    const r = resolveOne(node('Organization', 'JETRO'), [
      { id: 'jetro', label: 'Organization', name: 'JETRO', aliases: [], properties: {} },
      { id: 'jetro-2', label: 'Organization', name: 'Jetro', aliases: [], properties: {} },
    ]);
    expect(r.review.match).toBeNull();
    expect(r.review.candidates.map((c) => c.existingId)).toEqual(['jetro', 'jetro-2']);
    expect(r.review.candidates[0]?.reason).toMatch(/2 known entities fit/);
  });
});

describe('a match without the existing name (a draft saved before matches carried one)', () => {
  it('still parses: the name is optional in the contract', () => {
    expect(entityMatchSchema.parse({ existingId: 'gunma', reason: 'same prefecture id (gunma)', score: 1 })).toEqual({
      existingId: 'gunma',
      reason: 'same prefecture id (gunma)',
      score: 1,
    });
    expect(() => entityMatchSchema.parse({ existingId: 'gunma', existingName: '', reason: 'x', score: 1 })).toThrow();
  });
});

describe('places and sectors', () => {
  it('matches places by gazetteer id first', () => {
    const r = resolveOne(node('Prefecture', 'Gunma-ken', { id: 'gunma-ken' }), seedKnown);
    expect(r.review.match).toEqual({ existingId: 'gunma', existingName: 'Gunma', reason: 'same prefecture id (gunma)', score: 1 });
    expect(resolveOne(node('Locality', 'Ha Noi', { id: 'ha-noi' }), seedKnown).review.match?.existingId).toBe('hanoi');
    expect(resolveOne(node('Region', 'région du Kyūshū'), seedKnown).review.match?.reason).toBe('same region id (kyushu)');
  });

  it('resolves a pre-2025 province to its own node, never to its successor', () => {
    const hcmc: KnownEntity = {
      id: 'ho-chi-minh-city',
      label: 'Locality',
      name: 'Thành phố Hồ Chí Minh',
      aliases: ['Bình Dương'],
      properties: {},
    };
    const alone = resolveOne(node('Locality', 'Bình Dương'), [hcmc]);
    expect(alone.review.match).toBeNull();
    expect(alone.review.candidates).toEqual([]);
    expect(alone.properties.successor).toBe('ho-chi-minh-city');
    const own: KnownEntity = { id: 'binh-duong', label: 'Locality', name: 'Bình Dương', aliases: [], properties: {} };
    expect(resolveOne(node('Locality', 'province de Binh Duong', { id: 'x' }), [hcmc, own]).review.match?.existingId).toBe('binh-duong');
  });

  it('does not merge two provinces whose names share a word (Hà Nam, Quảng Nam)', () => {
    const { nodes, remap } = resolveEntities([node('Locality', 'Hà Nam'), node('Locality', 'Quảng Nam')], []);
    expect(nodes).toHaveLength(2);
    expect(remap.size).toBe(0);
  });

  it('matches sectors by lexicon id', () => {
    const r = resolveOne(node('Sector', 'les semi-conducteurs', { id: 'semi-conducteurs', aliases: ['semi-conducteurs'] }), seedKnown);
    expect(r.review.match).toEqual({
      existingId: 'semiconductors',
      existingName: 'Semi-conducteurs',
      reason: 'same sector id (semiconductors)',
      score: 1,
    });
  });
});

describe('duplicates within the draft', () => {
  it('merges two forms of one place, uniting mentions, aliases and spans, and says why', () => {
    const a = node('Locality', 'Hanoï');
    const b = node('Locality', 'Hà Nội', { id: 'ha-noi' });
    const { nodes, remap, merges } = resolveEntities([a, b], seedKnown);
    expect(nodes).toHaveLength(1);
    expect(remap.get('ha-noi')).toBe('hanoi');
    expect(merges).toEqual([{ removedId: 'ha-noi', keptId: 'hanoi', reason: 'same locality id (hanoi)', score: 1 }]);
    expect(nodes[0]?.aliases).toContain('Hà Nội');
    expect(nodes[0]?.mentions).toHaveLength(2);
    expect(nodes[0]?.review.spans).toHaveLength(2);
    expect(nodes[0]?.review.rule).toMatch(/merged: Hà Nội \(same locality id/);
    expect(nodes[0]?.review.match?.existingId).toBe('hanoi');
  });

  it('folds a surname alone into the one full name of the draft it fits, keeping the full name', () => {
    const short = node('Official', 'Yamamoto', { id: 'yamamoto' });
    const full = node('Official', 'Yamamoto Ichita', { properties: governor('Gunma') });
    const { nodes, remap } = resolveEntities([short, full], []);
    expect(nodes.map((n) => n.id)).toEqual(['yamamoto-ichita']);
    expect(remap.get('yamamoto')).toBe('yamamoto-ichita');
    expect(nodes[0]?.properties.title).toBe('gouverneur de la préfecture de Gunma');
  });

  it('merges reversed names within the draft but not namesakes of different prefectures', () => {
    const { nodes } = resolveEntities(
      [node('Official', 'Yamamoto Ichita'), node('Official', 'Ichita Yamamoto', { id: 'ichita-yamamoto' })],
      [],
    );
    expect(nodes).toHaveLength(1);
    const namesakes = resolveEntities(
      [
        node('Official', 'Ishikawa Taro', { id: 'ishikawa-1', properties: governor('Saga') }),
        node('Official', 'Ishikawa Taro', { id: 'ishikawa-2', properties: governor('Gunma') }),
        node('Official', 'Ishikawa', { id: 'ishikawa', properties: { title: 'gouverneur' } }),
      ],
      [known('Official', 'Ishikawa Taro', governor('Gunma'))],
    );
    expect(namesakes.nodes).toHaveLength(3);
    const bare = namesakes.nodes.find((n) => n.id === 'ishikawa')!;
    expect(bare.review.match).toBeNull();
    expect(namesakes.nodes.find((n) => n.id === 'ishikawa-2')?.review.match?.existingId).toBe('ishikawa-taro');
  });

  it('does not chain merges across a contradiction', () => {
    const { nodes } = resolveEntities(
      [
        node('Official', 'Ishikawa Taro', { id: 'saga-one', properties: governor('Saga') }),
        node('Official', 'Ishikawa Taro', { id: 'no-context' }),
        node('Official', 'Ishikawa Taro', { id: 'gunma-one', properties: governor('Gunma') }),
      ],
      [],
    );
    expect(nodes.map((n) => n.id).sort()).toEqual(['gunma-one', 'saga-one']);
  });

  it('produces nodes that still parse as draft nodes, with reasons and scores in [0, 1]', () => {
    const draft = [
      node('Official', 'Kuratomi Sumio'),
      node('Official', 'Kuratomi'),
      node('Prefecture', 'Fukuoka'),
      node('Sector', 'tourisme'),
    ];
    for (const n of resolveEntities(draft, seedKnown).nodes) {
      const parsed = draftNodeSchema.parse(n);
      for (const m of [parsed.review.match, ...parsed.review.candidates]) {
        if (!m) continue;
        expect(m.reason.length).toBeGreaterThan(5);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('candidateTerms', () => {
  it('gives folded names without titles, and romanisation variants of Japanese names', () => {
    const terms = candidateTerms(node('Official', 'M. Ohmura Hideaki', { aliases: ['le gouverneur Ohmura'] }));
    expect(terms).toContain('ohmura hideaki');
    expect(terms).toContain('omura hideaki');
    expect(terms).toContain('ohmura');
    expect(terms.some((t) => t.includes('gouverneur'))).toBe(false);
  });

  it('gives the gazetteer name of a place', () => {
    expect(candidateTerms(node('Locality', 'Hanoï'))).toEqual(['hanoi', 'ha noi']);
  });
});

describe('invariants', () => {
  const pool: [NodeLabel, string, Record<string, string>][] = [
    ['Official', 'Yamamoto Ichita', governor('Gunma')],
    ['Official', 'Ichita Yamamoto', {}],
    ['Official', 'Yamamoto', { title: 'gouverneur' }],
    ['Official', 'Yamamoto Taro', { title: 'maire de Kumamoto' }],
    ['Official', 'Ishikawa Taro', governor('Saga')],
    ['Official', 'Ishikawa Taro', governor('Gunma')],
    ['Official', 'Ohmura Hideaki', governor('Aichi')],
    ['Prefecture', 'Gunma', {}],
    ['Prefecture', 'préfecture de Gunma', {}],
    ['Locality', 'Hanoï', {}],
    ['Locality', 'Bình Dương', {}],
    ['Organization', 'Fédération économique de Kyushu', {}],
    ['Sector', 'semi-conducteurs', {}],
  ];

  it('keeps every node or remaps it to a kept one of the same label, never joins namesakes of different prefectures, and matches only same-label known entities', () => {
    const knownById = new Map(seedKnown.map((k) => [k.id, k]));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool.keys()), { minLength: 1, maxLength: 10 }), (picks) => {
        const draft = picks.map((k, i) => {
          const [label, name, properties] = pool[k]!;
          return node(label, name, { id: `n${i}`, properties });
        });
        const { nodes, remap, merges } = resolveEntities(draft, seedKnown);
        const kept = new Map(nodes.map((n) => [n.id, n]));
        expect(nodes.length + remap.size).toBe(draft.length);
        expect(merges).toHaveLength(remap.size);
        for (const d of draft) {
          const target = kept.get(remap.get(d.id) ?? d.id);
          expect(target?.label).toBe(d.label);
        }
        const targetsOf = (k: number) => new Set(picks.flatMap((p, i) => (p === k ? [remap.get(`n${i}`) ?? `n${i}`] : [])));
        for (const t of targetsOf(4)) expect(targetsOf(5).has(t)).toBe(false);
        for (const n of nodes) {
          if (n.review.match) expect(knownById.get(n.review.match.existingId)?.label).toBe(n.label);
          for (const c of n.review.candidates) expect(c.label).toBe(n.label);
          expect(n.review.candidates.map((c) => c.existingId)).not.toContain(n.review.match?.existingId);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('bodies with a canonical id', () => {
  it('matches a known body with the same id whatever the wording ("thai-binh-peoples-committee")', () => {
    const r = resolveOne(node('Organization', 'Comité populaire provincial de Thái Bình', { id: 'thai-binh-peoples-committee' }), [
      {
        id: 'thai-binh-peoples-committee',
        label: 'Organization',
        name: 'Comité populaire de la province de Thái Bình',
        aliases: [],
        properties: {},
      },
    ]);
    expect(r.review.match).toMatchObject({ existingId: 'thai-binh-peoples-committee', reason: 'same id (thai-binh-peoples-committee)' });
  });

  it('does not match a known node of another label with the same id', () => {
    const r = resolveOne(node('Organization', 'Comité populaire de Thái Bình', { id: 'thai-binh' }), [
      { id: 'thai-binh', label: 'Locality', name: 'Thái Bình', aliases: [], properties: {} },
    ]);
    expect(r.review.match).toBeNull();
  });
});
