// The region × sector model built from API facts: roll-up (city → prefecture → region, old
// province → successor), facts vs articles, sorting both ways, the time filter, header labels,
// and a cell's subgraph (the place always connected, asked-of edges drawn dashed by the client).
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_ON,
  ASKED_OF,
  buildMatrix,
  cellKey,
  cellSubgraph,
  countOf,
  DEFAULT_SORT,
  intensity,
  maxCount,
  shortLabel,
  sortedColumns,
  sortedRows,
  toggleSort,
} from '../../../client/src/analysis/matrix.ts';
import type { GraphEdge } from '../../../contract/api/graph.ts';
import type { RegionSectorFact, RegionSectorPlace, RegionSectorResponse } from '../../../contract/api/insights.ts';
import { ALL_TIME } from '../../../contract/fact-date.ts';

const place = (id: string, label: string, side: 'japan' | 'vietnam', parent: RegionSectorPlace['parent'] = null, inGraph = true) => ({
  id,
  label,
  name: id.toUpperCase(),
  side,
  parent,
  inGraph,
});
const fact = (id: string, at: string, sector: string, source: string, extra: Partial<RegionSectorFact> = {}): RegionSectorFact => ({
  id,
  type: 'REQUESTED_COOPERATION_IN',
  place: at,
  sector,
  via: ['asked-of'],
  source,
  evidence: `${id} sentence`,
  date: null,
  inferredDate: null,
  dateText: null,
  requester: 'bui',
  askedOf: [],
  chain: [],
  ...extra,
});
const edge = (id: string, source: string, target: string, type = 'REQUESTED_COOPERATION_IN'): GraphEdge => ({
  id,
  type,
  source,
  target,
  properties: {},
});

function response(): RegionSectorResponse {
  return {
    places: [
      place('kyushu', 'Region', 'japan'),
      place('fukuoka', 'Prefecture', 'japan', { id: 'kyushu', kind: 'part-of', edge: 'po-fukuoka' }),
      place('kitakyushu', 'Locality', 'japan', { id: 'fukuoka', kind: 'part-of', edge: 'li-kitakyushu' }),
      place('kansai', 'Region', 'japan'),
      place('bac-giang', 'Locality', 'vietnam', { id: 'bac-ninh', kind: 'merged-into', edge: null }),
      place('bac-ninh', 'Locality', 'vietnam', null, false),
    ],
    sectors: [
      { id: 'semis', name: 'Semi-conducteurs' },
      { id: 'tourism', name: 'Tourisme' },
      { id: 'sme', name: 'Connexion des petites et moyennes entreprises' },
    ],
    facts: [
      fact('f1', 'kyushu', 'semis', 'A', { inferredDate: '2025-03-05', askedOf: ['kuratomi'], chain: ['rep', 'loc'] }),
      fact('f2', 'fukuoka', 'semis', 'A', { date: '2024-06-01', via: ['requester-place'] }),
      fact('f3', 'kyushu', 'semis', 'B', { inferredDate: '2023-01-01' }),
      fact('f3', 'fukuoka', 'semis', 'B', { inferredDate: '2023-01-01' }),
      fact('f4', 'kitakyushu', 'tourism', 'C'),
      fact('f5', 'kansai', 'sme', 'D', { requester: 'pham', inferredDate: '2023-11-25', askedOf: ['japan', 'kansai'] }),
      fact('f6', 'bac-giang', 'semis', 'E', {
        requester: 'tran',
        inferredDate: '2025-04-10',
        via: ['requester-place'],
        chain: ['rep-tran', 'loc-committee'],
      }),
    ],
    elements: {
      nodes: [
        'kyushu',
        'fukuoka',
        'kitakyushu',
        'kansai',
        'bac-giang',
        'semis',
        'tourism',
        'sme',
        'bui',
        'pham',
        'tran',
        'kuratomi',
        'fed',
        'japan',
        'committee',
      ].map((id) => ({ id, label: 'Entity', name: id })),
      edges: [
        edge('f1', 'bui', 'semis'),
        edge('f2', 'bui', 'semis'),
        edge('f3', 'bui', 'semis'),
        edge('f4', 'bui', 'tourism'),
        edge('f5', 'pham', 'sme'),
        edge('f6', 'tran', 'semis'),
        edge('rep', 'kuratomi', 'fed', 'REPRESENTS'),
        edge('rep-tran', 'tran', 'committee', 'REPRESENTS'),
        edge('loc-committee', 'committee', 'bac-giang', 'LOCATED_IN'),
        edge('loc', 'fed', 'kyushu', 'LOCATED_IN'),
        edge('po-fukuoka', 'fukuoka', 'kyushu', 'PART_OF'),
        edge('li-kitakyushu', 'kitakyushu', 'fukuoka', 'LOCATED_IN'),
      ],
    },
  };
}

