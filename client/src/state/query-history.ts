// Cypher console history: most recent first, no duplicates, capped; persisted through a
// Storage-like object (localStorage in the browser, a Map-backed fake in tests).
import { QUERY_HISTORY_MAX } from '../config.ts';

export const HISTORY_KEY = 'vj-explorer.cypher-history.v1';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function addToHistory(history: readonly string[], query: string, max = QUERY_HISTORY_MAX): string[] {
  const q = query.trim();
  if (!q) return [...history];
  return [q, ...history.filter((h) => h !== q)].slice(0, max);
}

export function loadHistory(store: KeyValueStore | undefined): string[] {
  try {
    const raw = store?.getItem(HISTORY_KEY);
    if (!raw) return [];
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === 'string' && q.trim() !== '') : [];
  } catch {
    return [];
  }
}

export function saveHistory(store: KeyValueStore | undefined, history: readonly string[]): void {
  try {
    store?.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Storage full or disabled (private mode): history simply is not kept.
  }
}
