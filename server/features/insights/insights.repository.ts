// Data access for the region × sector insight: the linking facts (rules documented in
// cypher/queries/region-sector-links.cypher) and the place hierarchy they roll up along
// (cypher/queries/region-sector-places.cypher), converted to the contract's plain shapes. One
// fact can reach a place by several rules or chains; it stays one fact with all of them.
import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, NodeSummary } from '../../../contract/api/graph.ts';
import type { LinkRule, RegionSectorFact, RegionSectorPlace, RegionSectorResponse } from '../../../contract/api/insights.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';
import { loadGazetteers } from '../../../ingest/gazetteers/index.ts';
import { nodeId, toGraphEdge, toNodeSummary } from '../../db/records.ts';

type LinkRecord = {
  place: Node;
  sector: Node;
  fact: Relationship;
  via: LinkRule;
  requester: Node | null;
  chain: Relationship[];
  ends: Node[];
};
type PlaceRecord = { place: Node; parents: { rel: Relationship; node: Node }[]; successor: Node | null };

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const ids = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

/** Japanese: regions, prefectures, and localities the extractor marked `country: japan` (cities). */
function sideOf(node: Node): RegionSectorPlace['side'] {
  if (node.labels.includes('Region') || node.labels.includes('Prefecture')) return 'japan';
  return node.properties.country === 'japan' ? 'japan' : 'vietnam';
}

export class InsightsRepository {
  constructor(private readonly db: ReadTarget) {}

  async regionSector(opts: { venues: boolean }): Promise<RegionSectorResponse> {
    const [links, hierarchy] = await Promise.all([
      readQuery<LinkRecord>(this.db, 'region-sector-links', { venues: opts.venues }),
      readQuery<PlaceRecord>(this.db, 'region-sector-places'),
    ]);
    const nodes = new Map<string, NodeSummary>();
    const edges = new Map<string, GraphEdge>();
    const byElementId = new Map<string, string>();
    const remember = (node: Node) => {
      const summary = toNodeSummary(node);
      nodes.set(summary.id, summary);
      byElementId.set(node.elementId, summary.id);
      return summary;
    };
    const keep = (rel: Relationship) => {
      const edge = toGraphEdge(rel, (elementId) => byElementId.get(elementId));
      edges.set(edge.id, edge);
      return edge.id;
    };

    const places = new Map<string, RegionSectorPlace>();
    for (const r of hierarchy.records) {
      const place = r.get('place');
      const parents = r.get('parents');
      remember(place);
      parents.forEach((p) => remember(p.node));
      // A city LOCATED_IN a prefecture rolls up there before any region it also names.
      const up = parents.find((p) => p.node.labels.includes('Prefecture')) ?? parents[0];
      const successor = r.get('successor');
      const successorId = text(place.properties.successor);
      let parent: RegionSectorPlace['parent'] = null;
      if (up && !place.labels.includes('Region')) parent = { id: nodeId(up.node), kind: 'part-of', edge: keep(up.rel) };
      else if (successorId && successorId !== nodeId(place)) parent = { id: successorId, kind: 'merged-into', edge: null };
      places.set(nodeId(place), { ...toNodeSummary(place), side: sideOf(place), parent, inGraph: true });
      if (successorId && !successor && !places.has(successorId)) {
        const known = loadGazetteers().placeById(successorId);
        places.set(successorId, {
          id: successorId,
          label: 'Locality',
          name: known?.name ?? successorId,
          side: 'vietnam',
          parent: null,
          inGraph: false,
        });
      }
    }

    const sectors = new Map<string, { id: string; name: string }>();
    const facts = new Map<string, RegionSectorFact>();
    for (const r of links.records) {
      const place = remember(r.get('place'));
      const sector = remember(r.get('sector'));
      const requester = r.get('requester');
      if (requester) remember(requester);
      r.get('ends').forEach(remember);
      sectors.set(sector.id, { id: sector.id, name: sector.name });
      const rel = r.get('fact');
      const id = keep(rel);
      const chain = r.get('chain').map(keep);
      const key = `${place.id}\u0000${id}`;
      const known = facts.get(key);
      if (known) {
        known.via = [...new Set([...known.via, r.get('via')])];
        known.chain = [...new Set([...known.chain, ...chain])];
        continue;
      }
      const props = rel.properties;
      facts.set(key, {
        id,
        type: rel.type,
        place: place.id,
        sector: sector.id,
        via: [r.get('via')],
        source: text(props.source) ?? '',
        evidence: text(props.evidence) ?? '',
        date: text(props.date),
        inferredDate: text(props.inferredDate),
        dateText: text(props.dateText),
        requester: requester ? nodeId(requester) : null,
        askedOf: [...new Set([...ids(props.askedOf), ...ids(props.region)])],
        chain,
      });
    }
    // Relationship ends converted before their node was seen still carry an elementId: map them now.
    const fixed = [...edges.values()].map((e) => ({
      ...e,
      source: byElementId.get(e.source) ?? e.source,
      target: byElementId.get(e.target) ?? e.target,
    }));
    return {
      places: [...places.values()],
      sectors: [...sectors.values()].sort((a, b) => a.name.localeCompare(b.name)),
      facts: [...facts.values()],
      elements: { nodes: [...nodes.values()], edges: fixed },
    };
  }
}
