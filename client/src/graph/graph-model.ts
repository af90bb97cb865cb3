// What one graph scene shows, independent of Cytoscape: every node/edge the scene has loaded
// (the registry) and which of them are in view. Expand, collapse, hide and delete-from-view are
// undoable; the view reconciles the canvas with `displayed()` after each change.
//
// In view = base nodes ∪ nodes added by expansions − deleted. Displayed = in view − hidden −
// filtered labels; an edge is displayed when both its ends are and its type is not filtered.
//
// The time filter (the timeline's brush) hides the relationships dated outside the range, and
// then *hides* — rather than dims — the nodes whose relationships in view all fell outside it:
// such a node was only drawn because of facts of another time. Hiding keeps one rule for what
// is drawn, counted and exported (dimmed nodes would still be in every PNG, JSON and count). A
// node with no relationship in view at all (a search pick) is not the time filter's to hide.
import type { GraphEdge, GraphNode, GraphPayload } from '../../../contract/api/graph.ts';
import { ALL_TIME, inTimeRange, isAllTime, type TimeRange } from '../../../contract/fact-date.ts';

export interface Snapshot {
  base: string[];
  /** Expanded node → the nodes its expansion added (in expansion order, which matters for URLs). */
  expansions: [string, string[]][];
  hidden: string[];
  deleted: string[];
}

export interface Displayed {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const HISTORY_LIMIT = 100;

/** The view filters a model applies; scenes may share one object, so one change reaches them all. */
export interface ModelFilters {
  hiddenLabels: Set<string>;
  hiddenTypes: Set<string>;
  /** The time filter; absent is all time. Read on every displayed(), never copied. */
  time?: TimeRange;
}

/** What the time filter alone takes off the canvas. */
export interface TimeHidden {
  edges: number;
  nodes: number;
}

export class GraphModel {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  private base = new Set<string>();
  private expansions = new Map<string, string[]>();
  private hidden = new Set<string>();
  private deleted = new Set<string>();
  /** Filters are view settings (in the URL), not undoable edits; scenes may share one pair. */
  readonly hiddenLabels: Set<string>;
  readonly hiddenTypes: Set<string>;
  private undoStack: Snapshot[] = [];
  private redoStack: Snapshot[] = [];
  private readonly filters: ModelFilters;

  constructor(filters: ModelFilters = { hiddenLabels: new Set(), hiddenTypes: new Set() }) {
    this.filters = filters;
    this.hiddenLabels = filters.hiddenLabels;
    this.hiddenTypes = filters.hiddenTypes;
  }

  get timeRange(): TimeRange {
    return this.filters.time ?? ALL_TIME;
  }

