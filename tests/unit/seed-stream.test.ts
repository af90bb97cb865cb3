// The streaming seed reader and validator (seed/graph-stream.ts, seed/seed-stream.ts) against
// the in-memory one (readSeed): the same entries out of any valid layout, however the file is
// chunked, and the same problems, word for word, out of every broken folder.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate.ts';
import { DatasetValidationError, relationshipId, type Dataset } from '../../seed/dataset.ts';
import { DEFAULT_SEED_DIR, readSeed } from '../../seed/read-seed.ts';
import { ArticleTexts, openSeedFolder, type DatasetSource } from '../../seed/seed-stream.ts';
import { NotLineLayout, readGraphEntries, readLineEntries, type GraphEntry } from '../../seed/graph-stream.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'vj-seed-stream-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let copies = 0;

/** A copy of the seed folder whose graph.json is `write(graph)`. */
function seedCopy(write: (graph: any) => string = (g) => JSON.stringify(g)): string {
  const dir = path.join(root, `seed-${copies++}`);
  cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
  const graph = JSON.parse(readFileSync(path.join(dir, 'graph.json'), 'utf8'));
  writeFileSync(path.join(dir, 'graph.json'), write(graph));
  return dir;
}
const edited = (edit: (graph: any) => void) =>
  seedCopy((g) => {
    edit(g);
    return JSON.stringify(g, null, 1);
  });

async function collect(source: DatasetSource): Promise<Omit<Dataset, 'articles'> & { articles: string[] }> {
  const out = { articles: [] as string[], nodes: [] as Dataset['nodes'], relationships: [] as Dataset['relationships'] };
  for await (const a of source.articles()) out.articles.push(`${a.id}:${a.text.length}`);
  for await (const item of source.graph()) {
    if ('node' in item) out.nodes.push(item.node);
    else out.relationships.push(item.relationship);
  }
  return out;
}

async function streamProblems(dir: string, opts = {}): Promise<string[]> {
  try {
    await openSeedFolder(dir, opts);
  } catch (err) {
    if (err instanceof DatasetValidationError) return err.problems;
    throw err;
  }
  throw new Error('expected the folder to be rejected');
}
function memoryProblems(dir: string): string[] {
  try {
    readSeed(dir);
  } catch (err) {
    if (err instanceof DatasetValidationError) return err.problems;
    throw err;
  }
  throw new Error('expected the folder to be rejected');
}

describe('a seed folder streamed', () => {
  const seed = readSeed();
  const expected = {
    articles: seed.articles.map((a) => `${a.id}:${a.text.length}`),
    nodes: seed.nodes,
    relationships: seed.relationships,
  };

  // Read 1 byte at a time, the seed takes 4–20 s on two loaded cores (the CI runs this beside Neo4j
  // starting and other files): a limit for a hung read, not a speed check.
  const WHOLE_SEED_LIMIT_MS = 120_000;
  it.each([1, 7, 4096])(
    'reads the committed seed in %i-byte chunks exactly as readSeed does',
    async (chunkBytes) => {
      const source = await openSeedFolder(DEFAULT_SEED_DIR, { chunkBytes });
      expect(source.counts).toEqual({ articles: seed.articles.length, nodes: seed.nodes.length, relationships: seed.relationships.length });
      expect(await collect(source)).toEqual(expected);
    },
    WHOLE_SEED_LIMIT_MS,
  );

  it('reads any valid layout: pretty-printed, on one line, relationships before nodes', async () => {
    const layouts = [
      seedCopy((g) => JSON.stringify(g, null, 2)),
      seedCopy((g) => JSON.stringify(g)),
      seedCopy((g) => JSON.stringify({ relationships: g.relationships, nodes: g.nodes })),
    ];
    for (const dir of layouts) {
      const source = await openSeedFolder(dir, { chunkBytes: 13 });
      expect(source.counts.relationships).toBe(seed.relationships.length);
      expect(await collect(source)).toEqual(expected);
    }
  });

  it('shows an observer every entry once as it validates, nodes first, relationships with their ids, whatever the layout', async () => {
    const orders = [
      seedCopy((g) => JSON.stringify(g)),
      seedCopy((g) => JSON.stringify({ relationships: g.relationships, nodes: g.nodes })),
    ];
    for (const dir of orders) {
      const seen = { nodes: [] as Dataset['nodes'], relationships: [] as Dataset['relationships'], relationshipsBeforeLastNode: 0 };
      await openSeedFolder(dir, {
        observe: {
          node: (n) => {
            seen.nodes.push(n);
            seen.relationshipsBeforeLastNode = seen.relationships.length;
          },
          relationship: (r) => seen.relationships.push(r),
        },
      });
      expect(seen).toEqual({ nodes: seed.nodes, relationships: seed.relationships, relationshipsBeforeLastNode: 0 });
    }
  });

  it('validates with a text cache smaller than the number of articles', async () => {
    const dir = path.join(root, 'generated');
    generateDataset({ nodes: 300, rels: 2000, seed: 3, out: dir });
    const whole = readSeed(dir);
    expect(whole.articles.length).toBeGreaterThan(10);
    const source = await openSeedFolder(dir, { textCacheSize: 2, chunkBytes: 1000 });
    const streamed = await collect(source);
    expect(streamed.nodes).toEqual(whole.nodes);
    expect(streamed.relationships).toEqual(whole.relationships);

    // A wrong evidence sentence is still caught when its article has long left the cache.
    const graphFile = path.join(dir, 'graph.json');
    const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
    graph.relationships.at(-1).source = graph.relationships[0].source;
    writeFileSync(graphFile, JSON.stringify(graph));
    const problems = await streamProblems(dir, { textCacheSize: 1 });
    expect(problems).toEqual(memoryProblems(dir));
    expect(problems.join('\n')).toMatch(/relationships\[1999\] .*evidence is not verbatim in article/);
  });
});

