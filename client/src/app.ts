// Wires the components together. One canvas shows one scene per tab (explore, paths, region ×
// sector, cypher), each with its own model, positions and selection; the URL hash mirrors the
// view state so a copied link reopens the same view.
import { api, ApiError } from './api.ts';
import type { GraphEdge, GraphPayload, NodeDetails } from './api-types.ts';
import { BIG_CANVAS_CAP, expansionCap, initialNodeCap } from './config.ts';
import { cellLinkPlan, cellSubgraph, citedRelationships } from './analysis/matrix.ts';
import { countBy, mergePayloads } from './graph/elements.ts';
import { GraphModel } from './graph/graph-model.ts';
import { createScene, GraphView, type Scene, type Selection } from './graph/graph-view.ts';
import { DEFAULT_STATE, decodeState, encodeState, TABS, type Tab, type ViewState } from './state/url-state.ts';
import { createDetailsPanel, type NodeAction } from './components/details-panel.ts';
import { h } from './components/dom.ts';
import { createExportMenu } from './components/export-menu.ts';
import { createHealthBanner } from './components/health-banner.ts';
import { createLegendFilters } from './components/legend-filters.ts';
import { createPathFinder } from './components/path-finder.ts';
import { createRegionSector } from './components/region-sector.ts';
import { createSearchBox } from './components/search-box.ts';
import { createTabs, TAB_TITLES } from './components/tabs.ts';
import { createToolbar } from './components/toolbar.ts';
import type { CypherConsole } from './components/cypher-console.ts';

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

const detailsToPayload = (d: NodeDetails): GraphPayload => ({
  nodes: [d.node],
  edges: d.relationships.map(({ other: _other, ...edge }): GraphEdge => edge),
});

const DEFAULT_QUERY = 'MATCH (a:Official)-[r:MET_WITH]-(b)\nRETURN a, r, b\nLIMIT 25';

