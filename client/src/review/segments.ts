// Cuts an article's text into runs at every span boundary, each run knowing which marks (node
// mentions, a fact's evidence) cover it, so the review screen can draw overlapping highlights as
// flat text nodes (never markup built from the article) and a run can say what it belongs to.

export interface Mark {
  start: number;
  end: number;
  /** What the mark stands for, e.g. a node's index in the draft. */
  key: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The marks covering the run, shortest first (the innermost mention is the one to colour). */
  keys: string[];
}

export function segment(text: string, marks: readonly Mark[]): Segment[] {
  // Spans come from a file a person may have edited: out-of-range ends are clamped, empty ones dropped.
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const runs: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    runs.push({ start, end, text: text.slice(start, end), keys: valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.key) });
  }
  return runs;
}
