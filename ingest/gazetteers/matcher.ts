// One precompiled matcher for many surface forms: a character trie over folded forms, walked
// from every word start of the folded text (leftmost, then longest match; no overlaps). Latin
// edges need a word boundary; Han and kana edges do not (Japanese has no spaces: 群馬県知事).
// Acronyms ("AI", "IT", "HCMC") only match in capitals: "ai" is French ("j'ai").
import { foldName, foldWithOffsets } from './fold.ts';

export interface FormEntry<T> {
  /** The form as written in the data file. */
  form: string;
  value: T;
  /** Only match when the text starts with a capital letter ("Saga", not "la saga"). */
  capitalOnly: boolean;
}

export interface FormHit<T> {
  start: number;
  end: number;
  surface: string;
  entry: FormEntry<T>;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entry?: FormEntry<T>;
  acronym?: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\d. ]+s?$/u;

export class FormMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private readonly exact = new Map<string, FormEntry<T>>();

  /** Throws `onConflict`'s message when two values claim the same folded form. */
  constructor(entries: FormEntry<T>[], onConflict: (folded: string, a: FormEntry<T>, b: FormEntry<T>) => string | null) {
    for (const entry of entries) {
      const folded = foldName(entry.form);
      if (folded === '') continue;
      const seen = this.exact.get(folded);
      if (seen) {
        const problem = onConflict(folded, seen, entry);
        if (problem) throw new Error(problem);
        continue;
      }
      this.exact.set(folded, entry);
      let node = this.root;
      for (const ch of folded) {
        let child = node.next.get(ch);
        if (!child) {
          child = { next: new Map() };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.entry = entry;
      node.acronym = ACRONYM.test(entry.form);
    }
  }

  /** The entry whose form is exactly `name` once folded. */
  lookup(name: string): FormEntry<T> | undefined {
    return this.exact.get(foldName(name));
  }

  /** Every non-overlapping occurrence in `text`, leftmost first, longest at each start. */
  match(text: string): FormHit<T>[] {
    const folded = foldWithOffsets(text);
    const f = folded.text;
    const hits: FormHit<T>[] = [];
    let i = 0;
    while (i < f.length) {
      const atWordStart = i === 0 || !WORD.test(f[i - 1]!);
      if (!atWordStart && !CJK.test(f[i]!)) {
        i++;
        continue;
      }
      let node: TrieNode<T> | undefined = this.root;
      let best: { end: number; entry: FormEntry<T> } | undefined;
      for (let j = i; j < f.length; j++) {
        node = node.next.get(f[j]!);
        if (!node) break;
        if (node.entry && this.acceptable(f, j + 1, node, text, folded.starts[i]!, folded.ends[j]!)) {
          best = { end: j + 1, entry: node.entry };
        }
      }
      if (!best) {
        i++;
        continue;
      }
      const start = folded.starts[i]!;
      const end = folded.ends[best.end - 1]!;
      hits.push({ start, end, surface: text.slice(start, end), entry: best.entry });
      i = best.end;
    }
    return hits;
  }

  /** The start boundary is checked by the caller; this checks the end and the case. */
  private acceptable(f: string, to: number, node: TrieNode<T>, text: string, origStart: number, origEnd: number): boolean {
    if (!CJK.test(f[to - 1]!) && to < f.length && WORD.test(f[to]!)) return false;
    if (node.acronym) {
      const surface = text.slice(origStart, origEnd).replace(/s$/, '');
      if (surface !== surface.toUpperCase()) return false;
    }
    if (node.entry!.capitalOnly) {
      const first = String.fromCodePoint(text.codePointAt(origStart)!);
      if (first !== first.toUpperCase()) return false;
    }
    return true;
  }
}
