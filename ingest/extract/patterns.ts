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
  const source = [...new Set(phrases.flatMap((p) => [p, p.normalize('NFD')]))]
    .sort((a, b) => b.length - a.length)
    .map((p) => {
      const [first, ...rest] = p.split(/\s+/);
      const word = (w: string) => escapeRegExp(w).replace(/['’]/g, "['’]");
      return rest.length === 0 ? word(first!) : `${word(first!)}${adverb}\\s+${rest.map(word).join('\\s+')}`;
    })
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
}
