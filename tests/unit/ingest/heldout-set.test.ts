// The held-out extraction set (ingest/heldout/) is the measure the team reports, so it must be a
// valid seed folder that owes nothing to the sets the rules were tuned on: no article text and no
// official shared with the dev set, the old gold set (while it exists) or the seed, except the
// seed officials it reuses on purpose so that resolution to existing nodes is scored; and every
// evidence must be a whole sentence of its article, as the annotation rules require.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_TYPES } from '../../../bench/extract-score.ts';
import { foldDiacritics } from '../../../contract/text.ts';
import type { Dataset } from '../../../seed/dataset.ts';
import { readSeed } from '../../../seed/read-seed.ts';

const root = path.resolve(import.meta.dirname, '../../..');
/** The seed officials the held-out items may name again (in at most two items). */
const REUSED_SEED_OFFICIALS = new Set(['pham-minh-chinh', 'bui-thanh-son', 'yamamoto-ichita', 'kuratomi-sumio']);

/** An official's names compared without diacritics, case or name order ("Ōta Masanori" = "masanori ota"). */
const nameKey = (name: string) =>
  foldDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .sort()
    .join(' ');

/**
 * Whether `evidence` is one whole sentence of `text`: it starts the text, a line or follows a
 * sentence end, it ends with a sentence end, and no sentence end falls inside it ("M." before a
 * name is an abbreviation, not an end).
 */
function isWholeSentence(text: string, evidence: string): boolean {
  const END = /[.!?]»?$/;
  const INNER_END = /(?<!\bM)[.!?]»?\s+(?=[A-ZÀ-ÝĐ«0-9])/u;
  if (!END.test(evidence) || INNER_END.test(evidence)) return false;
  for (let at = text.indexOf(evidence); at >= 0; at = text.indexOf(evidence, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + evidence.length);
    if ((before === '' || /\n\s*$/.test(before) || /[.!?]»?[ \t]+$/.test(before)) && (after === '' || /^\s/.test(after))) return true;
  }
  return false;
}

