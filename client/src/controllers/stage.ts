// The canvas and its scenes: one scene per tab (explore, paths, region × sector, cypher), each
// with its own model, positions, selection and red highlight, and what to say over the canvas
// while the scene loads, failed or is empty. Only the active scene is drawn; switching tabs swaps
// scenes. It tells the rest of the app what changed through the bus.
import { api, ApiError } from '../api.ts';
import type { GraphPayload } from '../../../contract/api/graph.ts';
import { ALL_TIME, isAllTime, type TimeRange } from '../../../contract/fact-date.ts';
import type { Bus } from '../events.ts';
import { detailsPayload } from '../graph/elements.ts';
import { GraphModel, type ModelFilters } from '../graph/graph-model.ts';
import { createScene, GraphView, type Scene, type Selection } from '../graph/graph-view.ts';
import type { Busy } from '../state/busy.ts';
import { TABS, type LayoutName, type Tab } from '../state/url-state.ts';

/** The path (paths tab) or cited relationships (matrix cell) drawn in red; `dim` greys the rest. */
export interface Highlight {
  path: GraphPayload;
  ends: string[];
  dim: boolean;
}

/** What the overlay says instead of the scene: on its way, or failed (with a way to try again). */
export type Pending = { kind: 'loading'; text: string } | { kind: 'error'; text: string; retry(): void } | null;

/** The overlay's text for an empty scene; `filtered` when the legend's filters hide what is in view. */
export type EmptyText = (filtered: boolean) => string;

const perTab = <T>(value: () => T): Record<Tab, T> => Object.fromEntries(TABS.map((t) => [t, value()])) as Record<Tab, T>;

export interface StageOptions {
  bus: Bus;
  busy: Busy;
  tab: Tab;
  layout: LayoutName;
  hiddenLabels: string[];
  hiddenTypes: string[];
  /** The time filter from the link (all time when absent). */
  time?: TimeRange;
  bigCanvas: boolean;
}

export class Stage {
  readonly view: GraphView;
  /** The legend's filters and the timeline's range, shared by every scene (they are view settings, in the URL). */
  readonly filters: Required<ModelFilters>;
  private readonly scenes: Record<Tab, Scene>;
  private readonly selections = perTab<Selection>(() => null);
  private readonly highlights = perTab<Highlight | null>(() => null);
  private readonly pendings = perTab<Pending>(() => null);
  private readonly empties = perTab<EmptyText>(() => () => '');
  private readonly warnings = perTab(() => '');
  private active: Tab;
  /**
   * The active scene's multi-selection: what the selection bar's hide, expand and remove apply to.
   * The primary selection (details panel) is part of it once a second node is picked.
   */
  private readonly pickedIds = new Set<string>();
  private readonly bus: Bus;
  private readonly busy: Busy;

  constructor(canvas: HTMLElement, opts: StageOptions) {
    this.bus = opts.bus;
    this.busy = opts.busy;
    this.active = opts.tab;
    this.filters = { hiddenLabels: new Set(opts.hiddenLabels), hiddenTypes: new Set(opts.hiddenTypes), time: opts.time ?? ALL_TIME };
    this.scenes = perTab(() => createScene(new GraphModel(this.filters)));
    this.view = new GraphView(
      canvas,
      {
        // A plain click replaces the multi-selection as well as the selection.
        onSelect: (s) => {
          this.clearPicked();
          void this.select(s);
        },
        onToggleExpand: (id) => this.bus.emit('expand-requested', id),
        onKey: (e) => this.bus.emit('canvas-key', e),
        onNotice: (text) => this.bus.emit('notice', { text }),
        onPickToggle: (id) => this.togglePicked(id),
        onBoxPick: (ids) => this.addPicked(ids),
      },
      { bigCanvas: opts.bigCanvas },
    );
    this.view.layoutName = opts.layout;
  }

  get tab(): Tab {
    return this.active;
  }

  model(which: Tab = this.active): GraphModel {
    return this.scenes[which].model;
  }

  selection(which: Tab = this.active): Selection {
    return this.selections[which];
  }

  pending(): Pending {
    return this.pendings[this.active];
  }

  warning(): string {
    return this.warnings[this.active];
  }

  emptyText(): string {
    const m = this.model();
    const filtered =
      (this.filters.hiddenLabels.size + this.filters.hiddenTypes.size > 0 || !isAllTime(this.filters.time)) && m.inViewIds().size > 0;
    return this.empties[this.active](filtered);
  }

  describeEmpty(which: Tab, text: EmptyText): void {
    this.empties[which] = text;
  }

  setWarning(which: Tab, text: string): void {
    this.warnings[which] = text;
    this.updated(which);
  }

  setPending(which: Tab, pending: Pending): void {
    this.pendings[which] = pending;
    this.updated(which);
  }

  /** Runs work that will give `which` its next graph, with a spinner over that scene meanwhile. */
  whileLoading<T>(which: Tab, text: string, work: () => Promise<T>): Promise<T> {
    return this.busy.during(async () => {
      this.setPending(which, { kind: 'loading', text });
      try {
        return await work();
      } finally {
        this.setPending(which, null);
      }
    });
  }

  picked(): string[] {
    return [...this.pickedIds];
  }

  togglePicked(id: string): void {
    // Shift-clicking a second node picks the one already selected too.
    const sel = this.selections[this.active];
    if (!this.pickedIds.size && sel?.kind === 'node' && sel.id !== id) this.pickedIds.add(sel.id);
    if (!this.pickedIds.delete(id)) this.pickedIds.add(id);
    this.pickedChanged();
  }

