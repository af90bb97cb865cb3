// Wires the app together: builds the bus, the stage (canvas and scenes) and one controller per
// concern, connects the components to them, then restores the view the URL describes. The
// controllers talk through the bus (events.ts); nothing here holds state of its own.
import { BIG_CANVAS_CAP, expansionCap, initialNodeCap } from './config.ts';
import { createDetailsPanel } from './components/details-panel.ts';
import { createExportMenu } from './components/export-menu.ts';
import { createHealthBanner } from './components/health-banner.ts';
import { createTabs, TAB_TITLES } from './components/tabs.ts';
import { createAddArticle } from './controllers/add-article.ts';
import { createCanvasChrome } from './controllers/canvas-chrome.ts';
import { createCypherTab } from './controllers/cypher.ts';
import { createExplore } from './controllers/explore.ts';
import { bindKeyboard } from './controllers/keyboard.ts';
import { NodeActions } from './controllers/node-actions.ts';
import { createNotices } from './controllers/notices.ts';
import { createMapTab } from './controllers/map.ts';
import { createPaths } from './controllers/paths.ts';
import { createRegionSector } from './controllers/region-sector.ts';
import { createSources } from './controllers/sources.ts';
import { Stage } from './controllers/stage.ts';
import { createTime } from './controllers/time.ts';
import { createUrlSync } from './controllers/url-sync.ts';
import { createBus } from './events.ts';
import { createBusy } from './state/busy.ts';
import { decodeState, TABS } from './state/url-state.ts';

declare global {
  interface Window {
    __cy?: import('cytoscape').Core;
  }
}

const byId = (id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from index.html`);
  return el;
};

export function startApp(): void {
  const initial = decodeState(window.location.hash);
  // Caps come from the query string (?cap=, ?expand=), so a link shared with them keeps them.
  const nodeCap = initialNodeCap(window.location.search);
  const expandCap = expansionCap(window.location.search);
  const bus = createBus();
  const busy = createBusy((on) => (document.body.dataset.busy = String(on)));
  createNotices(byId('notice'), bus);
  const urlSync = createUrlSync(window, bus);

  const stage = new Stage(byId('graph'), {
    bus,
    busy,
    tab: initial.tab,
    layout: initial.layout,
    hiddenLabels: initial.hiddenLabels,
    hiddenTypes: initial.hiddenTypes,
    time: initial.time,
    bigCanvas: nodeCap >= BIG_CANVAS_CAP,
  });
  window.__cy = stage.view.cy;
  urlSync.contribute(() => {
    const sel = stage.selection();
    return {
      tab: stage.tab,
      selected: sel?.id ?? null,
      selectedKind: sel?.kind ?? 'node',
      hiddenLabels: [...stage.filters.hiddenLabels],
      hiddenTypes: [...stage.filters.hiddenTypes],
      layout: stage.view.layoutName,
    };
  });

  const actions = new NodeActions(stage, bus, busy, expandCap);
  bindKeyboard(document, stage, actions, bus, byId('graph-announcer'));
  createCanvasChrome(
    { toolbar: byId('toolbar'), footer: byId('graph-footer'), legend: byId('legend-filters'), overlay: byId('overlay') },
    stage,
    bus,
    {
      undo: () => void actions.undoRedo('undo'),
      redo: () => void actions.undoRedo('redo'),
      showHidden: () => void actions.showHidden(),
      picked: (action) => void actions.runOnMany(action, stage.picked()),
    },
  );

  const details = createDetailsPanel(byId('details'), {
    onSelect: (sel) => void stage.select(sel, { center: true }),
    onAction: (action, id) => void actions.run(action, id),
    onExpand: (id, filter) => void actions.expand(id, filter),
    onLoadMore: (id) => void actions.loadMore(id),
    morePage: (id) => actions.morePage(id),
    expandCap,
    edge: (id) => {
      const m = stage.model();
      const edge = m.edges.get(id);
      if (!edge) return null;
      const parallel = [...m.edges.values()].filter((e) => e.type === edge.type && e.source === edge.source && e.target === edge.target);
      return { edge, from: m.nodes.get(edge.source), to: m.nodes.get(edge.target), parallel };
    },
    isExpanded: (id) => stage.model().isExpanded(id),
    inView: (id) => stage.model().inView(id) && !stage.model().isHidden(id),
    node: (id) => stage.model().nodes.get(id) ?? stage.model('explore').nodes.get(id),
  });
  bus.on('selection-changed', (sel) => details.show(sel));
  bus.on('expansion-toggled', () => details.refresh());

  const time = createTime(byId('timeline') as HTMLDetailsElement, byId('timeline-body'), stage, bus, urlSync);
  const explore = createExplore({ stage, bus, urlSync, searchRoot: byId('explore-search'), state: initial, nodeCap, expandCap });
  const tabControllers = [
    createPaths(byId('paths-panel'), stage, bus, urlSync),
    createRegionSector(byId('insights-panel'), stage, bus, urlSync),
    createMapTab({ panel: byId('map-panel'), view: byId('map-view') }, stage, bus, initial.time),
    createSources(byId('sources-panel'), stage, bus),
    createAddArticle(byId('add-panel'), stage, bus),
    createCypherTab({ panel: byId('cypher-panel'), results: byId('results') }, stage, bus, urlSync, {
      query: initial.query,
      params: initial.cypherParams,
      view: initial.cypherView,
    }),
  ];

  const tabs = createTabs(byId('tabs'), TABS, (t) => stage.setTab(t));
  const layout = byId('layout');
  bus.on('tab-changed', (tab) => {
    tabs.set(tab);
    layout.dataset.tab = tab;
    document.title = `${TAB_TITLES[tab]} · VJ Graph Explorer`;
    for (const t of TABS) byId(`panel-${t}`).hidden = t !== tab;
  });

  createExportMenu(byId('top-actions'), {
    cy: () => stage.view.cy,
    visible: () => stage.model().displayed(),
    baseName: () => `vj-graph-${stage.tab}`,
    notify: (text) => bus.emit('notice', { text }),
  });
  createHealthBanner(byId('health-banner'), {
    onRecover: () => {
      bus.emit('notice', { text: 'Connection restored.' });
      bus.emit('connection-restored');
    },
  });

  // In a narrow window the legend would push the canvas far down: start it folded.
  if (window.matchMedia('(max-width: 860px)').matches) byId('legend-details').removeAttribute('open');
  const boot = async () => {
    stage.setTab(initial.tab);
    await explore.load();
    // Asked for once the first frame is drawn: on a large graph the timeline reads every dated
    // fact (seconds on 1M relationships), and fetched beside the overview it delayed that frame.
    // Awaited before "ready", because the histogram changes the strip's height and so the
    // canvas's: a view is restored when its layout no longer moves.
    const timeline = time.load();
    time.announce();
    for (const tab of tabControllers) await tab.restore(initial);
    if (initial.selected) await stage.select({ kind: initial.selectedKind, id: initial.selected }, { center: true });
    urlSync.finishRestore();
    await timeline;
    document.body.dataset.ready = 'true';
    performance.mark('vj:ready');
  };
  void boot();
}
