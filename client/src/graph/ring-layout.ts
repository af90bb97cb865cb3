// The layout for large graphs: best-connected nodes in the middle, the rest on rings around them
// in order of degree, each ring as full as its circumference allows. It is computed in one pass
// (sort + place), where a force layout on hundreds of densely connected nodes takes seconds to
// minutes; DOM-free so it is unit-tested.
import type { Position } from 'cytoscape';
import { LARGE_GRAPH_NODES } from '../config.ts';
import type { LayoutName } from '../state/url-state.ts';

/**
 * The force layout is for graphs up to LARGE_GRAPH_NODES: on hundreds of densely connected nodes
 * fCoSE takes seconds to minutes (even its spectral draft collapses them into one blob), so a
 * larger graph asked to use it gets rings by degree instead.
 */
export const effectiveLayout = (name: LayoutName, nodes: number): LayoutName | 'rings' =>
  name === 'fcose' && nodes > LARGE_GRAPH_NODES ? 'rings' : name;

export interface RingOptions {
  /** Distance between neighbouring nodes on a ring, and between rings. */
  spacing?: number;
}

export function ringPositions(nodes: { id: string; degree: number }[], opts: RingOptions = {}): Map<string, Position> {
  const spacing = opts.spacing ?? 44;
  const sorted = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const positions = new Map<string, Position>();
  let i = 0;
  for (let ring = 0; i < sorted.length; ring++) {
    const radius = ring * spacing;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * radius) / spacing);
    const count = Math.min(capacity, sorted.length - i);
    // Each ring starts at a different angle, so spokes do not line up from ring to ring.
    const offset = ring * 0.7;
    for (let k = 0; k < count; k++, i++) {
      const angle = offset + (2 * Math.PI * k) / count;
      positions.set(sorted[i]!.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
  }
  return positions;
}

export interface AroundOptions {
  /** Radius of the first ring. */
  radius?: number;
  /** Distance between neighbouring slots on a ring, and between rings. */
  spacing?: number;
  /** No slot closer than this to a node already on the canvas (or to another new one). */
  clearance?: number;
}

/**
 * Where `count` new neighbours go around their parent: slots on rings around `center`, each ring
 * as full as its circumference allows, skipping any slot too close to a node already drawn
 * (`occupied`), so a second page of neighbours goes between or beyond the first instead of on
 * top of it. Every position returned is distinct and at least `radius` from the centre.
 */
export function ringAround(center: Position, count: number, occupied: Position[], opts: AroundOptions = {}): Position[] {
  const radius = opts.radius ?? 110;
  const spacing = opts.spacing ?? 60;
  const clearance = opts.clearance ?? 40;
  const taken = [...occupied];
  const free = (p: Position) => taken.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= clearance);
  const placed: Position[] = [];
  // Rings grow outward until every node has a slot; the bound only guards against a bad clearance.
  for (let ring = 0; placed.length < count && ring < 10_000; ring++) {
    const r = radius + ring * spacing;
    const slots = Math.max(6, Math.floor((2 * Math.PI * r) / spacing));
    const offset = ring * 0.5;
    for (let k = 0; k < slots && placed.length < count; k++) {
      const angle = offset + (2 * Math.PI * k) / slots;
      const p = { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
      if (!free(p)) continue;
      placed.push(p);
      taken.push(p);
    }
  }
  return placed;
}
