// What keeps big results from freezing the tab: the caps read from the URL, the layout a large
// graph gets instead of the force layout, and the cheap stylesheet.
import { describe, expect, it } from 'vitest';
import {
  API_LIMITS,
  EXPANSION_CAP,
  expansionCap,
  INITIAL_NODE_CAP,
  initialNodeCap,
  LARGE_GRAPH_NODES,
} from '../../../client/src/config.ts';
import { effectiveLayout, ringPositions } from '../../../client/src/graph/ring-layout.ts';
import { buildStylesheet } from '../../../client/src/graph/stylesheet.ts';

describe('caps from the query string', () => {
  it('?cap= sets the initial node cap, clamped to 1…the API maximum', () => {
    expect(initialNodeCap('')).toBe(INITIAL_NODE_CAP);
    expect(initialNodeCap('?cap=1000')).toBe(1000);
    expect(initialNodeCap('?layout=x&cap=20')).toBe(20);
    expect(initialNodeCap('?cap=0')).toBe(1);
    expect(initialNodeCap('?cap=999999')).toBe(API_LIMITS.graphNodes);
    expect(initialNodeCap('?cap=%20250%20')).toBe(250);
  });

  it('an unreadable ?cap= falls back to the default instead of asking the API for nonsense', () => {
    for (const bad of ['?cap=', '?cap=-5', '?cap=1e3', '?cap=12.5', '?cap=abc', '?cap=1234567890', '?cap=0x10'])
      expect(initialNodeCap(bad), bad).toBe(INITIAL_NODE_CAP);
  });

  it('?expand= sets the expansion cap, clamped to the API maximum, independently of ?cap=', () => {
    expect(expansionCap('')).toBe(EXPANSION_CAP);
    expect(expansionCap('?cap=2000')).toBe(EXPANSION_CAP);
    expect(expansionCap('?expand=25')).toBe(25);
    expect(expansionCap('?expand=50000')).toBe(API_LIMITS.neighbours);
    expect(expansionCap('?expand=many')).toBe(EXPANSION_CAP);
    expect(initialNodeCap('?expand=25')).toBe(INITIAL_NODE_CAP);
  });
});

describe('layout for large graphs', () => {
  it('the force layout gives way to rings above LARGE_GRAPH_NODES; other layouts are kept', () => {
    expect(effectiveLayout('fcose', 62)).toBe('fcose');
    expect(effectiveLayout('fcose', LARGE_GRAPH_NODES)).toBe('fcose');
    expect(effectiveLayout('fcose', LARGE_GRAPH_NODES + 1)).toBe('rings');
    expect(effectiveLayout('concentric', 5000)).toBe('concentric');
    expect(effectiveLayout('dagre', 5000)).toBe('dagre');
  });

  it('rings put the best-connected node in the middle and keep every node apart', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, degree: (i * 7919) % 97 }));
    nodes.push({ id: 'hub', degree: 500 });
    const spacing = 40;
    const pos = ringPositions(nodes, { spacing });
    expect(pos.size).toBe(nodes.length);
    expect(pos.get('hub')).toEqual({ x: 0, y: 0 });
    // Rings fill outwards in order of degree: a node never sits on a ring inside a better-connected one's.
    const radius = (id: string) => Math.hypot(pos.get(id)!.x, pos.get(id)!.y);
    const byDegree = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
    for (let i = 1; i < byDegree.length; i++) expect(radius(byDegree[i]!.id)).toBeGreaterThanOrEqual(radius(byDegree[i - 1]!.id) - 1e-6);
    // No two nodes closer than ~the spacing (a grid of cells makes the check linear).
    const cells = new Map<string, { x: number; y: number }[]>();
    let closest = Infinity;
    for (const p of pos.values()) {
      const cx = Math.floor(p.x / spacing);
      const cy = Math.floor(p.y / spacing);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const q of cells.get(`${cx + dx},${cy + dy}`) ?? []) closest = Math.min(closest, Math.hypot(p.x - q.x, p.y - q.y));
      cells.set(`${cx},${cy}`, [...(cells.get(`${cx},${cy}`) ?? []), p]);
    }
    expect(closest).toBeGreaterThan(spacing * 0.9);
  });

  it('is deterministic: ties are broken by id, not by input order', () => {
    const nodes = [
      { id: 'b', degree: 1 },
      { id: 'd', degree: 1 },
      { id: 'a', degree: 1 },
      { id: 'c', degree: 3 },
    ];
    const pos = ringPositions(nodes);
    expect(ringPositions([...nodes].reverse())).toEqual(pos);
    expect(pos.get('c')).toEqual({ x: 0, y: 0 });
    // The three ties share the first ring, a third of a turn apart, placed counter-clockwise in id
    // order: b one step after a, d one step after b (whatever angle the ring starts at).
    const angle = (id: string) => Math.atan2(pos.get(id)!.y, pos.get(id)!.x);
    const turn = (from: string, to: string) => (((angle(to) - angle(from)) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    expect(turn('a', 'b')).toBeCloseTo((2 * Math.PI) / 3);
    expect(turn('b', 'd')).toBeCloseTo((2 * Math.PI) / 3);
    expect(ringPositions([]).size).toBe(0);
  });
});

describe('stylesheet for large graphs', () => {
  const rules = (large: boolean) =>
    buildStylesheet(['Official'], ['MET_WITH'], { large }) as unknown as { selector: string; style: Record<string, unknown> }[];
  /** The style an element matching exactly these selectors ends up with (later rules win). */
  const cascade = (sheet: ReturnType<typeof rules>, selectors: string[]) =>
    Object.assign({}, ...sheet.filter((r) => selectors.includes(r.selector)).map((r) => r.style)) as Record<string, unknown>;

  it('draws plain straight edges without labels, but the edges in focus keep their type and arrow', () => {
    const large = rules(true);
    const plain = cascade(large, ['edge', 'edge.type-MET_WITH']);
    expect(plain['curve-style']).toBe('haystack');
    expect(plain.label).toBe('');
    expect(plain['target-arrow-shape']).toBe('none');
    const focused = cascade(large, ['edge', 'edge.type-MET_WITH', 'edge.hl, edge:selected, edge.path-edge']);
    expect(focused.label).toBe('data(display)');
    expect(focused['target-arrow-shape']).toBe('triangle');
  });

  it('leaves the small-graph stylesheet as it was', () => {
    const small = cascade(rules(false), ['edge', 'edge.type-MET_WITH']);
    expect(small['curve-style']).toBe('bezier');
    expect(small.label).toBe('data(display)');
    expect(rules(false)).toEqual(buildStylesheet(['Official'], ['MET_WITH']));
  });
});
