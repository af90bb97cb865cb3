// The Cytoscape canvas. It draws whatever the active scene's model displays, keeps positions
// per scene (so dragged nodes stay put across filters, undo and tab switches), places new
// neighbours around the node that brought them, and dims everything outside the hovered or
// selected node's neighbourhood. Large graphs are drawn and laid out cheaply (see config.ts).
// The first layout and element batch leave User Timing marks (vj:*) for the rendering benchmark.
import cytoscape, {
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type LayoutOptions,
  type NodeCollection,
  type NodeSingular,
  type Position,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphPayload } from '../../../contract/api/graph.ts';
import { LARGE_GRAPH_NODES } from '../config.ts';
import type { LayoutName } from '../state/url-state.ts';
import { edgeElement, hubIds, nodeElement } from './elements.ts';
import { VIRTUAL_EDGE_NOTES } from './label-style.ts';
import type { GraphModel } from './graph-model.ts';
import { effectiveLayout, ringAround, ringPositions } from './ring-layout.ts';
import { buildStylesheet } from './stylesheet.ts';

cytoscape.use(fcose);

export interface Scene {
  model: GraphModel;
  positions: Map<string, Position>;
  viewport: { zoom: number; pan: Position } | null;
}

export const createScene = (model: GraphModel): Scene => ({ model, positions: new Map(), viewport: null });

export type Selection = { kind: 'node' | 'edge'; id: string } | null;

export interface GraphViewOptions {
  /** Made for big graphs: hides edges and draws a texture while panning/zooming, WebGL if available. */
  bigCanvas?: boolean;
}

/**
 * Whether this browser can give Cytoscape's WebGL renderer a hardware WebGL 2 context. A software
 * one (SwiftShader, llvmpipe: headless or GPU-less browsers) made the first frame of 5,000 nodes
 * ~7× slower than the 2D canvas in our benchmark, so it is not used.
 */
function hasHardwareWebgl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

export interface GraphViewEvents {
  onSelect(selection: Selection): void;
  onToggleExpand(id: string): void;
  onKey?(event: KeyboardEvent): void;
  /** Something the user should know about the drawing (e.g. a layout replaced for a large graph). */
  onNotice?(text: string): void;
  /** Shift/Ctrl/Cmd-click on a node: add it to (or take it out of) the multi-selection. */
  onPickToggle?(id: string): void;
  /** A box drawn on the background (Shift-drag, or a plain drag in box mode) took these nodes. */
  onBoxPick?(ids: string[]): void;
}

/** Shift, Ctrl or Cmd held: a click adds to the multi-selection instead of replacing the selection. */
const additive = (e: { originalEvent?: Event }) => {
  const o = e.originalEvent as MouseEvent | undefined;
  return Boolean(o && (o.shiftKey || o.ctrlKey || o.metaKey));
};

let dagreRegistered: Promise<void> | null = null;
/** dagre (and its graph library) is only needed when picked, so it loads on demand. */
function ensureDagre(): Promise<void> {
  dagreRegistered ??= import('cytoscape-dagre').then((m) => {
    cytoscape.use(m.default);
  });
  return dagreRegistered;
}

function layoutOptions(name: LayoutName, opts: { fit: boolean; roots?: string[]; nodes: number }): LayoutOptions {
  const common = { fit: opts.fit, padding: 40, animate: false } as const;
  const large = opts.nodes > LARGE_GRAPH_NODES;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize: true,
        nodeRepulsion: () => 7000,
        idealEdgeLength: () => 70,
        edgeElasticity: () => 0.45,
        nodeSeparation: 70,
        gravity: 0.3,
        numIter: 2500,
        packComponents: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (n: NodeSingular) => n.degree(false),
        levelWidth: () => 3,
        minNodeSpacing: 24,
        spacingFactor: 1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: !large,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: !large,
        roots: opts.roots?.length ? opts.roots : undefined,
      } as LayoutOptions;
    case 'dagre':
      return {
        name: 'dagre',
        ...common,
        rankDir: 'LR',
        nodeSep: 24,
        rankSep: 90,
        edgeSep: 8,
        nodeDimensionsIncludeLabels: !large,
      } as LayoutOptions;
  }
}

/** A User Timing mark, first occurrence only (the benchmark reads the first load's). */
function mark(name: string): void {
  if (!performance.getEntriesByName(name).length) performance.mark(name);
}

