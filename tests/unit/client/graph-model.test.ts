import { describe, expect, it } from 'vitest';
import { GraphModel, HISTORY_LIMIT } from '../../../client/src/graph/graph-model.ts';
import { edge, node, payload } from './fixtures.ts';

const ids = (m: GraphModel) =>
  m
    .displayed()
    .nodes.map((n) => n.id)
    .sort();
const edgeIds = (m: GraphModel) =>
  m
    .displayed()
    .edges.map((e) => e.id)
    .sort();

function overview(): GraphModel {
  const m = new GraphModel();
  m.reset(payload([node('a'), node('b'), node('c', 'Sector')], [edge('ab', 'a', 'b'), edge('bc', 'b', 'c', 'REQUESTED_COOPERATION_IN')]));
  return m;
}

describe('GraphModel', () => {
  it('shows the overview with every edge between shown nodes', () => {
    const m = overview();
    expect(ids(m)).toEqual(['a', 'b', 'c']);
    expect(edgeIds(m)).toEqual(['ab', 'bc']);
    expect(m.canUndo()).toBe(false);
  });

  it('expands with only the nodes that were not in view, and collapse removes exactly those', () => {
    const m = overview();
    const added = m.expand(
      'c',
      payload([node('c', 'Sector'), node('b'), node('d'), node('e')], [edge('bc', 'b', 'c'), edge('dc', 'd', 'c'), edge('ec', 'e', 'c')]),
    );
    expect(added.sort()).toEqual(['d', 'e']);
    expect(m.isExpanded('c')).toBe(true);
    expect(ids(m)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(edgeIds(m)).toEqual(['ab', 'bc', 'dc', 'ec']);
    expect(m.collapse('c').sort()).toEqual(['d', 'e']);
    expect(ids(m)).toEqual(['a', 'b', 'c']);
    expect(m.isExpanded('c')).toBe(false);
  });

  it('a removed overview node brought back by an expansion leaves again on collapse (regression)', () => {
    const m = overview();
    m.remove(['a']);
    expect(m.expand('b', payload([node('b'), node('a')], [edge('ab', 'a', 'b')]))).toEqual(['a']);
    expect(ids(m)).toContain('a');
    expect(m.collapse('b')).toEqual(['a']);
    expect(ids(m)).not.toContain('a');
  });

  it('a node brought by two expansions stays until both are collapsed', () => {
    const m = overview();
    m.expand('a', payload([node('a'), node('x')], [edge('ax', 'a', 'x')]));
    m.expand('b', payload([node('b'), node('x'), node('y')], [edge('bx', 'b', 'x'), edge('by', 'b', 'y')]));
    // x was already in view when b expanded, so b owns only y.
    expect(m.collapse('b')).toEqual(['y']);
    expect(ids(m)).toContain('x');
    expect(m.collapse('a')).toEqual(['x']);
  });

  it('collapsing cascades to expansions of nodes that leave the view', () => {
    const m = overview();
    m.expand('a', payload([node('a'), node('x')], [edge('ax', 'a', 'x')]));
    m.expand('x', payload([node('x'), node('z')], [edge('xz', 'x', 'z')]));
    expect(m.collapse('a').sort()).toEqual(['x', 'z']);
    expect(m.expandedIds()).toEqual([]);
  });

  it('undoes and redoes expand, hide and delete-from-view', () => {
    const m = overview();
    m.expand('a', payload([node('a'), node('x')], [edge('ax', 'a', 'x')]));
    m.hide(['b']);
    m.remove(['c']);
    expect(ids(m)).toEqual(['a', 'x']);
    expect(m.undo()).toBe(true);
    expect(ids(m)).toEqual(['a', 'c', 'x']);
    expect(m.undo()).toBe(true);
    expect(ids(m)).toEqual(['a', 'b', 'c', 'x']);
    expect(m.undo()).toBe(true);
    expect(ids(m)).toEqual(['a', 'b', 'c']);
    expect(m.undo()).toBe(false);
    expect(m.redo()).toBe(true);
    expect(ids(m)).toEqual(['a', 'b', 'c', 'x']);
    // A new edit drops the redo branch.
    m.hide(['a']);
    expect(m.canRedo()).toBe(false);
  });

  it('hidden nodes stay in view (and come back with showHidden); deleted ones leave it', () => {
    const m = overview();
    m.hide(['a']);
    expect(m.inView('a')).toBe(true);
    expect(ids(m)).toEqual(['b', 'c']);
    expect(edgeIds(m)).toEqual(['bc']);
    m.showHidden();
    expect(ids(m)).toEqual(['a', 'b', 'c']);
    m.remove(['a']);
    expect(m.inView('a')).toBe(false);
    expect(m.deletedIds()).toEqual(['a']);
  });

  it('filters by label and relationship type without touching history', () => {
    const m = overview();
    m.hiddenLabels.add('Sector');
    expect(ids(m)).toEqual(['a', 'b']);
    m.hiddenLabels.clear();
    m.hiddenTypes.add('MET_WITH');
    expect(edgeIds(m)).toEqual(['bc']);
    expect(m.canUndo()).toBe(false);
  });

  it('scenes can share one pair of filter sets', () => {
    const filters = { hiddenLabels: new Set(['Sector']), hiddenTypes: new Set<string>() };
    const one = new GraphModel(filters);
    const two = new GraphModel(filters);
    one.reset(payload([node('s', 'Sector')]));
    two.reset(payload([node('t', 'Sector'), node('u')]));
    expect(ids(one)).toEqual([]);
    expect(ids(two)).toEqual(['u']);
  });

  it('adding a node from search brings it back even if it was deleted, and is undoable', () => {
    const m = overview();
    m.remove(['a']);
    expect(m.add(payload([node('a')]))).toEqual(['a']);
    expect(ids(m)).toContain('a');
    m.undo();
    expect(ids(m)).not.toContain('a');
  });

  it('does not expand a node twice or one that is not in view', () => {
    const m = overview();
    expect(m.expand('nope', payload([node('nope'), node('q')]))).toEqual([]);
    m.expand('a', payload([node('a'), node('q')]));
    expect(m.expand('a', payload([node('a'), node('r')]))).toEqual([]);
  });

  it('keeps a bounded history', () => {
    const m = overview();
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      m.hide(['a']);
      m.showHidden();
    }
    let undos = 0;
    while (m.undo()) undos++;
    expect(undos).toBe(HISTORY_LIMIT);
  });
});
