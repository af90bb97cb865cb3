// Keeps the URL hash in step with the view, so a copied link reopens it. Each controller
// contributes the part of the view state it owns; the hash is rewritten whenever the bus says the
// view changed, except while a link is still being restored (its half-built state would overwrite it).
import type { Bus } from '../events.ts';
import { DEFAULT_STATE, encodeState, type ViewState } from '../state/url-state.ts';

/** The slice of `window` the sync needs, so it runs against a stand-in in unit tests. */
export interface UrlWindow {
  location: { pathname: string; search: string; hash: string; reload(): void };
  history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
}

export interface UrlSync {
  contribute(part: () => Partial<ViewState>): void;
  /** The link is restored: from now on the URL follows the view. */
  finishRestore(): void;
}

export function createUrlSync(win: UrlWindow, bus: Bus): UrlSync {
  const parts: (() => Partial<ViewState>)[] = [];
  let restoring = true;
  let lastHash = '';

  const write = () => {
    if (restoring) return;
    const state: ViewState = Object.assign({ ...DEFAULT_STATE }, ...parts.map((p) => p()));
    const encoded = encodeState(state);
    win.history.replaceState(null, '', `${win.location.pathname}${win.location.search}${encoded ? `#${encoded}` : ''}`);
    lastHash = win.location.hash;
  };

  bus.on('view-changed', write);
  // A different link pasted into this tab: rebuild from it.
  win.addEventListener('hashchange', () => {
    if (win.location.hash !== lastHash) win.location.reload();
  });

  return {
    contribute: (part) => void parts.push(part),
    finishRestore() {
      restoring = false;
      write();
    },
  };
}