describe('the article text cache', () => {
  it('keeps at most its capacity, the most recently used, and reads a text again once evicted', () => {
    const dir = path.join(root, 'texts');
    cpSync(DEFAULT_SEED_DIR, dir, { recursive: true });
    const files = new Map(readSeed(dir).articles.map((a) => [a.id, a.file!]));
    const [a, b] = [...files.keys()];
    const texts = new ArticleTexts(dir, files, 1);
    expect(texts.text(a!)).toContain('Vi');
    texts.text(a!);
    expect(texts.reads).toBe(1);
    texts.text(b!);
    expect(texts.size).toBe(1);
    texts.text(a!);
    expect(texts.reads).toBe(3);
  });
});

describe('an invalid folder streamed', () => {
  it.each([
    ['an unknown node id', (g: any) => (g.relationships[0].to = 'nobody')],
    ['a duplicate node id', (g: any) => g.nodes.push({ ...g.nodes[0] })],
    ['evidence not in the article', (g: any) => (g.relationships[2].evidence = 'Une phrase qui ne figure nulle part.')],
    ['an unknown source article', (g: any) => (g.nodes[1].mentions[0].source = 'le-monde')],
    ['an unknown label', (g: any) => (g.nodes[0].label = 'Person')],
    ['an unknown relationship type', (g: any) => (g.relationships[0].type = 'LIKES')],
    ['a node without evidence', (g: any) => (g.nodes[3].mentions = [])],
    ['an unknown askedOf id', (g: any) => (g.relationships.find((r: any) => r.properties.askedOf).properties.askedOf = ['ghost'])],
    ['a nested property object', (g: any) => (g.nodes[0].properties.extra = { a: 1 })],
    ['a self-loop', (g: any) => (g.relationships[1].to = g.relationships[1].from)],
    ['a duplicate relationship, twice', (g: any) => g.relationships.push({ ...g.relationships[4] }, { ...g.relationships[4] })],
    ['no relationships key', (g: any) => delete g.relationships],
    ['an unknown top-level key', (g: any) => (g.edges = [])],
    ['nodes that are not an array', (g: any) => (g.nodes = { a: 1 })],
    ['nodes that are a number', (g: any) => (g.nodes = 5)],
  ])('reports %s in the same words as readSeed', async (_what, edit) => {
    const dir = edited(edit);
    const expected = memoryProblems(dir);
    expect(expected.length).toBeGreaterThan(0);
    expect((await streamProblems(dir, { chunkBytes: 64 })).sort()).toEqual([...expected].sort());
  });

  // A regression: the second pass such a file needs skipped its relationships, unchecked and uncounted.
  it.each([
    ['an unknown node id', (g: any) => (g.relationships[0].to = 'nobody')],
    ['evidence not in the article', (g: any) => (g.relationships[2].evidence = 'Une phrase qui ne figure nulle part.')],
    ['a duplicate relationship', (g: any) => g.relationships.push({ ...g.relationships[4] })],
  ])('reports %s when the relationships come before the nodes', async (_what, edit) => {
    const dir = seedCopy((g) => {
      edit(g);
      return JSON.stringify({ relationships: g.relationships, nodes: g.nodes });
    });
    const expected = memoryProblems(dir);
    expect(expected.length).toBeGreaterThan(0);
    expect((await streamProblems(dir)).sort()).toEqual([...expected].sort());
  });

  it('tells a different fact whose id collides from a repeated fact', async () => {
    // Two facts of a generated 500k/5M folder (seed 1) whose ids share their 40-bit hash.
    const colliding = [
      {
        type: 'MET_WITH',
        from: 'phan-thi-nam-195',
        to: 'tanaka-emi-27103',
        properties: { date: '2023-08-01', place: 'da-nang-industrial-zone-18' },
        source: 'news-0008857',
        evidence: 'Phan Thị Nam received Tanaka Emi in Đà Nẵng Industrial Zone 18 on 1 August 2023.',
      },
      {
        type: 'MET_WITH',
        from: 'suzuki-taro-275376',
        to: 'lam-huu-an-152592',
        properties: { date: '2015-10-02', place: 'quang-ngai-industrial-zone-4' },
        source: 'news-0197937',
        evidence: 'On 2 October 2015, Suzuki Taro met Lâm Hữu An in Quảng Ngãi Industrial Zone 4.',
      },
    ];
    expect(relationshipId(colliding[0] as any)).toBe(relationshipId(colliding[1] as any));
    const dir = edited((g) => g.relationships.push(...colliding));
    const problems = await streamProblems(dir, { chunkBytes: 64 });
    expect([...problems].sort()).toEqual([...memoryProblems(dir)].sort());
    expect(problems.join('\n')).toMatch(/its id "met-with\.e6efb90ba1" is also that of relationships\[\d+\], a different fact/);
    expect(problems.join('\n')).not.toMatch(/duplicate of an earlier relationship/);
  });

  it('reports a top level that is not an object as readSeed does', async () => {
    const dir = seedCopy(() => '[1, [2]]');
    expect(await streamProblems(dir)).toEqual(memoryProblems(dir));
  });

  it('reports a graph.json that is not JSON, cut short or malformed', async () => {
    for (const text of ['{ "nodes": [', '{ "nodes": [}', '']) {
      const dir = seedCopy(() => text);
      const problems = await streamProblems(dir);
      expect(problems, text).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${path.join(dir, 'graph.json')}: not valid JSON: `));
    }
  });

  it('reports a missing text file and a missing graph.json by name, as readSeed does', async () => {
    const dir = seedCopy();
    const [first] = readSeed(dir).articles;
    unlinkSync(path.join(dir, first!.file!));
    expect(await streamProblems(dir)).toEqual([
      `${path.join(dir, 'articles.json')}: [0] (${first!.id}): article text ${first!.file} not found`,
    ]);
    expect(memoryProblems(dir)).toEqual(await streamProblems(dir));

    const noGraph = seedCopy();
    unlinkSync(path.join(noGraph, 'graph.json'));
    expect((await streamProblems(noGraph))[0]).toMatch(/graph\.json: ENOENT/);
  });
});

describe("graph.json in the generator's line layout (the fast path)", () => {
  const dir = path.join(root, 'generated-lines');
  generateDataset({ nodes: 60, rels: 200, seed: 5, out: dir });
  const file = path.join(dir, 'graph.json');
  const text = readFileSync(file, 'utf8');
  const entries = async (f: string, lines: boolean) => {
    const out: GraphEntry[] = [];
    for await (const e of readGraphEntries(f, { lines })) out.push(e);
    return out;
  };
  const variant = (name: string, content: string) => {
    const f = path.join(root, `${name}.json`);
    writeFileSync(f, content);
    return f;
  };

  it('yields what the tokenizer yields, entry for entry, nodes-done included', async () => {
    const tokens = await entries(file, false);
    expect(tokens.filter((e) => e.kind === 'relationship')).toHaveLength(200);
    expect(await entries(file, true)).toEqual(tokens);
    // And it was the fast path that read them.
    const fast: GraphEntry[] = [];
    for await (const e of readLineEntries(file)) fast.push(e);
    expect(fast).toEqual(tokens);
  });

  it('hands over to the tokenizer when a later line leaves the layout, each entry yielded once', async () => {
    // Valid JSON still: the 31st node spread over several lines.
    const lines = text.split('\n');
    lines[31] = JSON.stringify(JSON.parse(lines[31]!.replace(/,$/, '')), null, 2) + ',';
    const spread = variant('spread', lines.join('\n'));
    expect(await entries(spread, true)).toEqual(await entries(file, false));
    await expect(async () => {
      for await (const _ of readLineEntries(spread));
    }).rejects.toThrow(NotLineLayout);
  });

  it('reports what the tokenizer reports: a missing comma, an entry that breaks its schema', async () => {
    const lines = text.split('\n');
    const noComma = variant('no-comma', [lines[0], lines[1]!.replace(/,$/, ''), ...lines.slice(2)].join('\n'));
    const lineProblems = (await entries(noComma, true)).filter((e) => e.kind === 'problem');
    expect(lineProblems).toHaveLength(1);
    expect(lineProblems).toEqual((await entries(noComma, false)).filter((e) => e.kind === 'problem'));
    const badLabel = variant('bad-label', text.replace('"label":"Country"', '"label":"Planet"'));
    const problems = (await entries(badLabel, true)).filter((e) => e.kind === 'problem');
    expect(problems).toHaveLength(1);
    expect(problems).toEqual((await entries(badLabel, false)).filter((e) => e.kind === 'problem'));
  });
});