describe('region × sector matrix', () => {
  it('rolls cities into prefectures and prefectures into regions, counting a fact once per row', () => {
    const { sides } = buildMatrix(response(), ALL_TIME);
    expect(sides.japan.rows.map((r) => r.place.id).sort()).toEqual(['kansai', 'kyushu']);
    const kyushu = sides.japan.rows.find((r) => r.place.id === 'kyushu')!;
    expect(kyushu.children.map((r) => r.place.id)).toEqual(['fukuoka']);
    // f3 reaches both Kyushu and Fukuoka: one fact in Kyushu's row.
    expect(countOf(sides.japan.cells.get(cellKey('kyushu', 'semis'))!.facts, 'facts')).toBe(3);
    expect(countOf(sides.japan.cells.get(cellKey('fukuoka', 'semis'))!.facts, 'facts')).toBe(2);
    // The city's fact counts in its prefecture and its region.
    expect(countOf(sides.japan.cells.get(cellKey('fukuoka', 'tourism'))!.facts, 'facts')).toBe(1);
    expect(countOf(kyushu.facts, 'facts')).toBe(4);
    // An old province sits under its successor, even one only the gazetteer knows.
    expect(sides.vietnam.rows.map((r) => [r.place.id, r.place.inGraph, r.children.map((c) => c.place.id)])).toEqual([
      ['bac-ninh', false, ['bac-giang']],
    ]);
    expect(sides.vietnam.columns.map((c) => c.id)).toEqual(['semis']);
  });

  it('counts facts (distinct relationships) or articles (distinct sources)', () => {
    const { sides } = buildMatrix(response(), ALL_TIME);
    const cell = sides.japan.cells.get(cellKey('kyushu', 'semis'))!;
    expect(countOf(cell.facts, 'facts')).toBe(3);
    expect(countOf(cell.facts, 'articles')).toBe(2);
    expect(maxCount(sides.japan, 'facts')).toBe(3);
    expect(maxCount(sides.japan, 'articles')).toBe(2);
  });

  it('sorts rows by a column and columns by a row, reversing on a second click', () => {
    const { sides } = buildMatrix(response(), ALL_TIME);
    const rows = (sort = DEFAULT_SORT) => sortedRows(sides.japan, sort, 'facts').map((r) => r.place.id);
    const cols = (sort = DEFAULT_SORT) => sortedColumns(sides.japan, sort, 'facts').map((c) => c.id);
    expect(rows()).toEqual(['kyushu', 'kansai']);
    const bySme = toggleSort(DEFAULT_SORT, 'rows', 'sme');
    expect(bySme).toMatchObject({ rowsBy: 'sme', rowsDir: 'desc' });
    expect(rows(bySme)).toEqual(['kansai', 'kyushu']);
    const reversed = toggleSort(bySme, 'rows', 'sme');
    expect(reversed.rowsDir).toBe('asc');
    expect(rows(reversed)).toEqual(['kyushu', 'kansai']);
    expect(cols()).toEqual(['semis', 'sme', 'tourism']);
    expect(cols(toggleSort(DEFAULT_SORT, 'cols', 'kansai'))[0]).toBe('sme');
    expect(cols(toggleSort(toggleSort(DEFAULT_SORT, 'cols', 'kyushu'), 'cols', 'kyushu'))[0]).toBe('sme');
  });

  it('follows the time range: cells recount, empty rows and columns go, hidden facts are counted', () => {
    const all = buildMatrix(response(), ALL_TIME);
    expect(all.hiddenByTime).toBe(0);
    const recent = buildMatrix(response(), { from: '2025-01-01', to: null, showUndated: false });
    expect(recent.hiddenByTime).toBe(4);
    expect(recent.sides.japan.rows.map((r) => r.place.id)).toEqual(['kyushu']);
    expect(recent.sides.japan.columns.map((c) => c.id)).toEqual(['semis']);
    expect(countOf(recent.sides.japan.cells.get(cellKey('kyushu', 'semis'))!.facts, 'facts')).toBe(1);
    // Undated facts stay unless hidden.
    const withUndated = buildMatrix(response(), { from: '2025-01-01', to: null, showUndated: true });
    expect(withUndated.sides.japan.columns.map((c) => c.id).sort()).toEqual(['semis', 'tourism']);
    expect(withUndated.hiddenByTime).toBe(3);
  });

  it('maps counts to heat steps, never 0 for a non-empty cell', () => {
    expect(intensity(0, 10)).toBe(0);
    expect(intensity(1, 100)).toBe(1);
    expect(intensity(10, 10)).toBe(5);
    expect(intensity(5, 10)).toBe(3);
  });

  it('shortens header labels at word boundaries when they do not fit on two lines', () => {
    expect(shortLabel('Tourisme', 16, 2)).toBe('Tourisme');
    expect(shortLabel('Transformation numérique', 16, 2)).toBe('Transformation numérique');
    expect(shortLabel('Connexion des petites et moyennes entreprises', 16, 2)).toBe('Connexion des petites et…');
    expect(shortLabel('Mise en œuvre des documents de coopération signés', 16, 2)).toBe('Mise en œuvre des documents de…');
    // Only a single word longer than a line is cut.
    expect(shortLabel('Supercalifragilisticexpialidocious', 16, 2)).toBe('Supercalifragil…');
  });
});