  addPicked(ids: string[]): void {
    for (const id of ids) this.pickedIds.add(id);
    this.pickedChanged();
  }

  clearPicked(): void {
    if (!this.pickedIds.size) return;
    this.pickedIds.clear();
    this.pickedChanged();
  }

  private pickedChanged(): void {
    this.view.setPicked(this.pickedIds);
    this.bus.emit('picked-changed', this.picked());
  }

  setTab(next: Tab): void {
    this.pickedIds.clear();
    this.pickedChanged();
    this.active = next;
    this.view.setScene(this.scenes[next]);
    this.applyHighlight();
    const sel = this.selections[next];
    this.view.select(sel);
    this.bus.emit('selection-changed', sel);
    this.bus.emit('tab-changed', next);
    // The canvas changed size with the sidebar width.
    requestAnimationFrame(() => this.view.cy.resize());
    this.bus.emit('scene-updated', next);
    this.bus.emit('view-changed');
  }

  /** Redraws the active scene after its model changed, then everything that depends on it. */
  async refresh(opts: { parent?: string; relayout?: boolean } = {}): Promise<void> {
    await this.view.sync(opts);
    const sel = this.selections[this.active];
    if (sel && this.view.cy.getElementById(sel.id).empty() && !(sel.kind === 'node' && this.model().inView(sel.id))) {
      this.selections[this.active] = null;
      this.view.select(null);
      this.bus.emit('selection-changed', null);
    }
    this.applyHighlight();
    // Picked nodes that left the canvas leave the multi-selection.
    const before = this.pickedIds.size;
    for (const id of this.pickedIds) if (this.view.cy.getElementById(id).empty()) this.pickedIds.delete(id);
    if (before !== this.pickedIds.size) this.bus.emit('picked-changed', this.picked());
    this.view.setPicked(this.pickedIds);
    this.bus.emit('scene-updated', this.active);
    this.bus.emit('view-changed');
  }

  /** Selects in the active scene; a node not in view (or hidden, or filtered out) is brought into it first. */
  async select(sel: Selection, opts: { center?: boolean; focus?: boolean } = {}): Promise<void> {
    const which = this.active;
    const m = this.model(which);
    let center = opts.center;
    if (sel?.kind === 'node') {
      const known = m.nodes.get(sel.id);
      if (!m.inView(sel.id) || m.isHidden(sel.id) || (known && this.filters.hiddenLabels.has(known.label))) {
        const shown = await this.busy.during(async () => {
          try {
            const d = await api.node(sel.id);
            if (this.filters.hiddenLabels.delete(d.node.label))
              this.bus.emit('notice', { text: `Showing ${d.node.label} nodes again so ${d.node.name} is visible.` });
            if (m.add(detailsPayload(d)).length) this.bus.emit('node-added', { tab: which, id: sel.id });
            await this.refresh();
            // The time filter hides it again when all its relationships in view are of another time: say so.
            if (!m.displayed().nodes.some((n) => n.id === sel.id))
              this.bus.emit('notice', { text: `${d.node.name}'s relationships in view are all outside the time range.` });
            return true;
          } catch (err) {
            this.bus.emit('notice', {
              text: err instanceof ApiError && err.status === 404 ? 'That node no longer exists.' : 'Could not add the node.',
              kind: 'warning',
            });
            return false;
          }
        });
        if (!shown) return;
        center = true;
      }
    }
    this.selections[which] = sel;
    if (which !== this.active) return;
    this.view.select(sel, { center, focus: opts.focus });
    this.bus.emit('selection-changed', sel);
    this.bus.emit('view-changed');
  }

  /** Replaces a scene's graph (a path search, a matrix cell, a query result). */
  async show(which: Tab, payload: GraphPayload): Promise<void> {
    const scene = this.scenes[which];
    scene.model.reset(payload);
    scene.positions.clear();
    scene.viewport = null;
    this.selections[which] = null;
    if (which !== this.active) return;
    this.bus.emit('selection-changed', null);
    await this.refresh({ relayout: true });
  }

  highlight(which: Tab, hl: Highlight | null): void {
    this.highlights[which] = hl;
    if (which === this.active) this.applyHighlight();
  }

  async relayout(name: LayoutName): Promise<void> {
    this.view.layoutName = name;
    await this.view.runLayout(name, { fit: true });
    this.applyHighlight();
    this.bus.emit('view-changed');
  }

  toggleLabel(label: string): Promise<void> {
    if (!this.filters.hiddenLabels.delete(label)) this.filters.hiddenLabels.add(label);
    return this.refresh();
  }

  toggleType(type: string): Promise<void> {
    if (!this.filters.hiddenTypes.delete(type)) this.filters.hiddenTypes.add(type);
    return this.refresh();
  }

  /** The timeline's range: every scene applies it beside the legend's filters (the others on their next draw). */
  setTimeRange(range: TimeRange): Promise<void> {
    this.filters.time = range;
    return this.refresh();
  }

  resetFilters(): Promise<void> {
    this.filters.hiddenLabels.clear();
    this.filters.hiddenTypes.clear();
    return this.refresh();
  }

  private applyHighlight(): void {
    const hl = this.highlights[this.active];
    this.view.highlightPath(hl?.path ?? null, hl?.ends ?? [], { dim: hl?.dim });
  }

  private updated(which: Tab): void {
    if (which === this.active) this.bus.emit('scene-updated', which);
  }
}
