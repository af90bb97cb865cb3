// The time filter in the graph model, beside the legend's filters: relationships dated outside
// the range leave the display, nodes left with none of their relationships go with them (a node
// with no relationship in view stays), undated ones follow "Show undated", and what the filter
// alone hides is counted.
import { describe, expect, it } from 'vitest';
import { ALL_TIME } from '../../../contract/fact-date.ts';
import { GraphModel, type ModelFilters } from '../../../client/src/graph/graph-model.ts';
import { edge, node, payload } from './fixtures.ts';

function scene(): { m: GraphModel; filters: ModelFilters } {
  const filters: ModelFilters = { hiddenLabels: new Set(), hiddenTypes: new Set(), time: ALL_TIME };
  const m = new GraphModel(filters);
  m.reset(
    payload(
      [node('a'), node('b'), node('c'), node('d', 'Sector'), node('lonely')],
      [
        edge('ab-2023', 'a', 'b', 'MET_WITH', { inferredDate: '2023-11-25' }),
        edge('bc-2025', 'b', 'c', 'MET_WITH', { date: '2025-03-05' }),
        edge('cd-undated', 'c', 'd', 'REQUESTED_COOPERATION_IN'),
      ],
    ),
  );
  return { m, filters };
}
const shown = (m: GraphModel) => ({
  nodes: m
    .displayed()
    .nodes.map((n) => n.id)
    .sort(),
  edges: m
    .displayed()
    .edges.map((e) => e.id)
    .sort(),
});

describe('GraphModel time filter', () => {
  it('shows everything for all time', () => {
    const { m } = scene();
    expect(shown(m).edges).toEqual(['ab-2023', 'bc-2025', 'cd-undated']);
    expect(m.hiddenByTime()).toEqual({ edges: 0, nodes: 0 });
  });

  it('hides relationships dated outside the range and the nodes left with none, keeping nodes that had none', () => {
    const { m, filters } = scene();
    filters.time = { from: '2024-01-01', to: null, showUndated: true };
    expect(shown(m)).toEqual({ nodes: ['b', 'c', 'd', 'lonely'], edges: ['bc-2025', 'cd-undated'] });
    expect(m.hiddenByTime()).toEqual({ edges: 1, nodes: 1 });
    filters.time = { from: null, to: '2023-12-31', showUndated: true };
    expect(shown(m)).toEqual({ nodes: ['a', 'b', 'c', 'd', 'lonely'], edges: ['ab-2023', 'cd-undated'] });
  });

  it('hides undated relationships when undated facts are not shown', () => {
    const { m, filters } = scene();
    filters.time = { from: null, to: null, showUndated: false };
    expect(shown(m)).toEqual({ nodes: ['a', 'b', 'c', 'lonely'], edges: ['ab-2023', 'bc-2025'] });
    expect(m.hiddenByTime()).toEqual({ edges: 1, nodes: 1 });
  });

  it('applies beside the type filter: a node kept by an in-range relationship of a filtered type stays', () => {
    const { m, filters } = scene();
    filters.hiddenTypes.add('REQUESTED_COOPERATION_IN');
    filters.time = { from: '2024-01-01', to: null, showUndated: true };
    expect(shown(m)).toEqual({ nodes: ['b', 'c', 'd', 'lonely'], edges: ['bc-2025'] });
    // The filtered type's relationship is the type filter's, not counted for time.
    expect(m.hiddenByTime().edges).toBe(1);
  });

  it('is no undoable edit: undo after a change of range restores the view edits, the range stays', () => {
    const { m, filters } = scene();
    m.hide(['lonely']);
    filters.time = { from: '2024-01-01', to: null, showUndated: true };
    expect(m.undo()).toBe(true);
    expect(shown(m).nodes).toEqual(['b', 'c', 'd', 'lonely']);
  });
});
