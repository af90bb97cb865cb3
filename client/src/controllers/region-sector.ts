// The Region × sector tab: the two matrices in the sidebar, and for the chosen cell its subgraph
// on the canvas — who asked, the sector, the place and the chain between them (dashed "asked of"
// edges for whom a request was addressed to, so the place is never drawn unconnected), the
// cell's facts in red. It reloads when an article is committed or retracted and recounts when
// the time filter changes.
import { api } from '../api.ts';
import { cellSubgraph } from '../analysis/matrix.ts';
import { createRegionSectorView } from '../components/region-sector.ts';
import type { Bus } from '../events.ts';
import type { ViewState } from '../state/url-state.ts';
import type { Stage } from './stage.ts';
import type { UrlSync } from './url-sync.ts';

export interface RegionSector {
  restore(state: ViewState): Promise<void>;
}

export function createRegionSector(root: HTMLElement, stage: Stage, bus: Bus, urlSync: UrlSync): RegionSector {
  stage.describeEmpty('insights', () => 'Click a cell of a matrix to draw how that place is linked to that sector.');

  const view = createRegionSectorView(
    root,
    {
      showCell: (cell, response) =>
        stage.whileLoading('insights', 'Drawing the subgraph…', async () => {
          const { payload, facts } = cellSubgraph(cell, response);
          stage.highlight('insights', null);
          await stage.show('insights', payload);
          const model = stage.model('insights');
          const cited = facts.map((id) => model.edges.get(id)).filter((e) => e !== undefined);
          const ends = new Set([cell.rowId, cell.sectorId, ...cited.flatMap((e) => [e.source, e.target])]);
          stage.highlight('insights', {
            path: { nodes: [...ends].map((id) => model.nodes.get(id)).filter((n) => n !== undefined), edges: cited },
            ends: [cell.rowId, cell.sectorId].filter((id) => model.nodes.has(id)),
            dim: false,
          });
        }),
      clearCell: () => {
        stage.highlight('insights', null);
        void stage.show('insights', { nodes: [], edges: [] });
      },
      changed: () => bus.emit('view-changed'),
    },
    (opts) => api.regionSector(opts),
  );

  // Until the link is restored, opening the tab waits: the link may ask for venues or a time range.
  let restored = false;
  bus.on('tab-changed', (tab) => {
    if (tab === 'insights' && restored) void view.activate();
  });
  bus.on('graph-changed', () => void view.reload());
  bus.on('time-range-changed', (range) => view.setTime(range));
  urlSync.contribute(() => ({ cell: view.cell(), venues: view.venues() }));
  return {
    async restore(state) {
      view.setTime(state.time);
      await view.setVenues(state.venues);
      restored = true;
      if (state.tab !== 'insights') return;
      if (state.cell) await view.select(state.cell.place, state.cell.sector);
      else await view.activate();
    },
  };
}
