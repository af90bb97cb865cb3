// Sentence splitting with offsets. A sentence ends at a line break, or at . ! ? … followed by
// white space and a capital (or an opening quote or a digit), unless the word before the
// period is an abbreviation or an initial, or the period sits inside « … ». Offsets are kept
// so that every evidence is text.slice(start, end): verbatim by construction.

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

const TERMINAL = /[.!?…]/;
const CLOSERS = /[»"”’')\]]/;
const OPENS_SENTENCE = /[\p{Lu}«"“(\d]/u;

/**
 * Longest sentence kept whole. Longer runs (a list without full stops, or hostile input) are cut
 * at the last ";", "," or space before it, so that the work per sentence stays bounded.
 */
export const MAX_SENTENCE = 2000;

export function splitSentences(text: string, abbreviations: readonly string[]): Sentence[] {
  const abbreviationSet = new Set(abbreviations.map((a) => a.toLowerCase()));
  const sentences: Sentence[] = [];
  let start = 0;
  let quoteDepth = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end) {
      while (s < end && /\s/.test(text[s]!)) s++;
      let e = end;
      if (e - s > MAX_SENTENCE) {
        const window = text.slice(s, s + MAX_SENTENCE);
        const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(','));
        e = s + (cut > MAX_SENTENCE / 2 ? cut + 1 : Math.max(window.lastIndexOf(' '), MAX_SENTENCE / 2));
      }
      const next = e;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
      s = next;
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      push(i);
      quoteDepth = 0;
      continue;
    }
    if (ch === '«') quoteDepth++;
    else if (ch === '»') {
      quoteDepth = Math.max(0, quoteDepth - 1);
      // « Nous viendrons. » La séance … : the quote closes the sentence its period ended.
      if (quoteDepth === 0 && TERMINAL.test(text.slice(start, i).trimEnd().slice(-1)) && opensSentenceAfter(text, i + 1)) {
        push(i + 1);
      }
      continue;
    }
    if (!TERMINAL.test(ch) || quoteDepth > 0) continue;
    let end = i + 1;
    while (end < text.length && (TERMINAL.test(text[end]!) || CLOSERS.test(text[end]!))) {
      if (text[end] === '»') quoteDepth = Math.max(0, quoteDepth - 1);
      end++;
    }
    let next = end;
    while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\u00a0')) next++;
    if (next === end && next < text.length) continue; // "3.5", "J.-C."
    if (next < text.length && !OPENS_SENTENCE.test(text[next]!) && text[next] !== '\n') continue;
    if (ch === '.' && end === i + 1 && isAbbreviation(text, i, abbreviationSet)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

/** White space, then the start of a sentence, after `pos`. */
function opensSentenceAfter(text: string, pos: number): boolean {
  const m = /^[ \t\u00a0]+(.)/u.exec(text.slice(pos, pos + 8));
  return m !== null && OPENS_SENTENCE.test(m[1]!);
}

/** The word before the period at `dot` is an abbreviation or a one-letter initial. */
function isAbbreviation(text: string, dot: number, abbreviations: Set<string>): boolean {
  let s = dot;
  while (s > 0 && !/[\s(«"“]/.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (/^\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}
