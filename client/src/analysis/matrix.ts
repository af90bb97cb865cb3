// Region × sector facts (GET /api/insights/region-sector) → one matrix per side (Japanese
// regions with their prefectures; Vietnamese localities with the pre-2025 provinces merged into
// them) against sectors. DOM-free, so the roll-up, the two counts, the sorting, the time filter
// and a cell's subgraph are unit-tested. A cell holds facts, never sentences: it counts distinct
// relationships (facts) or distinct `source` articles, and one fact reaching both a prefecture and
// its region counts once in the region's row.
import type { GraphEdge, GraphPayload, NodeSummary } from '../../../contract/api/graph.ts';
import type { PlaceSide, RegionSectorFact, RegionSectorPlace, RegionSectorResponse } from '../../../contract/api/insights.ts';
import { inTimeRange, type TimeRange } from '../../../contract/fact-date.ts';

export type CountBy = 'facts' | 'articles';
export type SortDir = 'desc' | 'asc';

/** Edges drawn by the client only (see VIRTUAL_EDGE_NOTES): no relationships in the graph, and dashed. */
export const ASKED_OF = 'ASKED_OF';
export const MERGED_INTO = 'MERGED_INTO';
export const AGREEMENT_ON = 'AGREEMENT_ON';

export interface MatrixCell {
  rowId: string;
  sectorId: string;
  /** One entry per (fact, place it reaches): a fact may reach two places of one row. */
  facts: RegionSectorFact[];
}

export interface MatrixRow {
  place: RegionSectorPlace;
  /** Prefectures under a region, old provinces under their successor (one level). */
  children: MatrixRow[];
  facts: RegionSectorFact[];
}

export interface MatrixColumn {
  id: string;
  name: string;
  facts: RegionSectorFact[];
}

export interface SideMatrix {
  side: PlaceSide;
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: Map<string, MatrixCell>;
}

export interface RegionSectorModel {
  sides: Record<PlaceSide, SideMatrix>;
  /** Distinct facts the time range hides. */
  hiddenByTime: number;
}

export const cellKey = (rowId: string, sectorId: string): string => `${rowId}\u0000${sectorId}`;

/** Distinct facts (relationship ids) or distinct articles (`source`). */
export function countOf(facts: readonly RegionSectorFact[], by: CountBy): number {
  return new Set(facts.map((f) => (by === 'facts' ? f.id : f.source))).size;
}

/** The place and its roll-up ancestors, nearest first (a cycle in bad data stops the walk). */
export function lineage(placeId: string, places: ReadonlyMap<string, RegionSectorPlace>): string[] {
  const chain = [placeId];
  for (let p = places.get(placeId)?.parent; p && !chain.includes(p.id); p = places.get(p.id)?.parent) chain.push(p.id);
  return chain;
}

const fallbackPlace = (node: NodeSummary | undefined, id: string): RegionSectorPlace => ({
  id,
  label: node?.label ?? 'Locality',
  name: node?.name ?? id,
  side: node && (node.label === 'Region' || node.label === 'Prefecture') ? 'japan' : 'vietnam',
  parent: null,
  inGraph: Boolean(node),
});

