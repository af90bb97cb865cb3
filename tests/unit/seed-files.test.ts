// The seed files as committed are valid, and every way of breaking them is reported with the
// file and the entry, before anything reaches a database.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetValidationError, relationshipId } from '../../seed/dataset.ts';
import { DEFAULT_SEED_DIR, readSeed } from '../../seed/read-seed.ts';
import { NODE_LABELS } from '../../contract/model.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the seed folder with graph.json changed by `edit`. */
function brokenSeed(edit: (graph: any) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  dirs.push(dir);
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
  const graph = JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8'));
  edit(graph);
  writeFileSync(path.join(dir, 'graph.json'), JSON.stringify(graph));
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    readSeed(dir);
  } catch (err) {
    if (err instanceof DatasetValidationError) return err.problems;
    throw err;
  }
  throw new Error('expected the seed to be rejected');
}

describe('the committed seed', () => {
  const seed = readSeed();

  it('covers both articles and every label of the model', () => {
    expect(seed.articles.map((a) => a.id).sort()).toEqual(['kyushu-economic-federation-hanoi-visit', 'quang-ninh-local-cooperation-forum']);
    expect(new Set(seed.nodes.map((n) => n.label))).toEqual(new Set(NODE_LABELS));
  });

  it('names all eight Kyushu prefectures as parts of Kyushu', () => {
    const prefectures = seed.relationships.filter((r) => r.type === 'PART_OF' && r.to === 'kyushu').map((r) => r.from);
    expect(prefectures.sort()).toEqual(['fukuoka', 'kagoshima', 'kumamoto', 'miyazaki', 'nagasaki', 'oita', 'okinawa', 'saga']);
  });

  it('has a request for every sector the articles name', () => {
    const requested = new Set(seed.relationships.filter((r) => r.type === 'REQUESTED_COOPERATION_IN').map((r) => r.to));
    for (const sector of [
      'renewable-energy',
      'science-and-technology',
      'infrastructure-development',
      'digital-transformation',
      'green-transformation',
      'environmental-protection',
      'climate-change-response',
      'semiconductors',
      'electronics',
      'artificial-intelligence',
      'big-data',
      'human-resources-training',
      'labour',
      'tourism',
      'culture',
      'investment-and-business',
    ])
      expect(requested, sector).toContain(sector);
  });

  it('records both meetings of the articles', () => {
    const met = seed.relationships.filter((r) => r.type === 'MET_WITH').map((r) => `${r.from}>${r.to}`);
    expect(met).toEqual(
      expect.arrayContaining(['pham-minh-chinh>yamamoto-ichita', 'pham-minh-chinh>takebe-tsutomu', 'bui-thanh-son>kuratomi-sumio']),
    );
  });

  it('quotes every evidence verbatim from its article', () => {
    const text = new Map(seed.articles.map((a) => [a.id, a.text]));
    for (const r of seed.relationships) expect(text.get(r.source), r.id).toContain(r.evidence);
    for (const n of seed.nodes) for (const m of n.mentions) expect(text.get(m.source), n.id).toContain(m.evidence);
  });

  it('gives relationships ids that do not depend on file order', () => {
    const [first] = seed.relationships;
    expect(relationshipId(first!)).toBe(first!.id);
    expect(new Set(seed.relationships.map((r) => r.id)).size).toBe(seed.relationships.length);
  });
});

describe('invalid seed files', () => {
  it.each([
    ['an unknown node id', (g: any) => (g.relationships[0].to = 'nobody'), /relationships\[0\] \(.*\): unknown node id "nobody" in "to"/],
    [
      'a duplicate node id',
      (g: any) => g.nodes.push({ ...g.nodes[0] }),
      /nodes\[\d+\] \(pham-minh-chinh\): duplicate node id "pham-minh-chinh"/,
    ],
    [
      'evidence not in the article',
      (g: any) => (g.relationships[2].evidence = 'Une phrase qui ne figure nulle part.'),
      /relationships\[2\] .*evidence is not verbatim in article/,
    ],
    [
      'an unknown source article',
      (g: any) => (g.nodes[1].mentions[0].source = 'le-monde'),
      /nodes\[1\] .*mentions\[0\]: unknown source article "le-monde"/,
    ],
    ['an unknown label', (g: any) => (g.nodes[0].label = 'Person'), /nodes\[0\]\.label: Invalid option/],
    ['an unknown relationship type', (g: any) => (g.relationships[0].type = 'LIKES'), /relationships\[0\]\.type: Invalid option/],
    ['a node without evidence', (g: any) => (g.nodes[3].mentions = []), /nodes\[3\]\.mentions: every node needs at least one mention/],
    [
      'an unknown askedOf id',
      (g: any) => (g.relationships.find((r: any) => r.properties.askedOf).properties.askedOf = ['ghost']),
      /unknown node id "ghost" in properties.askedOf/,
    ],
    ['a nested property object', (g: any) => (g.nodes[0].properties.extra = { a: 1 }), /nodes\[0\]\.properties\.extra/],
  ])('rejects %s, naming the file and the entry', (_what, edit, message) => {
    const dir = brokenSeed(edit);
    const problems = problemsOf(dir);
    expect(
      problems.some((p) => p.startsWith(path.join(dir, 'graph.json')) && message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('rejects a graph.json that is not JSON', () => {
    const dir = brokenSeed(() => undefined);
    writeFileSync(path.join(dir, 'graph.json'), '{ "nodes": [');
    expect(problemsOf(dir)[0]).toMatch(/graph\.json: .*JSON/);
  });
});
