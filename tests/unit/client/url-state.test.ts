import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, decodeState, encodeState, LAYOUTS, TABS, type ViewState } from '../../../client/src/state/url-state.ts';

describe('URL view state', () => {
  it('encodes the default view as an empty hash', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips a full explore view', () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      selected: 'kyushu',
      expanded: ['kyushu', 'saga'],
      added: ['hanoi'],
      hidden: ['politburo'],
      deleted: ['japan'],
      hiddenLabels: ['Sector'],
      hiddenTypes: ['PART_OF', 'LOCATED_IN'],
      layout: 'concentric',
    };
    expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
  });

  it('keeps an edge selection apart from a node selection', () => {
    const state: ViewState = { ...DEFAULT_STATE, selected: 'abc123', selectedKind: 'edge' };
    expect(encodeState(state)).toBe('edge=abc123');
    expect(decodeState('edge=abc123')).toMatchObject({ selected: 'abc123', selectedKind: 'edge' });
  });

  it('carries a multi-line Cypher query with commas, quotes and unicode', () => {
    const query = "MATCH (n {name: 'Bùi Thanh Sơn'})\nRETURN n.name, n.aliases // 50%, & more";
    const state: ViewState = { ...DEFAULT_STATE, tab: 'cypher', query };
    expect(decodeState(encodeState(state)).query).toBe(query);
  });

  it('round-trips paths and a matrix cell', () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      tab: 'paths',
      pathFrom: 'bui-thanh-son',
      pathTo: 'fukuoka',
      pathIndex: 2,
      cell: { place: 'kyushu', sector: 'semiconductors' },
    };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('ignores unknown tabs, layouts and malformed values', () => {
    const s = decodeState('#tab=admin&layout=random&path=-3&cell=only-one&exp=,,a,');
    expect(s.tab).toBe('explore');
    expect(s.layout).toBe('fcose');
    expect(s.pathIndex).toBe(0);
    expect(s.cell).toBeNull();
    expect(s.expanded).toEqual(['a']);
  });

  it('round-trips any ids, including ones containing the list separator', () => {
    const id = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.record({
          tab: fc.constantFrom(...TABS),
          layout: fc.constantFrom(...LAYOUTS),
          expanded: fc.uniqueArray(id, { maxLength: 5 }),
          hiddenLabels: fc.uniqueArray(id, { maxLength: 3 }),
          query: fc.string({ maxLength: 40 }),
        }),
        (partial) => {
          const state: ViewState = { ...DEFAULT_STATE, ...partial };
          expect(decodeState(encodeState(state))).toEqual(state);
        },
      ),
    );
  });
});

describe('the time filter in the URL', () => {
  it('round-trips a range and the undated switch, and drops what is not an ISO date', () => {
    const state = { ...DEFAULT_STATE, time: { from: '2024-01-01', to: '2024-06-30', showUndated: false } };
    const hash = encodeState(state);
    expect(hash).toBe('since=2024-01-01&until=2024-06-30&undated=hide');
    expect(decodeState(`#${hash}`).time).toEqual(state.time);
    expect(decodeState('#since=yesterday&until=2024-13').time).toEqual({ from: null, to: null, showUndated: true });
  });
});

describe('the region × sector venue rule in the URL', () => {
  it('is off by default and round-trips when on', () => {
    expect(encodeState(DEFAULT_STATE)).not.toContain('venues');
    const state = { ...DEFAULT_STATE, tab: 'insights' as const, venues: true };
    expect(encodeState(state)).toBe('tab=insights&venues=1');
    expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
    expect(decodeState('#venues=yes').venues).toBe(false);
  });
});