describe("a cell's subgraph", () => {
  const subgraphOf = (row: string, sector: string) => {
    const r = response();
    const side = buildMatrix(r, ALL_TIME).sides;
    const cell = side.japan.cells.get(cellKey(row, sector)) ?? side.vietnam.cells.get(cellKey(row, sector))!;
    return cellSubgraph(cell, r);
  };
  const connected = (g: ReturnType<typeof subgraphOf>) =>
    g.payload.nodes.every((n) => g.payload.edges.some((e) => e.source === n.id || e.target === n.id));

  it('draws a place reached only through a request naming it with a dashed asked-of edge', () => {
    const g = subgraphOf('kansai', 'sme');
    expect(g.payload.nodes.map((n) => n.id).sort()).toEqual(['japan', 'kansai', 'pham', 'sme']);
    const askedOf = g.payload.edges.filter((e) => e.type === ASKED_OF);
    expect(askedOf.map((e) => [e.source, e.target]).sort()).toEqual([
      ['pham', 'japan'],
      ['pham', 'kansai'],
    ]);
    expect(askedOf.every((e) => e.properties.virtual === true)).toBe(true);
    expect(g.facts).toEqual(['f5']);
    expect(connected(g)).toBe(true);
  });

  it('draws the chain to the addressee and the roll-up from a prefecture to its region', () => {
    const g = subgraphOf('kyushu', 'semis');
    const ids = g.payload.edges.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['f1', 'f2', 'f3', 'rep', 'loc', 'po-fukuoka']));
    expect(g.payload.edges.find((e) => e.type === ASKED_OF)).toMatchObject({ source: 'bui', target: 'kuratomi' });
    expect(g.facts.sort()).toEqual(['f1', 'f2', 'f3']);
    expect(connected(g)).toBe(true);
  });

  it('joins a partnership to the sector its agreement names with a dashed edge', () => {
    const r = response();
    r.facts.push(fact('p1', 'kansai', 'tourism', 'F', { type: 'PARTNERS_WITH', via: ['partnership'], requester: null }));
    r.elements.edges.push(edge('p1', 'kansai', 'bac-giang', 'PARTNERS_WITH'));
    const g = cellSubgraph(buildMatrix(r, ALL_TIME).sides.japan.cells.get(cellKey('kansai', 'tourism'))!, r);
    expect(g.payload.nodes.map((n) => n.id).sort()).toEqual(['bac-giang', 'kansai', 'tourism']);
    expect(g.payload.edges.find((e) => e.type === AGREEMENT_ON)).toMatchObject({ source: 'kansai', target: 'tourism' });
    expect(connected(g)).toBe(true);
  });

  it('leaves out a successor that is not in the graph, and draws the old province instead', () => {
    const g = subgraphOf('bac-ninh', 'semis');
    expect(g.payload.nodes.map((n) => n.id).sort()).toEqual(['bac-giang', 'committee', 'semis', 'tran']);
    expect(g.facts).toEqual(['f6']);
    expect(connected(g)).toBe(true);
  });
});
