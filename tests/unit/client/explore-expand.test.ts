// The Explore tab's pure parts: names broken at word boundaries, new neighbours placed in free
// slots around their parent, the caps' clamping and its message, facts and articles counted
// (not sentences) for the legend and the exports, and an expansion extended by "Load more".
import { describe, expect, it } from 'vitest';
import { capClampNotice, capsFromSearch, searchWithCaps } from '../../../client/src/config.ts';
import { expansionNotice, filterText } from '../../../client/src/controllers/node-actions.ts';
import { factTally, factTallyByType, tallyText } from '../../../client/src/evidence/facts.ts';
import { edgesCsv, exportSummary, graphJson } from '../../../client/src/export/csv.ts';
import { displayName } from '../../../client/src/graph/elements.ts';
import { GraphModel } from '../../../client/src/graph/graph-model.ts';
import { ringAround } from '../../../client/src/graph/ring-layout.ts';
import { edge, node, payload } from './fixtures.ts';

describe('node names on the canvas', () => {
  it('keeps a short name whole on one line', () => {
    expect(displayName('Kyushu')).toBe('Kyushu');
    expect(displayName('  Phạm Minh Chính ')).toBe('Phạm Minh Chính');
  });

  it('breaks a name that fits on two lines at a space, never inside a word, with no ellipsis', () => {
    const shown = displayName('Fédération économique de Kyushu');
    expect(shown).toBe('Fédération\néconomique de Kyushu');
    expect(shown).not.toContain('…');
    // Every word of the name is there whole.
    for (const word of 'Fédération économique de Kyushu'.split(' ')) expect(shown.split(/\s/)).toContain(word);
  });

  it('puts an ellipsis only when the name needs more than two lines, after a whole word', () => {
    const shown = displayName('Forum de coopération locale Vietnam – Japon à Quảng Ninh');
    const lines = shown.split('\n');
    expect(lines).toHaveLength(2);
    expect(shown.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 21)).toBe(true);
    const words = 'Forum de coopération locale Vietnam – Japon à Quảng Ninh'.split(' ');
    for (const word of shown.replace('…', '').split(/\s/)) expect(words).toContain(word);
  });

  it('cuts only a single word longer than a line', () => {
    expect(displayName('Supercalifragilisticexpialidocious')).toBe('Supercalifragilistic\nexpialidocious');
  });
});

