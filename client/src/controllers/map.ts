// The Map tab: loads the map view and its outlines on first use (a chunk of its own, so neither
// enters the initial bundle), asks GET /api/map, and keeps the view in step with the bus: the
// time filter ('time-range-changed', first from the URL) recounts the links, a commit or a
// retraction ('graph-changed') reloads the data — at once when the tab is open, else on the next visit.
import { api } from '../api.ts';
import type { TimeRange } from '../../../contract/fact-date.ts';
import type { MapView } from '../components/map/map-view.ts';
import { h } from '../components/dom.ts';
import type { Bus } from '../events.ts';
import type { ViewState } from '../state/url-state.ts';
import type { Stage } from './stage.ts';

export interface MapTab {
  restore(state: ViewState): Promise<void>;
}

export function createMapTab(els: { panel: HTMLElement; view: HTMLElement }, stage: Stage, bus: Bus, initialRange: TimeRange): MapTab {
  let range = initialRange;
  let view: MapView | null = null;
  let loading: Promise<void> | null = null;
  let stale = true;

  const message = (err: unknown) => (err instanceof Error ? err.message : String(err));
  const failed = (err: unknown) =>
    els.panel.replaceChildren(
      h('p', { class: 'error-text', role: 'alert' }, `The map could not be loaded: ${message(err)}`),
      h('button', { type: 'button', class: 'small-button', onclick: () => void open() }, 'Retry'),
    );

  const load = async () => {
    const [{ createMapView }, data] = await Promise.all([import('../components/map/map-view.ts'), api.map()]);
    view ??= createMapView(els.view, els.panel, range);
    view.setData(data);
    stale = false;
  };

  const open = () =>
    (loading ??= (async () => {
      if (!view) els.panel.replaceChildren(h('p', { class: 'hint loading' }, 'Loading the map…'));
      try {
        await load();
      } catch (err) {
        // A map already drawn stays as it was (its panel too); only a first load has nothing to keep.
        if (view) bus.emit('notice', { text: `The map could not be reloaded: ${message(err)}`, kind: 'warning' });
        else failed(err);
      } finally {
        loading = null;
      }
    })());

  // The graph canvas stays under the map: say nothing over it.
  stage.describeEmpty('map', () => '');
  bus.on('tab-changed', (tab) => {
    if (tab === 'map' && stale) void open();
  });
  bus.on('time-range-changed', (next) => {
    range = next;
    view?.setRange(next);
  });
  bus.on('graph-changed', () => {
    stale = true;
    if (stage.tab === 'map') void open();
  });
  return {
    async restore(state) {
      if (state.tab === 'map') await open();
    },
  };
}
