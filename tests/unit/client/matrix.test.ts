import { describe, expect, it } from 'vitest';
import { buildMatrix, cellKey, cellLinkPlan, cellSubgraph, intensity, type MatrixCell } from '../../../client/src/analysis/matrix.ts';
import type { NodeDetails } from '../../../contract/api/graph.ts';
import type { RegionSectorRow } from '../../../contract/api/insights.ts';
import { edge, node, payload } from './fixtures.ts';

const row = (place: string, sector: string, count: number, label = 'Region'): RegionSectorRow => ({
  place: { id: place, label, name: place },
  sector: { id: sector, name: sector },
  count,
  via: ['asked-of'],
  evidence: Array.from({ length: count }, (_, i) => ({ source: 'art', evidence: `${place}-${sector}-${i}` })),
});

describe('region × sector matrix', () => {
  it('orders places and sectors by total and indexes cells', () => {
    const m = buildMatrix([row('kyushu', 'semis', 3), row('kyushu', 'tourism', 1), row('quang-ninh', 'tourism', 2, 'Locality')]);
    expect(m.places.map((p) => [p.id, p.total])).toEqual([
      ['kyushu', 4],
      ['quang-ninh', 2],
    ]);
    expect(m.sectors.map((s) => [s.id, s.total])).toEqual([
      ['semis', 3],
      ['tourism', 3],
    ]);
    expect(m.cells.get(cellKey('quang-ninh', 'tourism'))?.count).toBe(2);
    expect(m.cells.get(cellKey('quang-ninh', 'semis'))).toBeUndefined();
    expect(m.max).toBe(3);
  });

  it('sums duplicate rows for one cell', () => {
    const m = buildMatrix([row('kyushu', 'semis', 1), { ...row('kyushu', 'semis', 2), via: ['investment'] }]);
    const cell = m.cells.get(cellKey('kyushu', 'semis'))!;
    expect(cell.count).toBe(3);
    expect(cell.evidence).toHaveLength(3);
    expect(cell.via).toEqual(['asked-of', 'investment']);
  });

  it('maps counts to heat steps, never 0 for a non-empty cell', () => {
    expect(intensity(0, 10)).toBe(0);
    expect(intensity(1, 100)).toBe(1);
    expect(intensity(10, 10)).toBe(5);
    expect(intensity(5, 10)).toBe(3);
  });

  it('links a request through whom it was addressed to, not through any shortest path to the requester', () => {
    const asked = edge('r1', 'bui', 'semis', 'REQUESTED_COOPERATION_IN', { evidence: 'Bui asked.', askedOf: ['kuratomi', 'kyushu'] });
    const sector: NodeDetails = {
      node: node('semis', 'Sector'),
      relationships: [{ ...asked, direction: 'in', other: { id: 'bui', label: 'Official', name: 'BUI' } }],
      truncated: false,
    };
    const cell: Pick<MatrixCell, 'evidence' | 'via'> = { evidence: [{ source: 'article-1', evidence: 'Bui asked.' }], via: ['asked-of'] };
    expect(cellLinkPlan(cell, 'kyushu', sector)).toEqual({
      fromPlace: ['kuratomi'],
      pairs: [
        ['bui', 'kuratomi'],
        ['bui', 'kyushu'],
      ],
    });
    // A request made at an event held in the place links the requester too.
    expect(cellLinkPlan({ ...cell, via: ['meeting-place'] }, 'hanoi', sector).fromPlace.sort()).toEqual(['bui', 'kuratomi', 'kyushu']);
  });

  it('builds a cell subgraph from the cited relationships and the paths to their start', () => {
    const asked = edge('r1', 'bui', 'semis', 'REQUESTED_COOPERATION_IN', { evidence: 'Bui asked for chips.' });
    const other = edge('r2', 'pham', 'semis', 'REQUESTED_COOPERATION_IN', { evidence: 'Pham asked too.' });
    const sector: NodeDetails = {
      node: node('semis', 'Sector'),
      relationships: [
        { ...asked, direction: 'in', other: { id: 'bui', label: 'Official', name: 'BUI' } },
        { ...other, direction: 'in', other: { id: 'pham', label: 'Official', name: 'PHAM' } },
      ],
      truncated: false,
    };
    const place: NodeDetails = { node: node('kyushu', 'Region'), relationships: [], truncated: false };
    const cell: Pick<MatrixCell, 'evidence' | 'via'> = {
      evidence: [{ source: 'article-1', evidence: 'Bui asked for chips.' }],
      via: ['asked-of'],
    };
    expect(cellLinkPlan(cell, 'kyushu', sector)).toEqual({ fromPlace: ['bui'], pairs: [] });
    const link = payload(
      [node('kyushu', 'Region'), node('fed', 'Organization'), node('bui')],
      [edge('l1', 'fed', 'kyushu', 'LOCATED_IN'), edge('l2', 'bui', 'fed', 'MET_WITH')],
    );
    const g = cellSubgraph(cell, place, sector, [link]);
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['bui', 'fed', 'kyushu', 'semis']);
    expect(g.edges.map((e) => e.id).sort()).toEqual(['l1', 'l2', 'r1']);
  });
});
