// The extraction gold set is a valid seed folder and covers what the benchmark claims to
// measure: enough items, the core fact types, seed ids reused and new entities beside them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_TYPES } from '../../../bench/extract-score.ts';
import { readSeed } from '../../../seed/read-seed.ts';

const GOLD_DIR = path.resolve(import.meta.dirname, '../../../ingest/gold');

describe('the extraction gold set', () => {
  const gold = readSeed(GOLD_DIR);
  const seed = readSeed();
  const seedById = new Map(seed.nodes.map((n) => [n.id, n]));

  it('passes the seed validator with at least eight articles of 150–400 words', () => {
    expect(gold.articles.length).toBeGreaterThanOrEqual(8);
    for (const article of gold.articles) {
      const words = article.text.split(/\s+/).filter(Boolean).length;
      expect(words, article.id).toBeGreaterThanOrEqual(150);
      expect(words, article.id).toBeLessThanOrEqual(400);
    }
  });

  it('has no article id of the seed (the bench scores both sets together)', () => {
    const seedIds = new Set(seed.articles.map((a) => a.id));
    for (const article of gold.articles) expect(seedIds.has(article.id), article.id).toBe(false);
  });

  it('annotates every core fact type, with PARTNERS_WITH in more than one article', () => {
    for (const type of FACT_TYPES)
      expect(
        gold.relationships.some((r) => r.type === type),
        type,
      ).toBe(true);
    expect(new Set(gold.relationships.filter((r) => r.type === 'PARTNERS_WITH').map((r) => r.source)).size).toBeGreaterThan(1);
  });

  it('keeps the seed name and label of every seed entity it mentions again, and mentions both known and new ones', () => {
    const reused = gold.nodes.filter((n) => seedById.has(n.id));
    for (const node of reused) {
      expect(node.label, node.id).toBe(seedById.get(node.id)!.label);
      expect(node.name, node.id).toBe(seedById.get(node.id)!.name);
    }
    expect(reused.map((n) => n.id)).toEqual(
      expect.arrayContaining(['pham-minh-chinh', 'yamamoto-ichita', 'gunma', 'hanoi', 'semiconductors']),
    );
    expect(gold.nodes.length - reused.length).toBeGreaterThan(reused.length);
  });

  it('mentions every fact end and every askedOf id in the fact’s own article', () => {
    const mentionedIn = new Set(gold.nodes.flatMap((n) => n.mentions.map((m) => `${m.source} ${n.id}`)));
    for (const rel of gold.relationships) {
      const askedOf = rel.properties.askedOf;
      for (const id of [rel.from, rel.to, ...(Array.isArray(askedOf) ? askedOf : [])]) {
        expect(mentionedIn.has(`${rel.source} ${id}`), `${rel.type} ${rel.from} → ${rel.to}: ${id} in ${rel.source}`).toBe(true);
      }
    }
  });

  it('names old provinces with the province they merged into', () => {
    const successors = Object.fromEntries(gold.nodes.filter((n) => n.properties.successor).map((n) => [n.id, n.properties.successor]));
    expect(successors).toMatchObject({
      'bac-giang': 'bac-ninh',
      'vinh-phuc': 'phu-tho',
      'binh-duong': 'ho-chi-minh-city',
      'hai-duong': 'hai-phong',
    });
  });
});
