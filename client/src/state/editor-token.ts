// The editor token that writes need. The server prints a start-up link carrying it
// (?token=…); the app takes it from there once, keeps it in local storage and takes it out of
// the address bar, so it is neither shared with a copied link nor left in the history.
import type { KeyValueStore } from './query-history.ts';

export const TOKEN_KEY = 'vj-explorer.editor-token.v1';

/** The slice of `window` the capture needs, so it runs against a stand-in in unit tests. */
export interface TokenWindow {
  location: { pathname: string; search: string; hash: string };
  history: { replaceState(data: unknown, unused: string, url: string): void };
}

export function loadToken(store: KeyValueStore | undefined): string {
  try {
    return store?.getItem(TOKEN_KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

export function saveToken(store: KeyValueStore | undefined, token: string): void {
  try {
    store?.setItem(TOKEN_KEY, token.trim());
  } catch {
    // Storage disabled: the token lasts as long as the page (the field still holds it).
  }
}

/** Moves ?token= from the address into the store; the other query parameters (?cap=…) stay. */
export function captureToken(win: TokenWindow, store: KeyValueStore | undefined): void {
  const params = new URLSearchParams(win.location.search);
  const token = params.get('token');
  if (token === null) return;
  if (token.trim()) saveToken(store, token);
  params.delete('token');
  const search = params.toString();
  win.history.replaceState(null, '', `${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`);
}