describe('the held-out extraction set', () => {
  const heldout = readSeed(path.join(root, 'ingest/heldout'));
  const seed = readSeed();
  const dev = readSeed(path.join(root, 'ingest/dev'));
  // Another branch folds ingest/gold into ingest/dev; while it exists it must be kept apart too.
  const goldDir = path.join(root, 'ingest/gold');
  const others: Dataset[] = [seed, dev, ...(existsSync(goldDir) ? [readSeed(goldDir)] : [])];
  const seedById = new Map(seed.nodes.map((n) => [n.id, n]));

  it('passes the seed validator with twelve articles of 150–450 words, each its own outlet and without a URL', () => {
    expect(heldout.articles).toHaveLength(12);
    for (const article of heldout.articles) {
      const words = article.text.split(/\s+/).filter(Boolean).length;
      expect(words, article.id).toBeGreaterThanOrEqual(150);
      expect(words, article.id).toBeLessThanOrEqual(450);
      expect(article.outlet, article.id).toMatch(/^Held-out set/);
      expect(article.url, article.id).toBeUndefined();
    }
  });

  it('shares no article id or text with the seed, the dev set or the gold set', () => {
    const ids = new Set(others.flatMap((d) => d.articles.map((a) => a.id)));
    const texts = new Set(others.flatMap((d) => d.articles.map((a) => a.text.trim())));
    for (const article of heldout.articles) {
      expect(ids.has(article.id), article.id).toBe(false);
      expect(texts.has(article.text.trim()), article.id).toBe(false);
    }
  });

  it('shares no official with the other sets but the seed officials it reuses, which keep their seed node and appear in at most two items', () => {
    const officials = heldout.nodes.filter((n) => n.label === 'Official');
    const invented = officials.filter((n) => !REUSED_SEED_OFFICIALS.has(n.id));
    const takenIds = new Set(others.flatMap((d) => d.nodes.filter((n) => n.label === 'Official').map((n) => n.id)));
    const takenNames = new Set(others.flatMap((d) => d.nodes.filter((n) => n.label === 'Official').map((n) => nameKey(n.name))));
    for (const official of invented) {
      expect(takenIds.has(official.id), official.id).toBe(false);
      expect(takenNames.has(nameKey(official.name)), official.name).toBe(false);
    }
    const reused = officials.filter((n) => REUSED_SEED_OFFICIALS.has(n.id));
    expect(reused.length).toBeGreaterThan(0);
    for (const official of reused) expect(seedById.get(official.id)?.name, official.id).toBe(official.name);
    expect(new Set(reused.flatMap((n) => n.mentions.map((m) => m.source))).size).toBeLessThanOrEqual(2);
  });

  it('keeps the seed name and label of every seed entity it names again', () => {
    for (const node of heldout.nodes.filter((n) => seedById.has(n.id))) {
      expect(node.name, node.id).toBe(seedById.get(node.id)!.name);
      expect(node.label, node.id).toBe(seedById.get(node.id)!.label);
    }
  });

  it('quotes a whole sentence of its article as every evidence', () => {
    const textOf = new Map(heldout.articles.map((a) => [a.id, a.text]));
    const evidences = [
      ...heldout.nodes.flatMap((n) => n.mentions.map((m) => ({ what: `${n.id} in ${m.source}`, ...m }))),
      ...heldout.relationships.map((r) => ({ what: `${r.type} ${r.from} → ${r.to}`, source: r.source, evidence: r.evidence })),
    ];
    for (const { what, source, evidence } of evidences) expect(isWholeSentence(textOf.get(source)!, evidence), what).toBe(true);
  });

  it('annotates every core fact type, with both ends and every askedOf mentioned in the fact’s article', () => {
    for (const type of FACT_TYPES)
      expect(
        heldout.relationships.some((r) => r.type === type),
        type,
      ).toBe(true);
    expect(new Set(heldout.relationships.filter((r) => r.type === 'PARTNERS_WITH').map((r) => r.source)).size).toBeGreaterThan(2);
    const mentionedIn = new Set(heldout.nodes.flatMap((n) => n.mentions.map((m) => `${m.source} ${n.id}`)));
    for (const rel of heldout.relationships) {
      const askedOf = Array.isArray(rel.properties.askedOf) ? rel.properties.askedOf : [];
      for (const id of [rel.from, rel.to, ...askedOf])
        expect(mentionedIn.has(`${rel.source} ${String(id)}`), `${rel.type} ${rel.from} → ${rel.to}: ${String(id)}`).toBe(true);
    }
  });

  it('names provinces merged in July 2025 as their own nodes with their successor', () => {
    const successors = Object.fromEntries(heldout.nodes.filter((n) => n.properties.successor).map((n) => [n.id, n.properties.successor]));
    expect(successors).toMatchObject({
      'binh-duong': 'ho-chi-minh-city',
      'vinh-phuc': 'phu-tho',
      'ha-nam': 'ninh-binh',
      'long-an': 'tay-ninh',
      'tien-giang': 'dong-thap',
      'ben-tre': 'vinh-long',
      'bac-giang': 'bac-ninh',
    });
  });
});

describe('isWholeSentence', () => {
  const text = 'Hanoï, 5 mars (VNA) – M. Lê a reçu M. Sato. Il a proposé de coopérer.\nLa suite « citée ». Fin.';
  it('accepts whole sentences, the first, one after an abbreviation and one after a line break', () => {
    expect(isWholeSentence(text, 'Hanoï, 5 mars (VNA) – M. Lê a reçu M. Sato.')).toBe(true);
    expect(isWholeSentence(text, 'Il a proposé de coopérer.')).toBe(true);
    expect(isWholeSentence(text, 'La suite « citée ».')).toBe(true);
  });
  it('refuses a clause, two sentences and a sentence cut short', () => {
    expect(isWholeSentence(text, 'a proposé de coopérer.')).toBe(false);
    expect(isWholeSentence(text, 'M. Lê a reçu M. Sato. Il a proposé de coopérer.')).toBe(false);
    expect(isWholeSentence(text, 'Il a proposé de coopérer')).toBe(false);
  });
});