  /** Forgets undo/redo, e.g. once a view restored from a link is the starting point. */
  clearHistory(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  /** Replaces everything (a new overview, a query result); history starts afresh. */
  reset(payload: GraphPayload = { nodes: [], edges: [] }): void {
    this.nodes.clear();
    this.edges.clear();
    this.register(payload);
    this.base = new Set(payload.nodes.map((n) => n.id));
    this.expansions.clear();
    this.hidden.clear();
    this.deleted.clear();
    this.undoStack = [];
    this.redoStack = [];
  }

  /** Adds data to the registry without putting anything in view. */
  register(payload: GraphPayload): void {
    for (const n of payload.nodes) this.nodes.set(n.id, n);
    for (const e of payload.edges) this.edges.set(e.id, e);
  }

  inView(id: string): boolean {
    if (this.deleted.has(id) || !this.nodes.has(id)) return false;
    if (this.base.has(id)) return true;
    for (const added of this.expansions.values()) if (added.includes(id)) return true;
    return false;
  }

  inViewIds(): Set<string> {
    const ids = new Set<string>();
    for (const id of this.base) ids.add(id);
    for (const added of this.expansions.values()) for (const id of added) ids.add(id);
    for (const id of this.deleted) ids.delete(id);
    for (const id of [...ids]) if (!this.nodes.has(id)) ids.delete(id);
    return ids;
  }

  isExpanded(id: string): boolean {
    return this.expansions.has(id);
  }

  isHidden(id: string): boolean {
    return this.hidden.has(id);
  }

  expandedIds(): string[] {
    return [...this.expansions.keys()];
  }

  hiddenIds(): string[] {
    return [...this.hidden];
  }

  deletedIds(): string[] {
    return [...this.deleted];
  }

  displayed(): Displayed {
    return this.filtered().displayed;
  }

  /** How many relationships (of the types not filtered) and nodes the time filter hides. */
  hiddenByTime(): TimeHidden {
    return this.filtered().byTime;
  }

  private filtered(): { displayed: Displayed; byTime: TimeHidden } {
    const inView = this.inViewIds();
    let nodes: GraphNode[] = [];
    const shown = new Set<string>();
    for (const id of inView) {
      const node = this.nodes.get(id)!;
      if (this.hidden.has(id) || this.hiddenLabels.has(node.label)) continue;
      nodes.push(node);
      shown.add(id);
    }
    const between = [...this.edges.values()].filter((e) => shown.has(e.source) && shown.has(e.target));
    const range = this.timeRange;
    if (isAllTime(range))
      return { displayed: { nodes, edges: between.filter((e) => !this.hiddenTypes.has(e.type)) }, byTime: { edges: 0, nodes: 0 } };
    const touched = new Set<string>();
    const kept = new Set<string>();
    const inRange: GraphEdge[] = [];
    for (const e of between) {
      touched.add(e.source).add(e.target);
      if (!inTimeRange(range, e.properties)) continue;
      kept.add(e.source).add(e.target);
      inRange.push(e);
    }
    const before = nodes.length;
    nodes = nodes.filter((n) => kept.has(n.id) || !touched.has(n.id));
    const edges = inRange.filter((e) => !this.hiddenTypes.has(e.type));
    const typed = between.filter((e) => !this.hiddenTypes.has(e.type)).length;
    return { displayed: { nodes, edges }, byTime: { edges: typed - edges.length, nodes: before - nodes.length } };
  }

  /** Puts nodes (e.g. a search pick) in view. Returns the ids that were not in view before. */
  add(payload: GraphPayload): string[] {
    this.register(payload);
    const fresh = payload.nodes.map((n) => n.id).filter((id) => !this.inView(id));
    if (!fresh.length) {
      // Still unhide a node the user asked for explicitly.
      const unhide = payload.nodes.filter((n) => this.hidden.has(n.id));
      if (unhide.length) {
        this.record();
        for (const n of unhide) this.hidden.delete(n.id);
      }
      return [];
    }
    this.record();
    for (const id of fresh) {
      this.deleted.delete(id);
      this.hidden.delete(id);
      this.base.add(id);
    }
    return fresh;
  }

  /** Adds a node's neighbourhood. Returns the node ids it added (those already in view are not "owned"). */
  expand(id: string, payload: GraphPayload): string[] {
    if (this.expansions.has(id) || !this.inView(id)) return [];
    this.register(payload);
    const added = payload.nodes.map((n) => n.id).filter((n) => n !== id && !this.inView(n));
    this.record();
    for (const n of added) {
      // A node removed from view that the expansion brings back now belongs to the expansion,
      // so collapsing it removes the node again.
      if (this.deleted.delete(n)) this.base.delete(n);
      this.hidden.delete(n);
    }
    this.expansions.set(id, added);
    return added;
  }

  /**
   * Adds more of a node's neighbourhood (the next page past the cap, or another type or label):
   * to its expansion when it has one, so one collapse takes all of it away again, else as a new
   * expansion. Returns the node ids it added.
   */
  extend(id: string, payload: GraphPayload): string[] {
    const owned = this.expansions.get(id);
    if (!owned) return this.expand(id, payload);
    this.register(payload);
    const added = [...new Set(payload.nodes.map((n) => n.id))].filter((n) => n !== id && !this.inView(n));
    if (!added.length) return [];
    this.record();
    for (const n of added) {
      if (this.deleted.delete(n)) this.base.delete(n);
      this.hidden.delete(n);
    }
    this.expansions.set(id, [...owned, ...added]);
    return added;
  }

  /**
   * Removes what expanding `id` added. Nodes another expansion (or the base) also brought stay;
   * expansions of nodes that leave the view are collapsed too. Returns the ids that left.
   */
  collapse(id: string): string[] {
    if (!this.expansions.has(id)) return [];
    const before = this.inViewIds();
    this.record();
    this.expansions.delete(id);
    this.cascade();
    const after = this.inViewIds();
    return [...before].filter((n) => !after.has(n));
  }

  private cascade(): void {
    for (;;) {
      const inView = this.inViewIds();
      const orphan = [...this.expansions.keys()].find((k) => !inView.has(k));
      if (!orphan) return;
      this.expansions.delete(orphan);
    }
  }

  hide(ids: string[]): void {
    const fresh = ids.filter((id) => this.inView(id) && !this.hidden.has(id));
    if (!fresh.length) return;
    this.record();
    for (const id of fresh) this.hidden.add(id);
  }

  showHidden(): void {
    if (!this.hidden.size) return;
    this.record();
    this.hidden.clear();
  }

  /** Deletes from the view (never from the database). */
  remove(ids: string[]): void {
    const fresh = ids.filter((id) => this.inView(id));
    if (!fresh.length) return;
    this.record();
    for (const id of fresh) {
      this.deleted.add(id);
      this.hidden.delete(id);
    }
    this.cascade();
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.redoStack.push(this.snapshot());
    this.restore(previous);
    return true;
  }

  redo(): boolean {
    const next = this.redoStack.pop();
    if (!next) return false;
    this.undoStack.push(this.snapshot());
    this.restore(next);
    return true;
  }

  snapshot(): Snapshot {
    return {
      base: [...this.base],
      expansions: [...this.expansions].map(([k, v]) => [k, [...v]]),
      hidden: [...this.hidden],
      deleted: [...this.deleted],
    };
  }

  private restore(s: Snapshot): void {
    this.base = new Set(s.base);
    this.expansions = new Map(s.expansions.map(([k, v]) => [k, [...v]]));
    this.hidden = new Set(s.hidden);
    this.deleted = new Set(s.deleted);
  }

  private record(): void {
    this.undoStack.push(this.snapshot());
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  /** The in-view graph (ignoring hide and filters), e.g. for "what a collapse would remove". */
  inViewPayload(): GraphPayload {
    const ids = this.inViewIds();
    return {
      nodes: [...ids].map((id) => this.nodes.get(id)!),
      edges: [...this.edges.values()].filter((e) => ids.has(e.source) && ids.has(e.target)),
    };
  }
}