export class GraphView {
  readonly cy: Core;
  private scene: Scene | null = null;
  private knownLabels = new Set<string>();
  private knownTypes = new Set<string>();
  /** The stylesheet in use is the cheap one for large graphs. */
  private large = false;
  private layouts = 0;
  private selection: Selection = null;
  private hovered: string | null = null;
  private pathIds: Set<string> | null = null;
  /**
   * What the last two taps hit (null: the background). Cytoscape fires a double-tap for any two
   * taps in quick succession, even on two different nodes; only two on the same node expand it.
   */
  private taps: [string | null, string | null] = [null, null];
  private readonly tip: HTMLElement;
  layoutName: LayoutName = 'fcose';

  constructor(
    readonly container: HTMLElement,
    private readonly events: GraphViewEvents,
    opts: GraphViewOptions = {},
  ) {
    this.tip = document.createElement('div');
    this.tip.className = 'graph-tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.hidden = true;
    container.parentElement?.append(this.tip);
    const webgl = Boolean(opts.bigCanvas) && hasHardwareWebgl2();
    container.dataset.renderer = webgl ? 'webgl' : 'canvas';
    this.cy = cytoscape({
      container,
      style: buildStylesheet([], []),
      minZoom: opts.bigCanvas ? 0.02 : 0.1,
      maxZoom: 4,
      // Shift-drag on the background draws a selection box (a plain drag in box mode, see setBoxMode).
      boxSelectionEnabled: true,
      selectionType: 'single',
      ...(opts.bigCanvas ? { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 } : {}),
      // The WebGL renderer is an option of the canvas renderer since Cytoscape 3.31; the typings lag.
      ...(webgl ? ({ renderer: { name: 'canvas', webgl: true } } as object) : {}),
    });
    this.cy.on('tap', 'node', (e) => {
      if (additive(e) && this.events.onPickToggle) {
        this.events.onPickToggle(e.target.id());
        // Cytoscape's own additive select would make the picked node look like the selection.
        setTimeout(() => this.restoreSelection(), 0);
        return;
      }
      this.events.onSelect({ kind: 'node', id: e.target.id() });
    });
    const boxed = new Set<string>();
    this.cy.on('boxselect', 'node', (e) => {
      boxed.add(e.target.id());
    });
    this.cy.on('boxend', () => {
      // The box's select events arrive around boxend: collect them first.
      setTimeout(() => {
        const ids = [...boxed];
        boxed.clear();
        this.restoreSelection();
        if (ids.length) this.events.onBoxPick?.(ids);
      }, 0);
    });
    this.cy.on('tap', 'edge', (e) => this.events.onSelect({ kind: 'edge', id: e.target.id() }));
    this.cy.on('tap', (e) => {
      this.taps = [this.taps[1], e.target === this.cy ? null : (e.target as NodeSingular).id()];
      if (e.target === this.cy && !additive(e)) this.events.onSelect(null);
      // Cytoscape keeps the focus from moving on a click; the canvas takes it, so the keyboard
      // shortcuts the details panel advertises work on what the mouse selected.
      if (document.activeElement !== container) container.focus({ preventScroll: true });
    });
    this.cy.on('dbltap', 'node', (e) => {
      if (this.taps[0] === e.target.id()) this.events.onToggleExpand(e.target.id());
    });
    this.cy.on('mouseover', 'node', (e) => {
      const node = e.target as NodeSingular;
      this.hovered = node.id();
      this.applyHighlight();
      container.style.cursor = 'pointer';
      const bb = node.renderedBoundingBox({ includeLabels: false });
      this.showTip(`${String(node.data('name'))} · ${String(node.data('label'))}`, { x: (bb.x1 + bb.x2) / 2, y: bb.y1 });
    });
    this.cy.on('mouseout', 'node', () => {
      this.hovered = null;
      this.applyHighlight();
      container.style.cursor = '';
      this.tip.hidden = true;
    });
    this.cy.on('mouseover', 'edge', (e) => {
      container.style.cursor = 'pointer';
      const edge = e.target as EdgeSingular;
      this.showTip(
        `${String(edge.data('type'))}: ${String(edge.source().data('name'))} → ${String(edge.target().data('name'))}${
          VIRTUAL_EDGE_NOTES[String(edge.data('type'))] ? ` — ${VIRTUAL_EDGE_NOTES[String(edge.data('type'))]}` : ''
        }`,
        edge.renderedMidpoint(),
      );
    });
    this.cy.on('mouseout', 'edge', () => {
      container.style.cursor = '';
      this.tip.hidden = true;
    });
    this.cy.on('viewport', () => (this.tip.hidden = true));
    this.cy.on('dragfree', 'node', (e) => {
      this.scene?.positions.set(e.target.id(), { ...e.target.position() });
    });
    container.addEventListener('keydown', (e) => this.events.onKey?.(e));
    // The canvas changes size with the tab (sidebar width, results panel), not only the window.
    new ResizeObserver(() => this.cy.resize()).observe(container);
  }

