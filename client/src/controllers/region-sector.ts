// The Region × sector tab: the heatmap in the sidebar, and for the chosen cell its subgraph on the
// canvas — the place, the sector, the relationships its sentences state (in red) and the shortest
// paths that show how they reach the place. A path search that fails is said, not skipped.
import { api } from '../api.ts';
import type { GraphPayload } from '../../../contract/api/graph.ts';
import { cellLinkPlan, cellSubgraph, citedRelationships, type MatrixCell } from '../analysis/matrix.ts';
import { createRegionSector as createHeatmap } from '../components/region-sector.ts';
import type { Bus } from '../events.ts';
import { relationshipEdge } from '../graph/elements.ts';
import type { ViewState } from '../state/url-state.ts';
import { plural } from '../text.ts';
import type { Stage } from './stage.ts';
import type { UrlSync } from './url-sync.ts';

/** How far apart two nodes of a cell's subgraph may be and still be linked by a path. */
const CELL_PATH_HOPS = 3;

export interface RegionSector {
  restore(state: ViewState): Promise<void>;
}

/** Every path search a cell needs; `failed` counts the searches that did not answer. */
export async function fetchCellLinks(
  pairs: [string, string][],
  paths: (from: string, to: string) => Promise<GraphPayload[]>,
): Promise<{ links: GraphPayload[]; failed: number }> {
  const results = await Promise.allSettled(pairs.map(([from, to]) => paths(from, to)));
  return {
    links: results.flatMap((r) => (r.status === 'fulfilled' ? r.value : [])),
    failed: results.filter((r) => r.status === 'rejected').length,
  };
}

export function createRegionSector(root: HTMLElement, stage: Stage, bus: Bus, urlSync: UrlSync): RegionSector {
  stage.describeEmpty('insights', () => 'Click a cell of the matrix to draw that place–sector subgraph.');

  const showCell = (cell: MatrixCell) =>
    stage.whileLoading('insights', 'Loading the subgraph…', async () => {
      try {
        const [place, sector] = await Promise.all([api.node(cell.place.id), api.node(cell.sector.id)]);
        const plan = cellLinkPlan(cell, place.node.id, sector);
        const pairs: [string, string][] = [...plan.fromPlace.map((id): [string, string] => [place.node.id, id]), ...plan.pairs];
        const { links, failed } = await fetchCellLinks(pairs, (from, to) => api.paths(from, to, CELL_PATH_HOPS).then((r) => r.paths));
        stage.highlight('insights', null);
        await stage.show('insights', cellSubgraph(cell, place, sector, links));
        const cited = citedRelationships(cell, sector).map(relationshipEdge);
        const citedNodes = new Set([place.node.id, sector.node.id, ...cited.flatMap((e) => [e.source, e.target])]);
        stage.highlight('insights', {
          path: { nodes: [...citedNodes].map((id) => stage.model('insights').nodes.get(id)).filter((n) => n !== undefined), edges: cited },
          ends: [place.node.id, sector.node.id],
          dim: false,
        });
        if (failed) {
          bus.emit('notice', {
            text: `Could not load ${failed} of ${plural(pairs.length, 'path search', 'path searches')}: the subgraph may lack links between ${cell.place.name} and what its sentences name.`,
            kind: 'warning',
          });
        }
      } catch (err) {
        bus.emit('notice', { text: `Could not load the subgraph: ${err instanceof Error ? err.message : String(err)}`, kind: 'warning' });
      }
    });

  const heatmap = createHeatmap(root, { showCell, changed: () => bus.emit('view-changed') });
  bus.on('tab-changed', (tab) => {
    if (tab === 'insights') void heatmap.activate();
  });
  urlSync.contribute(() => ({ cell: heatmap.cell() }));
  return {
    async restore(state) {
      if (state.tab === 'insights' && state.cell) await heatmap.select(state.cell.place, state.cell.sector);
    },
  };
}
