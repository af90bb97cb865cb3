// runLoadBench's guard: the default fresh store per row needs a Neo4j it may restart, so a shared
// one without restartEmpty is refused up front, before any data is generated or imported.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOAD_OPTIONS, runLoadBench } from '../../../bench/load.ts';

const shared = { uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'unused', database: 'neo4j' };

describe('runLoadBench options', () => {
  it('keeps a fresh store per row as the default', () => {
    expect(DEFAULT_LOAD_OPTIONS.freshStore).toBe(true);
  });

  it('refuses a shared Neo4j it cannot restart unless freshStore is false', async () => {
    const lines: string[] = [];
    await expect(runLoadBench({ nodes: 10, rels: 10, neo4j: shared, log: (l) => lines.push(l) })).rejects.toThrow(/freshStore: false/);
    expect(lines).toEqual([]);
  });
});