  /** Full name on hover: the canvas shortens long names and hides labels when zoomed out. */
  private showTip(text: string, at: Position): void {
    this.tip.textContent = text;
    this.tip.hidden = false;
    this.tip.style.left = `${at.x}px`;
    this.tip.style.top = `${at.y}px`;
  }

  /** Swaps the canvas to another scene, remembering where everything was in the current one. */
  setScene(scene: Scene): void {
    if (this.scene === scene) return;
    this.savePositions();
    if (this.scene) this.scene.viewport = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    this.cy.elements().remove();
    this.scene = scene;
    this.selection = null;
    this.pathIds = null;
    this.sync();
    if (scene.viewport) this.cy.viewport({ zoom: scene.viewport.zoom, pan: scene.viewport.pan });
  }

  private savePositions(): void {
    if (!this.scene) return;
    this.cy.nodes().forEach((n) => {
      this.scene!.positions.set(n.id(), { ...n.position() });
    });
  }

  private ensureStyles(labels: Iterable<string>, types: Iterable<string>, large: boolean): void {
    let changed = large !== this.large;
    this.large = large;
    for (const l of labels) {
      if (this.knownLabels.has(l)) continue;
      this.knownLabels.add(l);
      changed = true;
    }
    for (const t of types) {
      if (this.knownTypes.has(t)) continue;
      this.knownTypes.add(t);
      changed = true;
    }
    if (changed) this.cy.style(buildStylesheet([...this.knownLabels], [...this.knownTypes], { large }));
  }