export function startApp(): void {
  const initial = decodeState(window.location.hash);
  const filters = { hiddenLabels: new Set(initial.hiddenLabels), hiddenTypes: new Set(initial.hiddenTypes) };
  const scenes = Object.fromEntries(TABS.map((t) => [t, createScene(new GraphModel(filters))])) as Record<Tab, Scene>;
  const selections: Record<Tab, Selection> = { explore: null, paths: null, insights: null, cypher: null };
  const exploreAdded = new Set<string>();
  let tab: Tab = initial.tab;
  let restoring = true;
  let lastHash = '';
  let overview: 'loading' | 'ready' | 'error' = 'loading';
  let cappedNote = '';
  let busy = 0;
  /** Per scene: the path (paths tab) or cited relationships (matrix cell) drawn in red. */
  const highlights: Record<Tab, { path: GraphPayload; ends: string[]; dim: boolean } | null> = { explore: null, paths: null, insights: null, cypher: null };
  const applyHighlight = () => {
    const hl = highlights[tab];
    view.highlightPath(hl?.path ?? null, hl?.ends ?? [], { dim: hl?.dim });
  };
  let cypher: CypherConsole | null = null;
  let cypherLoading: Promise<CypherConsole> | null = null;

  const layout = byId('layout');
  const overlay = byId('overlay');
  const notice = byId('notice');
  const model = () => scenes[tab].model;
  /** A scene whose next graph is on its way shows a spinner with this text. */
  const sceneLoading: Record<Tab, string | null> = { explore: null, paths: null, insights: null, cypher: null };
  const whileLoading = async <T>(which: Tab, text: string, work: () => Promise<T>): Promise<T> => {
    sceneLoading[which] = text;
    setBusy(1);
    if (tab === which) updateOverlay();
    try {
      return await work();
    } finally {
      sceneLoading[which] = null;
      setBusy(-1);
      if (tab === which) updateOverlay();
    }
  };

  // ---- notices and overlay -------------------------------------------------------------------
  let noticeTimer: number | undefined;
  const notify = (text: string, kind: 'info' | 'warning' = 'info') => {
    notice.textContent = text;
    notice.className = `notice ${kind}`;
    notice.hidden = false;
    window.clearTimeout(noticeTimer);
    noticeTimer = window.setTimeout(() => (notice.hidden = true), 7000);
  };

  const setBusy = (delta: number) => {
    busy += delta;
    document.body.dataset.busy = String(busy > 0);
  };

  const updateOverlay = () => {
    const count = scenes[tab].model.displayed().nodes.length;
    let content: (Node | string)[] = [];
    let kind = '';
    if ((tab === 'explore' && overview === 'loading') || sceneLoading[tab]) {
      kind = 'loading';
      content = [h('span', { class: 'spinner', 'aria-hidden': 'true' }), sceneLoading[tab] ?? 'Loading the graph…'];
    } else if (tab === 'explore' && overview === 'error') {
      kind = 'error';
      content = [
        h('p', {}, 'The graph could not be loaded.'),
        h('button', { type: 'button', class: 'primary-button', 'data-testid': 'overlay-retry', onclick: () => void loadOverview(initial) }, 'Retry'),
      ];
    } else if (!count) {
      kind = 'empty';
      const filtered = filters.hiddenLabels.size + filters.hiddenTypes.size > 0 && scenes[tab].model.inViewIds().size > 0;
      const text: Record<Tab, string> = {
        explore: filtered ? 'Every node in view is filtered out. Use “Show all” in the legend.' : 'The graph is empty. Search for an entity to add it.',
        paths: filtered ? 'The path is filtered out by the legend.' : 'Pick two entities to see how they connect.',
        insights: 'Click a cell of the matrix to draw that place–sector subgraph.',
        cypher: cypher?.lastQuery() ? 'This result has no nodes or relationships to draw: see the table below.' : 'Run a query: its nodes and relationships are drawn here.',
      };
      content = [h('p', {}, text[tab])];
    }
    overlay.replaceChildren(...content);
    overlay.hidden = !kind;
    overlay.dataset.kind = kind;
  };

  // ---- URL -----------------------------------------------------------------------------------
  const currentState = (): ViewState => {
    const ex = scenes.explore.model;
    const sel = selections[tab];
    const paths = pathFinder.state();
    return {
      ...DEFAULT_STATE,
      tab,
      selected: sel?.id ?? null,
      selectedKind: sel?.kind ?? 'node',
      expanded: ex.expandedIds(),
      added: [...exploreAdded].filter((id) => ex.inView(id)),
      hidden: ex.hiddenIds(),
      deleted: ex.deletedIds(),
      hiddenLabels: [...filters.hiddenLabels],
      hiddenTypes: [...filters.hiddenTypes],
      layout: view.layoutName,
      query: cypher?.lastQuery() || (cypherLoading ? '' : initial.query),
      pathFrom: paths.from,
      pathTo: paths.to,
      pathIndex: paths.index,
      cell: regionSector.cell(),
    };
  };

  const writeUrl = () => {
    if (restoring) return;
    const encoded = encodeState(currentState());
    const url = `${window.location.pathname}${window.location.search}${encoded ? `#${encoded}` : ''}`;
    window.history.replaceState(null, '', url);
    lastHash = window.location.hash;
  };

  // A different link pasted into this tab: rebuild from it.
  window.addEventListener('hashchange', () => {
    if (window.location.hash !== lastHash) window.location.reload();
  });

  // ---- graph ---------------------------------------------------------------------------------
  // Caps come from the query string (?cap=, ?expand=), so a link shared with them keeps them.
  const nodeCap = initialNodeCap(window.location.search);
  const expandCap = expansionCap(window.location.search);
  const view = new GraphView(
    byId('graph'),
    {
      onSelect: (s) => void select(s),
      onToggleExpand: (id) => void toggleExpand(id),
      onKey: (e) => onCanvasKey(e),
      onNotice: (text) => notify(text),
    },
    { bigCanvas: nodeCap >= BIG_CANVAS_CAP },
  );
  window.__cy = view.cy;
  view.layoutName = initial.layout;

  const toolbar = createToolbar(byId('toolbar'), byId('graph-footer'), {
    onLayout: (name) => {
      view.layoutName = name;
      void view.runLayout(name, { fit: true }).then(() => {
        applyHighlight();
        writeUrl();
      });
    },
    onFit: () => view.fit(),
    onZoom: (f) => view.zoomBy(f),
    onUndo: () => void undoRedo('undo'),
    onRedo: () => void undoRedo('redo'),
    onShowHidden: () => {
      model().showHidden();
      void refresh();
    },
  });

  const legend = createLegendFilters(byId('legend-filters'), {
    onToggleLabel: (label) => {
      if (!filters.hiddenLabels.delete(label)) filters.hiddenLabels.add(label);
      void refresh();
    },
    onToggleType: (type) => {
      if (!filters.hiddenTypes.delete(type)) filters.hiddenTypes.add(type);
      void refresh();
    },
    onReset: () => {
      filters.hiddenLabels.clear();
      filters.hiddenTypes.clear();
      void refresh();
    },
  });

  const updateChrome = () => {
    const m = model();
    const inView = m.inViewPayload();
    legend.update(
      countBy(inView.nodes, (n) => n.label),
      countBy(inView.edges, (e) => e.type),
      filters.hiddenLabels,
      filters.hiddenTypes,
    );
    const c = view.counts();
    const filteredOut = inView.nodes.length - c.nodes;
    toolbar.update({
      layout: view.layoutName,
      canUndo: m.canUndo(),
      canRedo: m.canRedo(),
      hidden: m.hiddenIds().length,
      status: `${c.nodes} node${c.nodes === 1 ? '' : 's'} · ${c.edges} relationship${c.edges === 1 ? '' : 's'}${filteredOut > 0 ? ` (${filteredOut} filtered or hidden)` : ''}`,
      warning: tab === 'explore' ? cappedNote : '',
    });
    updateOverlay();
  };

  /** Redraws the active scene after its model changed, then everything that depends on it. */
  const refresh = async (opts: { parent?: string; relayout?: boolean } = {}) => {
    await view.sync(opts);
    const sel = selections[tab];
    if (sel && view.cy.getElementById(sel.id).empty() && !(sel.kind === 'node' && model().inView(sel.id))) {
      selections[tab] = null;
      view.select(null);
      details.show(null);
    }
    applyHighlight();
    updateChrome();
    writeUrl();
  };

  const undoRedo = async (which: 'undo' | 'redo') => {
    const m = model();
    if (!(which === 'undo' ? m.undo() : m.redo())) return;
    await refresh();
    notify(which === 'undo' ? 'Undone.' : 'Redone.');
  };

  // ---- selection and node actions --------------------------------------------------------------
  const select = async (sel: Selection, opts: { add?: boolean; center?: boolean } = {}) => {
    const m = model();
    if (sel?.kind === 'node') {
      const known = m.nodes.get(sel.id);
      if (!m.inView(sel.id) || m.isHidden(sel.id) || (known && filters.hiddenLabels.has(known.label))) {
        try {
          setBusy(1);
          const d = await api.node(sel.id);
          if (filters.hiddenLabels.delete(d.node.label)) notify(`Showing ${d.node.label} nodes again so ${d.node.name} is visible.`);
          const fresh = m.add(detailsToPayload(d));
          if (tab === 'explore' && fresh.length) exploreAdded.add(sel.id);
          await refresh();
        } catch (err) {
          notify(err instanceof ApiError && err.status === 404 ? 'That node no longer exists.' : 'Could not add the node.', 'warning');
          return;
        } finally {
          setBusy(-1);
        }
        opts.center = true;
      }
    }
    selections[tab] = sel;
    view.select(sel, { center: opts.center });
    details.show(sel);
    writeUrl();
  };

  const toggleExpand = async (id: string) => {
    const m = model();
    if (m.isExpanded(id)) {
      const removed = m.collapse(id);
      await refresh();
      notify(removed.length ? `Collapsed: ${removed.length} node${removed.length === 1 ? '' : 's'} removed.` : 'Collapsed.');
      details.refresh();
      return;
    }
    const name = m.nodes.get(id)?.name ?? id;
    setBusy(1);
    try {
      const payload = await api.neighbors(id, { depth: 1, limit: expandCap });
      const capped = payload.truncated || payload.nodes.length > expandCap + 1;
      if (payload.nodes.length > expandCap + 1) {
        const keep = new Set([id, ...payload.nodes.filter((n) => n.id !== id).slice(0, expandCap).map((n) => n.id)]);
        payload.nodes = payload.nodes.filter((n) => keep.has(n.id));
      }
      const added = m.expand(id, payload);
      await refresh({ parent: id });
      notify(
        capped
          ? `Expanded ${name}: added ${added.length} neighbours — capped at ${expandCap}; use the Cypher console for the rest.`
          : added.length
            ? `Expanded ${name}: added ${added.length} neighbour${added.length === 1 ? '' : 's'}.`
            : `${name} has no neighbours that are not already shown.`,
        capped ? 'warning' : 'info',
      );
      details.refresh();
    } catch (err) {
      notify(`Could not expand ${name}: ${err instanceof Error ? err.message : String(err)}`, 'warning');
    } finally {
      setBusy(-1);
    }
  };

  const nodeAction = async (action: NodeAction, id: string) => {
    const m = model();
    switch (action) {
      case 'expand':
      case 'collapse':
        return toggleExpand(id);
      case 'hide':
        m.hide([id]);
        await refresh();
        notify('Hidden. “Show hidden” or Ctrl+Z brings it back.');
        return;
      case 'remove':
        m.remove([id]);
        await refresh();
        notify('Removed from the view (not from the database). Ctrl+Z brings it back.');
        return;
      case 'center':
        return select({ kind: 'node', id }, { add: true, center: true });
      case 'path-from':
      case 'path-to': {
        const node = m.nodes.get(id) ?? (await api.node(id)).node;
        setTab('paths');
        pathFinder.setEnd(action === 'path-from' ? 'from' : 'to', node);
        return;
      }
    }
  };

  const details = createDetailsPanel(byId('details'), {
    onSelect: (sel, opts) => void select(sel, { ...opts, center: true }),
    onAction: (action, id) => void nodeAction(action, id),
    edge: (id) => {
      const edge = model().edges.get(id);
      if (!edge) return null;
      return { edge, from: model().nodes.get(edge.source), to: model().nodes.get(edge.target) };
    },
    isExpanded: (id) => model().isExpanded(id),
    inView: (id) => model().inView(id) && !model().isHidden(id),
    node: (id) => model().nodes.get(id) ?? scenes.explore.model.nodes.get(id),
  });

  const onCanvasKey = (e: KeyboardEvent) => {
    const sel = selections[tab];
    const nodeId = sel?.kind === 'node' ? sel.id : null;
    const step = (ids: string[], dir: number) => {
      if (!ids.length) return;
      const i = nodeId ? ids.indexOf(nodeId) : -1;
      void select({ kind: 'node', id: ids[(i + dir + ids.length) % ids.length]! }, { center: true });
    };
    let handled = true;
    if (e.key === 'ArrowRight') step(view.nodeOrder(), 1);
    else if (e.key === 'ArrowLeft') step(view.nodeOrder(), -1);
    else if (e.key === 'ArrowDown' && nodeId) step(view.neighbourIds(nodeId), 1);
    else if (e.key === 'ArrowUp' && nodeId) step(view.neighbourIds(nodeId), -1);
    else if ((e.key === 'e' || e.key === 'Enter') && nodeId) void toggleExpand(nodeId);
    else if (e.key === 'h' && nodeId) void nodeAction('hide', nodeId);
    else if ((e.key === 'Delete' || e.key === 'Backspace') && nodeId) void nodeAction('remove', nodeId);
    else if (e.key === '+' || e.key === '=') view.zoomBy(1.25);
    else if (e.key === '-') view.zoomBy(0.8);
    else if (e.key === 'f') view.fit();
    else if (e.key === 'Escape') void select(null);
    else handled = false;
    if (handled) e.preventDefault();
  };

  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, .cm-editor')) return;
    if (!(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) void undoRedo('undo');
    else if ((key === 'z' && e.shiftKey) || key === 'y') void undoRedo('redo');
    else return;
    e.preventDefault();
  });

  // ---- explore ---------------------------------------------------------------------------------
  createSearchBox(byId('explore-search'), {
    label: 'Find an entity',
    placeholder: 'Name, alias… e.g. kyu',
    testId: 'search',
    onPick: (r) => {
      if (tab !== 'explore') setTab('explore');
      void select({ kind: 'node', id: r.id }, { add: true, center: true });
    },
  });

  /** Loads the overview, then re-applies what a link asked for (additions, expansions, hides). */
  const loadOverview = async (state: ViewState) => {
    overview = 'loading';
    document.body.dataset.overview = overview;
    if (tab === 'explore') updateOverlay();
    const m = scenes.explore.model;
    try {
      performance.mark('vj:overview-request');
      const graph = await api.graph({ limit: nodeCap });
      performance.mark('vj:overview-response');
      m.reset(graph);
      cappedNote = graph.truncated || graph.nodes.length > nodeCap ? `Capped: showing the first ${Math.min(graph.nodes.length, nodeCap)} nodes` : '';
      if (cappedNote) notify(`${cappedNote}. Search or expand to reach the rest.`, 'warning');
      for (const id of state.added) {
        const d = await api.node(id).catch(() => null);
        if (d && m.add(detailsToPayload(d)).length) exploreAdded.add(id);
      }
      for (const id of state.expanded) {
        if (!m.inView(id)) continue;
        const payload = await api.neighbors(id, { depth: 1, limit: expandCap }).catch(() => null);
        if (payload) m.expand(id, payload);
      }
      m.remove(state.deleted);
      m.hide(state.hidden);
      m.clearHistory();
      overview = 'ready';
    } catch (err) {
      overview = 'error';
      if (!(err instanceof ApiError && err.isUnavailable)) notify(`Could not load the graph: ${err instanceof Error ? err.message : String(err)}`, 'warning');
    }
    document.body.dataset.overview = overview;
    if (tab === 'explore') await refresh({ relayout: true });
  };

  // ---- paths, insights, cypher -----------------------------------------------------------------
  const showInScene = async (which: Tab, payload: GraphPayload) => {
    const scene = scenes[which];
    scene.model.reset(payload);
    scene.positions.clear();
    scene.viewport = null;
    selections[which] = null;
    if (tab === which) {
      details.show(null);
      await refresh({ relayout: true });
    }
  };

  const pathFinder = createPathFinder(byId('paths-panel'), {
    showPaths: (paths) => {
      highlights.paths = null;
      return showInScene('paths', mergePayloads(paths));
    },
    highlight: (path, ends) => {
      highlights.paths = path ? { path, ends, dim: true } : null;
      if (tab === 'paths') applyHighlight();
    },
    selectEdge: (id) => void select({ kind: 'edge', id }, { center: true }),
    selectNode: (id) => void select({ kind: 'node', id }, { center: true }),
    changed: () => writeUrl(),
  });

  const regionSector = createRegionSector(byId('insights-panel'), {
    showCell: (cell) =>
      whileLoading('insights', 'Loading the subgraph…', async () => {
        try {
          const [place, sector] = await Promise.all([api.node(cell.place.id), api.node(cell.sector.id)]);
          const plan = cellLinkPlan(cell, place.node.id, sector);
          const paths = (from: string, to: string, hops: number) => api.paths(from, to, hops).then((r) => r.paths, () => []);
          const links = await Promise.all([...plan.fromPlace.map((id) => paths(place.node.id, id, 3)), ...plan.pairs.map(([a, b]) => paths(a, b, 3))]);
          highlights.insights = null;
          await showInScene('insights', cellSubgraph(cell, place, sector, links.flat()));
          const cited = citedRelationships(cell, sector).map(({ other: _other, ...edge }): GraphEdge => edge);
          const citedNodes = new Set([place.node.id, sector.node.id, ...cited.flatMap((e) => [e.source, e.target])]);
          highlights.insights = {
            path: { nodes: [...citedNodes].map((id) => scenes.insights.model.nodes.get(id)).filter((n) => n !== undefined), edges: cited },
            ends: [place.node.id, sector.node.id],
            dim: false,
          };
          if (tab === 'insights') applyHighlight();
        } catch (err) {
          notify(`Could not load the subgraph: ${err instanceof Error ? err.message : String(err)}`, 'warning');
        }
      }),
    changed: () => writeUrl(),
  });

  const cypherPanel = byId('cypher-panel');
  const ensureCypher = () =>
    (cypherLoading ??= (async () => {
      cypherPanel.replaceChildren(h('p', { class: 'hint loading' }, 'Loading the editor…'));
      const { createCypherConsole } = await import('./components/cypher-console.ts');
      cypherPanel.replaceChildren();
      cypher = createCypherConsole(
        cypherPanel,
        byId('results'),
        { showGraph: (graph) => showInScene('cypher', graph), changed: () => writeUrl() },
        initial.query || DEFAULT_QUERY,
      );
      return cypher;
    })().catch((err: unknown) => {
      cypherLoading = null;
      cypherPanel.replaceChildren(h('p', { class: 'error-text', role: 'alert' }, `The editor could not be loaded: ${String(err)}`));
      throw err;
    }));

  // ---- tabs ------------------------------------------------------------------------------------
  const tabs = createTabs(byId('tabs'), TABS, (t) => setTab(t));
  function setTab(next: Tab): void {
    tab = next;
    tabs.set(next);
    layout.dataset.tab = next;
    document.title = `${TAB_TITLES[next]} · VJ Graph Explorer`;
    for (const t of TABS) byId(`panel-${t}`).hidden = t !== next;
    view.setScene(scenes[next]);
    applyHighlight();
    const sel = selections[next];
    view.select(sel);
    details.show(sel);
    if (next === 'insights') void regionSector.activate();
    if (next === 'cypher') void ensureCypher().catch(() => undefined);
    // The canvas changed size with the sidebar width.
    requestAnimationFrame(() => view.cy.resize());
    updateChrome();
    writeUrl();
  }

  createExportMenu(byId('top-actions'), {
    cy: () => view.cy,
    visible: () => model().displayed(),
    baseName: () => `vj-graph-${tab}`,
    notify: (t) => notify(t),
  });

  createHealthBanner(byId('health-banner'), {
    onRecover: () => {
      notify('Connection restored.');
      if (overview === 'error') void loadOverview(initial);
    },
  });

  // ---- boot ------------------------------------------------------------------------------------
  // In a narrow window the legend would push the canvas far down: start it folded.
  if (window.matchMedia('(max-width: 860px)').matches) byId('legend-details').removeAttribute('open');
  const boot = async () => {
    setTab(initial.tab);
    restoring = true;
    await loadOverview(initial);
    if (initial.tab === 'paths') await pathFinder.restore(initial.pathFrom, initial.pathTo, initial.pathIndex);
    if (initial.tab === 'insights' && initial.cell) await regionSector.select(initial.cell.place, initial.cell.sector);
    if (initial.tab === 'cypher' && initial.query) await (await ensureCypher()).run();
    if (initial.selected) await select({ kind: initial.selectedKind, id: initial.selected }, { center: true });
    restoring = false;
    writeUrl();
    document.body.dataset.ready = 'true';
    performance.mark('vj:ready');
  };
  void boot();
}
