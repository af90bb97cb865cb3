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
