// Region × sector rows → a heatmap model: places and sectors ordered by total count (busiest
// first, ties by name), a cell per pair, and the intensity scale.
import type { GraphNode, GraphPayload, NodeDetails, NodeSummary } from '../../../contract/api/graph.ts';
import type { EvidenceRef, RegionSectorRow } from '../../../contract/api/insights.ts';
import { edgeEvidence } from '../evidence/evidence.ts';
import { dedupeById, mergePayloads, relationshipEdge } from '../graph/elements.ts';

export interface MatrixCell {
  place: NodeSummary;
  sector: { id: string; name: string };
  count: number;
  via: RegionSectorRow['via'];
  evidence: EvidenceRef[];
}

export interface Matrix {
  places: (NodeSummary & { total: number })[];
  sectors: { id: string; name: string; total: number }[];
  cells: Map<string, MatrixCell>;
  max: number;
}

export const cellKey = (placeId: string, sectorId: string): string => `${placeId}\u0000${sectorId}`;

export function buildMatrix(rows: RegionSectorRow[]): Matrix {
  const places = new Map<string, NodeSummary & { total: number }>();
  const sectors = new Map<string, { id: string; name: string; total: number }>();
  const cells = new Map<string, MatrixCell>();
  let max = 0;
  for (const row of rows) {
    const place = places.get(row.place.id) ?? { ...row.place, total: 0 };
    place.total += row.count;
    places.set(place.id, place);
    const sector = sectors.get(row.sector.id) ?? { ...row.sector, total: 0 };
    sector.total += row.count;
    sectors.set(sector.id, sector);
    const key = cellKey(row.place.id, row.sector.id);
    const existing = cells.get(key);
    const cell: MatrixCell = existing
      ? {
          ...existing,
          count: existing.count + row.count,
          via: [...new Set([...existing.via, ...row.via])],
          evidence: [...existing.evidence, ...row.evidence],
        }
      : { place: row.place, sector: row.sector, count: row.count, via: [...row.via], evidence: [...row.evidence] };
    cells.set(key, cell);
    max = Math.max(max, cell.count);
  }
  const byTotal = <T extends { total: number; name: string }>(a: T, b: T) => b.total - a.total || a.name.localeCompare(b.name);
  return { places: [...places.values()].sort(byTotal), sectors: [...sectors.values()].sort(byTotal), cells, max };
}

/** 0 for an empty cell, else 1..steps proportional to count/max (never 0 for a non-empty cell). */
export function intensity(count: number, max: number, steps = 5): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(steps, Math.ceil((count / max) * steps)));
}

const evidenceKey = (e: EvidenceRef) => `${e.source}\u0000${e.evidence}`;

/** The sector's relationships that a cell's evidence cites (e.g. the requests naming it). */
export function citedRelationships(cell: Pick<MatrixCell, 'evidence'>, sector: NodeDetails): NodeDetails['relationships'] {
  const cited = new Set(cell.evidence.map(evidenceKey));
  return sector.relationships.filter((r) => edgeEvidence(r).some((e) => cited.has(evidenceKey(e))));
}

const ids = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

export interface CellLinkPlan {
  /** Nodes to connect to the place with shortest paths. */
  fromPlace: string[];
  /** Requester → addressee pairs to connect (who asked whom), by their shortest paths. */
  pairs: [string, string][];
}

/**
 * Which paths make a cell's subgraph readable: a request addressed (askedOf / region) to
 * someone is linked to the place through that addressee, and the requester to the addressee;
 * a request made at an event held in the place (or an investment) links the requester itself.
 */
export function cellLinkPlan(cell: Pick<MatrixCell, 'evidence' | 'via'>, placeId: string, sector: NodeDetails): CellLinkPlan {
  const fromPlace = new Set<string>();
  const pairs = new Map<string, [string, string]>();
  for (const r of citedRelationships(cell, sector)) {
    const requester = r.source === sector.node.id ? r.target : r.source;
    const addressees = [...ids(r.properties.askedOf), ...ids(r.properties.region)];
    for (const a of addressees) {
      fromPlace.add(a);
      if (a !== requester) pairs.set(`${requester}\u0000${a}`, [requester, a]);
    }
    if (!addressees.length || cell.via.includes('meeting-place')) fromPlace.add(requester);
  }
  fromPlace.delete(placeId);
  return { fromPlace: [...fromPlace], pairs: [...pairs.values()] };
}

/**
 * The subgraph behind a cell: the place, the sector, the relationships to the sector that the
 * cell's evidence cites, and the paths that `cellLinkPlan` asked for.
 */
export function cellSubgraph(
  cell: Pick<MatrixCell, 'evidence'>,
  place: NodeDetails,
  sector: NodeDetails,
  links: GraphPayload[],
): GraphPayload {
  const edges = citedRelationships(cell, sector).map(relationshipEdge);
  const linked = mergePayloads(links);
  const known = new Map<string, GraphNode>([...linked.nodes, place.node, sector.node].map((n) => [n.id, n]));
  // Ends only known by summary still get drawn (their details load when selected).
  for (const r of sector.relationships) if (!known.has(r.other.id)) known.set(r.other.id, { ...r.other, properties: {} });
  const ids = new Set([place.node.id, sector.node.id, ...linked.nodes.map((n) => n.id), ...edges.flatMap((e) => [e.source, e.target])]);
  return {
    nodes: [...ids].map((id) => known.get(id)!).filter(Boolean),
    edges: dedupeById([...linked.edges, ...edges]),
  };
}
