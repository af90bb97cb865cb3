// A small typed event emitter and the app's event map: the controllers tell each other what
// happened through it instead of calling into one another, so each can be built on its own
// and none needs a reference to one created after it.
import type { NodeSummary } from '../../contract/api/graph.ts';
import type { TimeRange } from '../../contract/fact-date.ts';
import type { Selection } from './graph/graph-view.ts';
import type { Tab } from './state/url-state.ts';

export type NoticeKind = 'info' | 'warning';

export interface AppEvents {
  /** Something the user should read (shown for a few seconds over the canvas). */
  notice: { text: string; kind?: NoticeKind };
  /** Another tab's scene is now on the canvas. */
  'tab-changed': Tab;
  /** The active scene's selection changed (null: nothing selected). */
  'selection-changed': Selection;
  /** What the active scene shows, or its loading state, changed: the toolbar, legend and overlay follow. */
  'scene-updated': Tab;
  /** Something the URL carries changed. */
  'view-changed': undefined;
  /** Selecting a node brought it into a scene's view. */
  'node-added': { tab: Tab; id: string };
  /** The canvas asked to expand or collapse a node (double-click). */
  'expand-requested': string;
  /** A node was expanded or collapsed. */
  'expansion-toggled': string;
  /** A key pressed on the canvas. */
  'canvas-key': KeyboardEvent;
  /** "Path from / to here" on a node. */
  'path-end': { which: 'from' | 'to'; node: NodeSummary };
  /** The API and its database answer again after an outage. */
  'connection-restored': undefined;
  /** An article was committed or retracted: views built from the graph reload what they show. */
  'graph-changed': { reason: 'commit' | 'retract'; articleId: string };
  /** The multi-selection (Shift/Ctrl-click, box) of the active scene changed: the node ids in it. */
  'picked-changed': string[];
  /** The time filter changed (timeline brush, or a link): the graph, the matrix and the map follow. */
  'time-range-changed': TimeRange;
}

type Listener<T> = (payload: T) => void;
/** An event without a payload is emitted without an argument. */
type PayloadArgs<T> = T extends undefined ? [] : [T];

export class Emitter<Events extends object> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();

  /** Returns the function that removes the listener again. */
  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  /**
   * Calls the listeners in the order they were added, over a copy (one added meanwhile waits for
   * the next event). A listener that throws does not stop the others: its error is rethrown on
   * its own, so it still reaches the console and the page's error handlers.
   */
  emit<K extends keyof Events>(type: K, ...args: PayloadArgs<Events[K]>): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) {
      try {
        (listener as Listener<unknown>)(args[0]);
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }
}

export type Bus = Emitter<AppEvents>;
export const createBus = (): Bus => new Emitter<AppEvents>();
