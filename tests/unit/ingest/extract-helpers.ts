// Shared by the extraction tests: run the extractor on a text and read facts back compactly.
import { expect } from 'vitest';
import { draftSchema, type Draft, type ExtractRequest } from '../../../contract/ingest.ts';
import { extractDraft } from '../../../ingest/index.ts';

export function draftOf(text: string, extra: Partial<ExtractRequest> = {}): Draft {
  const draft = extractDraft({ text, language: 'fr', ...extra });
  expectSound(draft);
  return draft;
}

/** "from -> to" of every fact of a type. */
export function facts(draft: Draft, type: string): string[] {
  return draft.relationships.filter((r) => r.type === type).map((r) => `${r.from} -> ${r.to}`);
}

export function fact(draft: Draft, type: string, from: string, to: string) {
  const found = draft.relationships.find((r) => r.type === type && r.from === from && r.to === to);
  expect(found, `${type} ${from} -> ${to} in ${JSON.stringify(facts(draft, type))}`).toBeDefined();
  return found!;
}

export function nodeOf(draft: Draft, id: string) {
  const found = draft.nodes.find((n) => n.id === id);
  expect(found, `node ${id} among ${draft.nodes.map((n) => n.id).join(', ')}`).toBeDefined();
  return found!;
}

/** The draft parses, every evidence is a span of the text, every fact's ends are nodes. */
export function expectSound(draft: Draft): void {
  expect(() => draftSchema.parse(draft)).not.toThrow();
  const { text, id } = draft.articles[0]!;
  const ids = new Set(draft.nodes.map((n) => n.id));
  for (const n of draft.nodes) {
    expect(n.mentions.length).toBeGreaterThan(0);
    for (const m of n.mentions) {
      expect(m.source).toBe(id);
      expect(text).toContain(m.evidence);
    }
    for (const s of n.review.spans) expect(s.end).toBeLessThanOrEqual(text.length);
  }
  for (const r of draft.relationships) {
    expect(ids.has(r.from) && ids.has(r.to), `${r.type} ${r.from} -> ${r.to}`).toBe(true);
    const [span] = r.review.spans;
    expect(text.slice(span!.start, span!.end)).toBe(r.evidence);
    for (const asked of (r.properties.askedOf as string[] | undefined) ?? []) expect(ids.has(asked)).toBe(true);
  }
}
