// The synthetic generator is deterministic and writes data the seed validator accepts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate.ts';
import { readSeed } from '../../seed/read-seed.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'vj-gen-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const generate = (name: string, seed: number) => generateDataset({ nodes: 300, rels: 2000, seed, out: path.join(root, name) });

describe('generateDataset', () => {
  it('writes the same files for the same seed, and different ones for another seed', () => {
    generate('a', 1);
    generate('b', 1);
    generate('c', 2);
    const graph = (name: string) => readFileSync(path.join(root, name, 'graph.json'), 'utf8');
    expect(graph('a')).toBe(graph('b'));
    expect(graph('a')).not.toBe(graph('c'));
  });

  it('produces data the seed validator accepts: every evidence verbatim, every id known', () => {
    const summary = generate('d', 7);
    const dataset = readSeed(path.join(root, 'd'));
    expect(dataset.nodes).toHaveLength(summary.nodes);
    expect(dataset.relationships).toHaveLength(2000);
  });

  it('has the skew of real news: few sectors, many officials, hubs with many relationships', () => {
    generate('e', 3);
    const dataset = readSeed(path.join(root, 'e'));
    const count = (label: string) => dataset.nodes.filter((n) => n.label === label).length;
    expect(count('Official')).toBeGreaterThan(10 * count('Sector'));
    const degree = new Map<string, number>();
    for (const r of dataset.relationships) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const degrees = [...degree.values()].sort((a, b) => b - a);
    const median = degrees[Math.floor(degrees.length / 2)]!;
    expect(degrees[0]!).toBeGreaterThan(20 * median);
  });
});
