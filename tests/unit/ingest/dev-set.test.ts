// The development set (ingest/dev/) is a valid seed folder like the gold set, with its own
// articles and names: the rules are tuned on it, so it must share nothing with the held-out set.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_TYPES } from '../../../bench/extract-score.ts';
import { readSeed } from '../../../seed/read-seed.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the extraction development set', () => {
  const dev = readSeed(path.join(root, 'ingest/dev'));
  const gold = readSeed(path.join(root, 'ingest/gold'));
  const seed = readSeed();

  it('passes the seed validator with at least twelve articles of 120–300 words', () => {
    expect(dev.articles.length).toBeGreaterThanOrEqual(12);
    for (const article of dev.articles) {
      const words = article.text.split(/\s+/).filter(Boolean).length;
      expect(words, article.id).toBeGreaterThanOrEqual(120);
      expect(words, article.id).toBeLessThanOrEqual(300);
    }
  });

  it('shares no article, text or official with the gold set or the seed (it is tuned on; they are not)', () => {
    const others = [...gold.articles, ...seed.articles];
    for (const article of dev.articles) {
      expect(
        others.some((o) => o.id === article.id || o.text === article.text),
        article.id,
      ).toBe(false);
    }
    const officials = (nodes: typeof dev.nodes) => new Set(nodes.filter((n) => n.label === 'Official').map((n) => n.id));
    const devOfficials = officials(dev.nodes);
    for (const id of [...officials(gold.nodes), ...officials(seed.nodes)]) expect(devOfficials.has(id), id).toBe(false);
  });

  it('annotates every core fact type, PARTNERS_WITH in more than one article, with fact ends mentioned in the fact’s article', () => {
    for (const type of FACT_TYPES)
      expect(
        dev.relationships.some((r) => r.type === type),
        type,
      ).toBe(true);
    expect(new Set(dev.relationships.filter((r) => r.type === 'PARTNERS_WITH').map((r) => r.source)).size).toBeGreaterThan(1);
    const mentionedIn = new Set(dev.nodes.flatMap((n) => n.mentions.map((m) => `${m.source} ${n.id}`)));
    for (const rel of dev.relationships) {
      for (const id of [rel.from, rel.to]) expect(mentionedIn.has(`${rel.source} ${id}`), `${rel.type} ${rel.from} → ${rel.to}`).toBe(true);
    }
  });

  it('names a province merged in July 2025 with its successor', () => {
    expect(dev.nodes.find((n) => n.id === 'binh-dinh')?.properties.successor).toBe('gia-lai');
  });
});