describe('new neighbours around their parent', () => {
  const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  it('gives every new node its own position, on rings around the parent', () => {
    const center = { x: 100, y: -50 };
    const slots = ringAround(center, 40, []);
    expect(slots).toHaveLength(40);
    expect(new Set(slots.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(40);
    for (const p of slots) expect(dist(p, center)).toBeGreaterThanOrEqual(109.9);
    for (let i = 0; i < slots.length; i++)
      for (let j = i + 1; j < slots.length; j++) expect(dist(slots[i]!, slots[j]!)).toBeGreaterThan(30);
  });

  it('keeps clear of the nodes already drawn, so a second page does not land on the first', () => {
    const center = { x: 0, y: 0 };
    const first = ringAround(center, 10, [center]);
    const second = ringAround(center, 10, [center, ...first]);
    for (const p of second) for (const q of first) expect(dist(p, q)).toBeGreaterThanOrEqual(40);
  });
});

describe('caps from the address', () => {
  it('takes the caps asked for within their bounds and says nothing', () => {
    const caps = capsFromSearch('?cap=50&expand=7');
    expect([caps.nodes.value, caps.expand.value]).toEqual([50, 7]);
    expect(capClampNotice(caps)).toBeNull();
    expect(capClampNotice(capsFromSearch(''))).toBeNull();
  });

  it('clamps a cap beyond its maximum and says so, naming the number asked for and the maximum', () => {
    const caps = capsFromSearch('?cap=99999&expand=5000');
    expect(caps.nodes).toMatchObject({ value: 5000, requested: 99999, clamped: true });
    expect(caps.expand).toMatchObject({ value: 1000, clamped: true });
    expect(capClampNotice(caps)).toBe(
      'Nodes on opening 99,999 was capped at the maximum, 5,000; Neighbours per expansion 5,000 was capped at the maximum, 1,000.',
    );
    expect(capClampNotice(capsFromSearch('?expand=0'))).toBe('Neighbours per expansion 0 was raised to 1.');
  });

  it('writes both caps into the query string and keeps its other parameters', () => {
    expect(searchWithCaps('?token=abc&cap=3', { nodes: 20, expand: 4 })).toBe('?token=abc&cap=20&expand=4');
  });
});

describe('facts and articles, not sentences', () => {
  // Two sentences (from two articles) state that a met b: one fact; b represents c: another.
  const edges = [
    edge('e1', 'a', 'b', 'MET_WITH', { source: 'art-1', evidence: 'A met B.' }),
    edge('e2', 'a', 'b', 'MET_WITH', { source: 'art-2', evidence: 'A and B met.' }),
    edge('e3', 'b', 'c', 'REPRESENTS', { source: 'art-1', evidence: 'B speaks for C.' }),
  ];

  it('counts parallel citations as one fact and distinct sources as articles', () => {
    expect(factTally(edges)).toEqual({ facts: 2, articles: 2, relationships: 3 });
    expect(factTallyByType(edges).get('MET_WITH')).toEqual({ facts: 1, articles: 2, relationships: 2 });
    expect(factTallyByType(edges).get('REPRESENTS')).toEqual({ facts: 1, articles: 1, relationships: 1 });
    expect(tallyText({ facts: 1, articles: 2 })).toBe('1 fact from 2 articles');
  });

  it('exports each relationship with its article, sentence and fact, and a summary in facts and articles', () => {
    const rows = edgesCsv(edges).trim().split('\r\n');
    expect(rows[0]).toBe('id,type,from,to,source_article,evidence,fact,fact_articles');
    expect(rows.slice(1)).toEqual([
      'e1,MET_WITH,a,b,art-1,A met B.,1,2',
      'e2,MET_WITH,a,b,art-2,A and B met.,1,2',
      'e3,REPRESENTS,b,c,art-1,B speaks for C.,2,1',
    ]);
    const graph = payload([node('a'), node('b'), node('c')], edges);
    expect(exportSummary(graph).text).toBe('3 nodes, 2 facts from 2 articles');
    const json = JSON.parse(graphJson(graph));
    expect(json.summary).toMatchObject({ nodes: 3, facts: 2, articles: 2, relationships: 3 });
    expect(json.edges[0].properties).toMatchObject({ source: 'art-1', evidence: 'A met B.' });
  });
});

describe('expanding by kind and loading more', () => {
  it('adds a later page to the same expansion, so one collapse removes both pages', () => {
    const m = new GraphModel();
    m.reset(payload([node('hub')]));
    expect(m.extend('hub', payload([node('hub'), node('a'), node('b')], [edge('ha', 'hub', 'a'), edge('hb', 'hub', 'b')]))).toEqual([
      'a',
      'b',
    ]);
    expect(m.extend('hub', payload([node('hub'), node('b'), node('c')], [edge('hc', 'hub', 'c')]))).toEqual(['c']);
    expect([...m.inViewIds()].sort()).toEqual(['a', 'b', 'c', 'hub']);
    expect(m.collapse('hub').sort()).toEqual(['a', 'b', 'c']);
    // Undo brings back the state before the collapse.
    m.undo();
    expect(m.inViewIds().size).toBe(4);
  });

  it('says which kind of neighbours an expansion added', () => {
    expect(filterText({ types: ['PART_OF'] })).toBe('PART_OF neighbours');
    expect(expansionNotice('Kyushu', 1, false, 100, { labels: ['Prefecture'] })).toBe('Expanded Kyushu: added 1 Prefecture neighbour.');
    expect(expansionNotice('Kyushu', 0, false, 100, { types: ['MET_WITH'] })).toBe(
      'Kyushu has no MET_WITH neighbours that are not already shown.',
    );
  });
});
