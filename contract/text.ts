// Name folding shared by search, ingestion and the generator, so a name is compared the same
// way everywhere (and as Neo4j's 'standard-folding' analyzer compares it in the index).

/** Strips diacritics (Phạm → Pham, Đà → Da); case and punctuation are kept. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** A kebab-case slug: folded, lower case, runs of anything else become one hyphen. */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
