// What frames the canvas: the toolbar (layout, zoom, undo/redo, box selection, the multi-selection's
// actions, the Limits form, status line), the legend with its filters and counts (nodes drawn per
// label; facts and articles per relationship type, not sentences), and the overlay that stands in for a scene while it loads, failed or is empty. All of it
// follows the active scene whenever the stage says it changed.
import { h } from '../components/dom.ts';
import { createLegendFilters } from '../components/legend-filters.ts';
import { createToolbar } from '../components/toolbar.ts';
import type { Bus } from '../events.ts';
import { capClampNotice, capsFromSearch, searchWithCaps } from '../config.ts';
import { countBy } from '../graph/elements.ts';
import { factTallyByType } from '../evidence/facts.ts';
import { plural } from '../text.ts';
import type { Stage } from './stage.ts';

export interface CanvasChromeElements {
  toolbar: HTMLElement;
  footer: HTMLElement;
  legend: HTMLElement;
  overlay: HTMLElement;
}

export function createCanvasChrome(
  els: CanvasChromeElements,
  stage: Stage,
  bus: Bus,
  history: { undo(): void; redo(): void; showHidden(): void; picked?(action: 'hide' | 'expand' | 'remove'): void },
): void {
  const { view } = stage;
  // The caps are the page's (app.ts reads the same query string); the form reloads with new ones.
  const limits = capsFromSearch(window.location.search);
  const clamped = capClampNotice(limits);
  if (clamped) bus.emit('notice', { text: clamped, kind: 'warning' });
  const toolbar = createToolbar(els.toolbar, els.footer, {
    onLayout: (name) => void stage.relayout(name),
    onFit: () => view.fit(),
    onZoom: (f) => view.zoomBy(f),
    onUndo: history.undo,
    onRedo: history.redo,
    onShowHidden: history.showHidden,
    onBoxMode: (on) => view.setBoxMode(on),
    onPicked: (action) => (action === 'clear' ? stage.clearPicked() : history.picked?.(action)),
    limits,
    onLimits: (caps) => {
      window.location.search = searchWithCaps(window.location.search, caps);
    },
  });
  const legend = createLegendFilters(els.legend, {
    onToggleLabel: (label) => void stage.toggleLabel(label),
    onToggleType: (type) => void stage.toggleType(type),
    onReset: () => void stage.resetFilters(),
  });

  const updateOverlay = () => {
    const pending = stage.pending();
    let content: (Node | string)[] = [];
    let kind = '';
    if (pending?.kind === 'loading') {
      kind = 'loading';
      content = [h('span', { class: 'spinner', 'aria-hidden': 'true' }), pending.text];
    } else if (pending?.kind === 'error') {
      kind = 'error';
      content = [
        h('p', {}, pending.text),
        h('button', { type: 'button', class: 'primary-button', 'data-testid': 'overlay-retry', onclick: pending.retry }, 'Retry'),
      ];
    } else if (!stage.model().displayed().nodes.length) {
      kind = 'empty';
      content = [h('p', {}, stage.emptyText())];
    }
    els.overlay.replaceChildren(...content);
    els.overlay.hidden = !kind;
    els.overlay.dataset.kind = kind;
  };

  bus.on('scene-updated', () => {
    const m = stage.model();
    const inView = m.inViewPayload();
    const { hiddenLabels, hiddenTypes } = stage.filters;
    // Per label the nodes drawn (a filtered-out label: how many it would bring back); per type
    // the facts and articles among the drawn nodes, whether or not the type is filtered out.
    const drawn = m.displayed().nodes;
    const drawnIds = new Set(drawn.map((n) => n.id));
    const labelCounts = countBy(drawn, (n) => n.label);
    for (const n of inView.nodes) if (hiddenLabels.has(n.label)) labelCounts.set(n.label, (labelCounts.get(n.label) ?? 0) + 1);
    legend.update(
      labelCounts,
      factTallyByType(inView.edges.filter((e) => drawnIds.has(e.source) && drawnIds.has(e.target))),
      hiddenLabels,
      hiddenTypes,
    );
    const c = view.counts();
    const filteredOut = inView.nodes.length - c.nodes;
    const byTime = m.hiddenByTime().edges;
    toolbar.update({
      layout: view.layoutName,
      canUndo: m.canUndo(),
      canRedo: m.canRedo(),
      hidden: m.hiddenIds().length,
      status: `${plural(c.nodes, 'node')} · ${plural(c.edges, 'relationship')}${filteredOut > 0 ? ` (${filteredOut} filtered or hidden)` : ''}${byTime > 0 ? ` · ${plural(byTime, 'fact')} outside the time range` : ''}`,
      warning: stage.warning(),
      picked: stage.picked().length,
    });
    updateOverlay();
  });
  bus.on('picked-changed', () => bus.emit('scene-updated', stage.tab));
}
