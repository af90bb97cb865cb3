// Query texts EXPLAIN has already found read-only, so a repeated query (a console re-run, a shared
// link, a dashboard polling) skips that round trip and its plan walk. One instance per app, made by
// the entry point and injected through createApp: tests and apps sharing a process never share
// verdicts, and a fresh app starts with none.

/**
 * Only plain reads (query type 'r') are kept, never refusals; a text that names a graph (USE) is
 * always planned again, since a parameter could choose the graph. Bounded, least recently used
 * out first. The READ access mode and the rollback still hold for every run.
 */
export class ReadOnlyVerdicts {
  private readonly known = new Map<string, true>();
  /** Lookups answered from the cache and not, since the app started (the serving benchmark reports its hit rate). */
  private readonly counts = { hits: 0, misses: 0 };

  constructor(private readonly capacity = 1_000) {}

  has(database: string, query: string): boolean {
    const key = `${database}\u0000${query}`;
    if (!this.known.delete(key)) {
      this.counts.misses++;
      return false;
    }
    this.known.set(key, true);
    this.counts.hits++;
    return true;
  }

  lookups(): { hits: number; misses: number } {
    return { ...this.counts };
  }

  remember(database: string, query: string, queryType: string | undefined): void {
    if (queryType !== 'r' || /\buse\b/i.test(query)) return;
    this.known.set(`${database}\u0000${query}`, true);
    if (this.known.size > this.capacity) this.known.delete(this.known.keys().next().value!);
  }
}
