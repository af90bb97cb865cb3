// The development set (ingest/dev/) is a valid seed folder, its annotation sound: every fact end
// and askedOf id mentioned in the fact's article, seed entities under their seed id and name. It
// holds the former gold set (items 28–37, spent), which reuses seed officials on purpose.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_TYPES } from '../../../bench/extract-score.ts';
import { readSeed } from '../../../seed/read-seed.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the extraction development set', () => {
  const dev = readSeed(path.join(root, 'ingest/dev'));
  const seed = readSeed();
  const seedById = new Map(seed.nodes.map((n) => [n.id, n]));

  it('passes the seed validator with its 72 articles of 120–400 words', () => {
    expect(dev.articles.length).toBe(72);
    for (const article of dev.articles) {
      const words = article.text.split(/\s+/).filter(Boolean).length;
      expect(words, article.id).toBeGreaterThanOrEqual(120);
      expect(words, article.id).toBeLessThanOrEqual(400);
    }
  });

  it('shares no article or text with the seed (the bench scores both together)', () => {
    for (const article of dev.articles) {
      expect(
        seed.articles.some((o) => o.id === article.id || o.text === article.text),
        article.id,
      ).toBe(false);
    }
  });

  it('keeps the seed name and label of every seed entity it mentions again, so resolution is scored on them', () => {
    const reused = dev.nodes.filter((n) => seedById.has(n.id));
    for (const node of reused) {
      expect(node.label, node.id).toBe(seedById.get(node.id)!.label);
    }
    for (const id of ['pham-minh-chinh', 'yamamoto-ichita', 'kuratomi-sumio', 'bui-thanh-son'])
      expect(dev.nodes.find((n) => n.id === id)?.name, id).toBe(seedById.get(id)!.name);
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
      const askedOf = rel.properties.askedOf;
      for (const id of [rel.from, rel.to, ...(Array.isArray(askedOf) ? askedOf : [])])
        expect(mentionedIn.has(`${rel.source} ${id}`), `${rel.type} ${rel.from} → ${rel.to}: ${id} in ${rel.source}`).toBe(true);
    }
  });

  it('follows the REPRESENTS convention: a title naming a governing body represents the body, not its place', () => {
    const byId = new Map(dev.nodes.map((n) => [n.id, n]));
    for (const rel of dev.relationships.filter((r) => r.type === 'REPRESENTS')) {
      const role = String(rel.properties.role ?? '');
      if (/Comité|Conseil|Assemblée/.test(role)) expect(byId.get(rel.to)?.label, `${rel.from} → ${rel.to} (${role})`).toBe('Organization');
    }
  });

  it('names provinces merged in July 2025 with their successor', () => {
    const successors = Object.fromEntries(dev.nodes.filter((n) => n.properties.successor).map((n) => [n.id, n.properties.successor]));
    expect(successors).toMatchObject({ 'binh-dinh': 'gia-lai', 'bac-giang': 'bac-ninh', 'vinh-phuc': 'phu-tho', 'hai-duong': 'hai-phong' });
  });
});