export function buildMatrix(response: RegionSectorResponse, time: TimeRange): RegionSectorModel {
  const places = new Map(response.places.map((p) => [p.id, p]));
  const nodes = new Map(response.elements.nodes.map((n) => [n.id, n]));
  const sectorNames = new Map(response.sectors.map((s) => [s.id, s.name]));
  const placeOf = (id: string) => places.get(id) ?? fallbackPlace(nodes.get(id), id);
  const kept = response.facts.filter((f) => inTimeRange(time, f));
  const hiddenByTime = countOf(response.facts, 'facts') - countOf(kept, 'facts');

  const empty = (side: PlaceSide): SideMatrix => ({ side, rows: [], columns: [], cells: new Map() });
  const sides: Record<PlaceSide, SideMatrix> = { japan: empty('japan'), vietnam: empty('vietnam') };
  const rowsById = new Map<string, MatrixRow>();
  const columnsBySide = { japan: new Map<string, MatrixColumn>(), vietnam: new Map<string, MatrixColumn>() };

  const rowFor = (id: string, parent: MatrixRow | null, side: SideMatrix): MatrixRow => {
    let row = rowsById.get(id);
    if (!row) {
      row = { place: placeOf(id), children: [], facts: [] };
      rowsById.set(id, row);
      (parent ? parent.children : side.rows).push(row);
    }
    return row;
  };
  const addTo = (row: MatrixRow, side: SideMatrix, fact: RegionSectorFact) => {
    row.facts.push(fact);
    const key = cellKey(row.place.id, fact.sector);
    const cell = side.cells.get(key) ?? { rowId: row.place.id, sectorId: fact.sector, facts: [] };
    cell.facts.push(fact);
    side.cells.set(key, cell);
  };

  for (const fact of kept) {
    const chain = lineage(fact.place, places);
    const top = placeOf(chain[chain.length - 1]!);
    const side = sides[top.side];
    const topRow = rowFor(top.id, null, side);
    addTo(topRow, side, fact);
    if (chain.length > 1) addTo(rowFor(chain[chain.length - 2]!, topRow, side), side, fact);
    const columns = columnsBySide[top.side];
    const column = columns.get(fact.sector) ?? { id: fact.sector, name: sectorNames.get(fact.sector) ?? fact.sector, facts: [] };
    column.facts.push(fact);
    columns.set(fact.sector, column);
  }
  for (const side of Object.values(sides)) side.columns = [...columnsBySide[side.side].values()];
  return { sides, hiddenByTime };
}

/** What the rows and columns are sorted by: a sector (rows) or row (columns) id, or null for the total. */
export interface MatrixSort {
  rowsBy: string | null;
  rowsDir: SortDir;
  colsBy: string | null;
  colsDir: SortDir;
}

export const DEFAULT_SORT: MatrixSort = { rowsBy: null, rowsDir: 'desc', colsBy: null, colsDir: 'desc' };

/** Clicking a header: sort by it (busiest first), or reverse when it already sorts. */
export function toggleSort(sort: MatrixSort, axis: 'rows' | 'cols', by: string | null): MatrixSort {
  if (axis === 'rows') {
    const same = sort.rowsBy === by;
    return { ...sort, rowsBy: by, rowsDir: same && sort.rowsDir === 'desc' ? 'asc' : 'desc' };
  }
  const same = sort.colsBy === by;
  return { ...sort, colsBy: by, colsDir: same && sort.colsDir === 'desc' ? 'asc' : 'desc' };
}

const ordered = <T extends { name: string }>(items: T[], value: (item: T) => number, dir: SortDir): T[] =>
  [...items].sort((a, b) => (dir === 'desc' ? value(b) - value(a) : value(a) - value(b)) || a.name.localeCompare(b.name));

/** Rows (and each row's children) by their count in the sorting sector, or their total. */
export function sortedRows(side: SideMatrix, sort: MatrixSort, by: CountBy): MatrixRow[] {
  const value = (row: MatrixRow) =>
    countOf(sort.rowsBy ? (side.cells.get(cellKey(row.place.id, sort.rowsBy))?.facts ?? []) : row.facts, by);
  const sortTree = (rows: MatrixRow[]): MatrixRow[] =>
    ordered(
      rows.map((r) => ({ ...r, name: r.place.name })),
      value,
      sort.rowsDir,
    ).map((r) => ({ place: r.place, facts: r.facts, children: sortTree(r.children) }));
  return sortTree(side.rows);
}

/** Columns by their count in the sorting row, or their total. */
export function sortedColumns(side: SideMatrix, sort: MatrixSort, by: CountBy): MatrixColumn[] {
  const value = (col: MatrixColumn) => countOf(sort.colsBy ? (side.cells.get(cellKey(sort.colsBy, col.id))?.facts ?? []) : col.facts, by);
  return ordered(side.columns, value, sort.colsDir);
}

/** The largest count of a top-level cell (children never exceed their row), for the heat scale. */
export function maxCount(side: SideMatrix, by: CountBy): number {
  let max = 0;
  for (const row of side.rows)
    for (const col of side.columns) max = Math.max(max, countOf(side.cells.get(cellKey(row.place.id, col.id))?.facts ?? [], by));
  return max;
}

