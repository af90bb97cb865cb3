// Finds an evidence sentence inside its article so it can be shown highlighted in context.
// Evidence is verbatim, but whitespace and Unicode composition can differ between what the
// graph stores and the article file, so matching falls back to a whitespace-tolerant,
// normalised and then case-insensitive search.

export interface Located {
  before: string;
  match: string;
  after: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function locateEvidence(text: string, evidence: string): Located | null {
  const needle = evidence.trim();
  if (!needle || !text) return null;
  const direct = text.indexOf(needle);
  if (direct >= 0) return split(text, direct, needle.length);
  const normalised = text.normalize('NFC');
  const words = needle.normalize('NFC').split(/\s+/).filter(Boolean).map(escape);
  for (const flags of ['u', 'iu']) {
    const m = new RegExp(words.join('\\s+'), flags).exec(normalised);
    if (m) return split(normalised, m.index, m[0].length);
  }
  return null;
}

function split(text: string, start: number, length: number): Located {
  return { before: text.slice(0, start), match: text.slice(start, start + length), after: text.slice(start + length) };
}

/** A short excerpt around the match: up to `chars` characters each side, cut at word boundaries. */
export function excerpt(located: Located, chars = 160): Located {
  let before = located.before;
  let after = located.after;
  if (before.length > chars) {
    before = before.slice(-chars);
    const space = before.search(/\s/);
    before = `…${space >= 0 ? before.slice(space + 1) : before}`;
  }
  if (after.length > chars) {
    after = after.slice(0, chars);
    const space = after.lastIndexOf(' ');
    after = `${space > 0 ? after.slice(0, space) : after}…`;
  }
  return { before, match: located.match, after };
}