  /**
   * Makes the canvas match the scene's model. New nodes go around `parent` when given, else next
   * to a neighbour already on screen; a scene with nothing placed yet gets a full layout.
   */
  async sync(opts: { parent?: string; relayout?: boolean } = {}): Promise<{ added: string[]; removed: string[] }> {
    const scene = this.scene;
    if (!scene) return { added: [], removed: [] };
    const { nodes, edges } = scene.model.displayed();
    this.ensureStyles(
      nodes.map((n) => n.label),
      edges.map((e) => e.type),
      nodes.length > LARGE_GRAPH_NODES,
    );
    const nodeIds = new Set(nodes.map((n) => n.id));
    const edgeIds = new Set(edges.map((e) => e.id));
    const removed: string[] = [];
    const added: string[] = [];
    const unplaced: string[] = [];
    // A large graph drawn on an empty canvas gets its rings as it is added: one pass over the
    // elements instead of adding them and then moving every one of them.
    const ringsAtAdd =
      this.cy.nodes().empty() &&
      nodes.length > 0 &&
      effectiveLayout(this.layoutName, nodes.length) === 'rings' &&
      (opts.relayout || !nodes.some((n) => scene.positions.has(n.id)));
    let rings: Map<string, Position> | null = null;
    if (ringsAtAdd) {
      const first = this.layouts++ === 0;
      if (first) mark('vj:layout-start');
      const degree = new Map<string, number>();
      for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
      rings = ringPositions(nodes.map((n) => ({ id: n.id, degree: degree.get(n.id) ?? 0 })));
      if (first) mark('vj:layout-stop');
    }
    let addedAny = false;
    this.cy.batch(() => {
      this.cy.edges().forEach((e) => {
        if (!edgeIds.has(e.id())) e.remove();
      });
      this.cy.nodes().forEach((n) => {
        if (nodeIds.has(n.id())) return;
        scene.positions.set(n.id(), { ...n.position() });
        removed.push(n.id());
        n.remove();
      });
      const defs: ElementDefinition[] = [];
      for (const n of nodes) {
        if (this.cy.getElementById(n.id).nonempty()) continue;
        const pos = rings?.get(n.id) ?? scene.positions.get(n.id);
        if (!pos) unplaced.push(n.id);
        defs.push(nodeElement(n, pos) as ElementDefinition);
        added.push(n.id);
      }
      for (const e of edges) if (this.cy.getElementById(e.id).empty()) defs.push(edgeElement(e) as ElementDefinition);
      if (defs.length) this.cy.add(defs);
      addedAny = defs.length > 0;
      const hubs = hubIds(this.cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false) })));
      this.cy.nodes().forEach((n) => {
        n.toggleClass('expanded', scene.model.isExpanded(n.id()));
        n.toggleClass('hub', hubs.has(n.id()));
      });
    });

    // After the batch: the elements' styles are computed when it ends.
    if (addedAny) mark('vj:elements-added');
    const placedBefore = this.cy.nodes().length - unplaced.length;
    if (rings) {
      this.cy.resize();
      this.cy.fit(undefined, 40);
      this.container.dataset.layout = 'rings';
      this.savePositions();
    } else if (opts.relayout || (unplaced.length && placedBefore === 0)) {
      await this.runLayout(this.layoutName, { fit: true });
    } else if (unplaced.length) {
      this.placeNear(unplaced, opts.parent);
    }
    this.restoreSelection();
    this.applyHighlight();
    return { added, removed };
  }

  /**
   * Puts new nodes on rings around their anchor (the expanded node, else a neighbour already on
   * screen), in slots clear of every node already drawn, leaving every existing node where it is:
   * a second page of neighbours goes between and beyond the first, not on top of it.
   */
  private placeNear(ids: string[], parent?: string): void {
    const fresh = new Set(ids);
    const groups = new Map<string, string[]>();
    for (const id of ids) {
      const node = this.cy.getElementById(id);
      let anchor = parent && this.cy.getElementById(parent).nonempty() ? parent : undefined;
      if (!anchor) {
        const placed = node.neighborhood('node').filter((n) => !fresh.has(n.id()));
        anchor = placed.nonempty() ? placed.first().id() : '';
      }
      groups.set(anchor, [...(groups.get(anchor) ?? []), id]);
    }
    const occupied: Position[] = [];
    this.cy.nodes().forEach((n) => {
      if (!fresh.has(n.id())) occupied.push({ ...n.position() });
    });
    for (const [anchor, members] of groups) {
      const center = anchor ? this.cy.getElementById(anchor).position() : this.emptySpot();
      const slots = ringAround(center, members.length, occupied);
      members.forEach((id, i) => {
        const pos = slots[i]!;
        occupied.push(pos);
        this.cy.getElementById(id).position(pos);
        this.scene?.positions.set(id, pos);
      });
    }
  }

  /** Marks the multi-selection (the nodes the selection bar's actions apply to). */
  setPicked(ids: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass('picked', ids.has(n.id()));
      });
    });
  }

  /** Box mode: a plain drag on the background draws a selection box instead of panning. */
  setBoxMode(on: boolean): void {
    this.cy.userPanningEnabled(!on);
    this.container.dataset.boxMode = String(on);
  }

  private emptySpot(): Position {
    const bb = this.cy.nodes().boundingBox();
    return Number.isFinite(bb.x2) ? { x: bb.x2 + 150, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
  }

  async runLayout(name: LayoutName, opts: { fit?: boolean } = {}): Promise<void> {
    this.layoutName = name;
    if (this.cy.nodes().empty()) return;
    if (name === 'dagre') await ensureDagre();
    this.cy.resize();
    const roots = this.selection?.kind === 'node' ? [this.selection.id] : undefined;
    const nodes = this.cy.nodes().length;
    const first = this.layouts++ === 0;
    if (first) mark('vj:layout-start');
    const used = effectiveLayout(name, nodes);
    let options: LayoutOptions;
    if (used === 'rings') {
      const positions = ringPositions(this.cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false) })));
      options = {
        name: 'preset',
        positions: (n: NodeSingular) => positions.get(n.id())!,
        fit: opts.fit ?? true,
        padding: 40,
        animate: false,
      } as LayoutOptions;
      if (!first)
        this.events.onNotice?.(`${nodes} nodes: laid out in rings by degree — the force layout is used up to ${LARGE_GRAPH_NODES} nodes.`);
    } else {
      options = layoutOptions(used, { fit: opts.fit ?? true, roots, nodes });
    }
    const layout = this.cy.layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    if (first) mark('vj:layout-stop');
    this.container.dataset.layout = used;
    this.savePositions();
  }

  /**
   * `center`: bring the element into view when it is off screen or too small; `focus`: always
   * centre on it, zoomed in to read it (a search result the user chose), animated.
   */
  select(selection: Selection, opts: { center?: boolean; focus?: boolean } = {}): void {
    this.selection = selection;
    this.restoreSelection();
    this.applyHighlight();
    if (selection && opts.focus) {
      const el = this.cy.getElementById(selection.id);
      if (el.nonempty()) {
        this.cy.stop(true, true);
        this.cy.animate({ center: { eles: el }, zoom: Math.min(this.cy.maxZoom(), Math.max(this.cy.zoom(), 1.2)) }, { duration: 300 });
      }
    } else if (selection && opts.center) {
      const el = this.cy.getElementById(selection.id);
      if (el.nonempty()) {
        const bb = this.cy.extent();
        const p = el.isNode() ? el.position() : (el as unknown as EdgeSingular).midpoint();
        const inside = p.x > bb.x1 && p.x < bb.x2 && p.y > bb.y1 && p.y < bb.y2;
        if (!inside || this.cy.zoom() < 0.5)
          this.cy.animate({ center: { eles: el }, zoom: Math.max(this.cy.zoom(), 0.9) }, { duration: 250 });
      }
    }
  }

  private restoreSelection(): void {
    const sel = this.selection;
    this.cy.elements(':selected').forEach((el) => {
      if (!sel || el.id() !== sel.id) el.unselect();
    });
    if (sel) this.cy.getElementById(sel.id).select();
  }

  /** Dims everything outside the hovered (else selected) element's neighbourhood. */
  private applyHighlight(): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('dimmed hl');
      if (this.pathIds) {
        this.cy.elements().forEach((el) => {
          if (!this.pathIds!.has(el.id())) el.addClass('dimmed');
        });
        return;
      }
      const focusId = this.hovered ?? this.selection?.id;
      if (!focusId) return;
      const focus = this.cy.getElementById(focusId);
      if (focus.empty()) return;
      const hood = focus.isNode()
        ? focus.closedNeighborhood()
        : (focus as unknown as EdgeSingular).union((focus as unknown as EdgeSingular).connectedNodes());
      hood.addClass('hl');
      this.cy.elements().not(hood).addClass('dimmed');
    });
  }

  /**
   * Marks a path (or any key subgraph) in red; with `dim`, everything else is dimmed too (used
   * to step through paths). null clears it.
   */
  highlightPath(path: GraphPayload | null, ends: string[] = [], opts: { dim?: boolean } = {}): void {
    this.cy.elements().removeClass('path-node path-edge path-end');
    this.pathIds = path && (opts.dim ?? true) ? new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]) : null;
    if (path) {
      for (const n of path.nodes) this.cy.getElementById(n.id).addClass(ends.includes(n.id) ? 'path-node path-end' : 'path-node');
      for (const e of path.edges) this.cy.getElementById(e.id).addClass('path-edge');
    }
    this.applyHighlight();
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 40 } }, { duration: 200 });
  }

  zoomBy(factor: number): void {
    const z = this.cy.zoom() * factor;
    this.cy.zoom({
      level: Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), z)),
      renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
    });
  }

  /** Node ids in reading order (by name), for keyboard stepping through the graph. */
  /**
   * The order ← and → step through: best-connected first (the first → lands on the hub, not
   * wherever the layout put an arbitrary node), ties by name, so the order is the same on every
   * load of the same view.
   */
  nodeOrder(): string[] {
    return byDegreeThenName(this.cy.nodes());
  }

  /** The order ↓ and ↑ step through a node's neighbours: the same rule. */
  neighbourIds(id: string): string[] {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? byDegreeThenName(n.neighborhood('node')) : [];
  }

  /** What a screen reader is told about a node: its name, label and relationships in view. */
  describeNode(id: string): { name: string; label: string; degree: number } | null {
    const n = this.cy.getElementById(id);
    return n.nonempty() ? { name: String(n.data('name')), label: String(n.data('label')), degree: n.degree(false) } : null;
  }

  counts(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }
}

function byDegreeThenName(nodes: NodeCollection): string[] {
  return nodes
    .map((n) => ({ id: n.id(), name: String(n.data('name')), degree: n.degree(false) }))
    .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name))
    .map((n) => n.id);
}