/** 0 for an empty cell, else 1..steps proportional to count/max (never 0 for a non-empty cell). */
export function intensity(count: number, max: number, steps = 5): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(steps, Math.ceil((count / max) * steps)));
}

/**
 * A header's label: the whole name when it fits on `lines` lines of `perLine` characters,
 * wrapped at spaces; else the words that fit and "…" — never cut inside a word, unless one word
 * alone is longer than a line.
 */
export function shortLabel(name: string, perLine = 14, lines = 2): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  let used = 1;
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) {
      line = next;
      continue;
    }
    if (!line) {
      // One word longer than a line: the only case a word is cut.
      return `${[...out, word.slice(0, perLine - 1)].join(' ')}…`;
    }
    out.push(line);
    if (++used > lines) return `${out.join(' ')}…`;
    line = word;
    if (line.length > perLine) return `${[...out, word.slice(0, perLine - 1)].join(' ')}…`;
  }
  return [...out, line].filter(Boolean).join(' ');
}

/** A cell's subgraph: the nodes and edges to draw, and which edges are the cell's facts. */
export interface CellSubgraph {
  payload: GraphPayload;
  facts: string[];
}

const virtualEdge = (type: string, fact: RegionSectorFact | null, source: string, target: string, note: string): GraphEdge => ({
  id: `${type.toLowerCase()}:${fact?.id ?? 'place'}:${source}:${target}`,
  type,
  source,
  target,
  properties: { virtual: true, note, ...(fact ? { source: fact.source, evidence: fact.evidence } : {}) },
});

/**
 * How the cell's place is reached, drawn: each fact's relationship (requester → sector, or place
 * → sector), the chain from the addressee, requester or event to the place, a dashed ASKED_OF
 * edge from the requester to each addressee in the graph (a request addressed to a place, or
 * naming it as its region, has no relationship to it: without this edge the place would float
 * unconnected), a dashed AGREEMENT_ON edge from a partner to the sector its agreement names, and
 * the roll-up from a prefecture or old province to the row's place.
 */
export function cellSubgraph(cell: MatrixCell, response: RegionSectorResponse): CellSubgraph {
  const nodesById = new Map(response.elements.nodes.map((n) => [n.id, n]));
  const edgesById = new Map(response.elements.edges.map((e) => [e.id, e]));
  const places = new Map(response.places.map((p) => [p.id, p]));
  const nodes = new Set<string>();
  const edges = new Map<string, GraphEdge>();
  const addNode = (id: string) => nodesById.has(id) && nodes.add(id);
  const addEdge = (edge: GraphEdge | undefined) => {
    if (!edge || !nodesById.has(edge.source) || !nodesById.has(edge.target)) return;
    edges.set(edge.id, edge);
    addNode(edge.source);
    addNode(edge.target);
  };
  addNode(cell.rowId);
  addNode(cell.sectorId);
  for (const fact of cell.facts) {
    addNode(fact.place);
    addEdge(edgesById.get(fact.id));
    fact.chain.forEach((id) => addEdge(edgesById.get(id)));
    if (fact.requester && fact.via.includes('asked-of'))
      for (const addressee of fact.askedOf)
        if (addressee !== fact.requester)
          addEdge(virtualEdge(ASKED_OF, fact, fact.requester, addressee, 'Whom the request was addressed to (askedOf / region)'));
    // An agreement names its sectors in a property: joined to the sector by the client, or the sector would float.
    if (fact.via.includes('partnership'))
      addEdge(virtualEdge(AGREEMENT_ON, fact, fact.place, fact.sector, 'The partnership agreement names this sector'));
    // Roll-up: the prefecture to its region, the old province to its successor.
    for (let id = fact.place; id !== cell.rowId;) {
      const parent = places.get(id)?.parent;
      if (!parent) break;
      if (parent.edge) addEdge(edgesById.get(parent.edge));
      else addEdge(virtualEdge(MERGED_INTO, null, id, parent.id, 'A pre-2025 province and the province it was merged into'));
      id = parent.id;
    }
  }
  return {
    payload: { nodes: [...nodes].map((id) => ({ ...nodesById.get(id)!, properties: {} })), edges: [...edges.values()] },
    facts: [...new Set(cell.facts.map((f) => f.id))].filter((id) => edges.has(id)),
  };
}
