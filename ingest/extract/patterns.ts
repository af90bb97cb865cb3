// Turning a language's phrase lists into regular expressions: longest phrase first, any run of
// white space between words, either apostrophe, and word boundaries that know accented letters.

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation source for the phrases, longest first ("vice-ministre" before "ministre"), each
 * also in decomposed form: a text in NFD ("e" + combining accent) matches too, offsets unchanged.
 */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.flatMap((p) => [p, p.normalize('NFD')]))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]"))
    .join('|');
}

/** A global, case-insensitive regex matching any of the phrases as whole words. */
export function phraseRegex(phrases: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(phrases)})(?![\\p{L}\\p{N}])`, flags);
}

/** NFC, lower case, diacritics kept, apostrophes unified: the key of a phrase in a lexicon. */
export function phraseKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Verb phrases, with room for an adverb after the auxiliary ("a également demandé",
 * "s'est aussi entretenu avec").
 */
export function verbRegex(phrases: readonly string[], adverbs: readonly string[]): RegExp {
  // "a également demandé", "a, pour sa part, demandé".
  const adverb = `(?:\\s*,?\\s+(?:${alternation(adverbs)})\\s*,?)?`;
  const word = (w: string) => escapeRegExp(w).replace(/['’]/g, "['’]");
  // Grouped by first word, the adverb written once per group: the pattern stays small (one copy
  // per phrase made it hundreds of kilobytes, and slow to match, once the visit forms multiplied).
  const groups = new Map<string, string[]>();
  for (const p of new Set(phrases.flatMap((p) => [p, p.normalize('NFD')]))) {
    const [first, ...rest] = p.split(/\s+/);
    const list = groups.get(first!) ?? [];
    list.push(rest.map(word).join('\\s+'));
    groups.set(first!, list);
  }
  const source = [...groups.entries()]
    .sort(([a], [b]) => b.length - a.length)
    .map(([first, rests]) => {
      const longer = [...new Set(rests.filter(Boolean))].sort((a, b) => b.length - a.length);
      const alone = rests.includes('');
      if (longer.length === 0) return word(first);
      return `${word(first)}(?:${adverb}\\s+(?:${longer.join('|')})${alone ? ')?' : ')'}`;
    })
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
}
