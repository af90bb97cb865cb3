// `npm run seed -- --bulk` on an instance of this file's own (it stops and replaces the store),
// kept standing as `npm run neo4j:start` would, so each load costs one restart: the bulk-loaded
// graph is identical, property by property, to the one the transactional loader MERGEs (so the
// app, the commit's duplicate check and retraction see no difference), with the same schema; it
// refuses a database with data unless told to overwrite, and one that an app uses.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../db/driver.ts';
import { countEntities } from '../../db/schema.ts';
import { BulkLoadRefused, bulkLoad, type BulkLoadOptions } from '../../seed/bulk-load.ts';
import { generateDataset } from '../../bench/generate.ts';
import { readSeed } from '../../seed/read-seed.ts';
import { DatasetValidationError } from '../../seed/dataset.ts';
import { seedDatabase } from '../../seed/seed-database.ts';
import { acquireLocalNeo4j, ensureLocalNeo4j, freePort, statusLocalNeo4j, stopLocalNeo4j } from '../../tools/neo4j/local-neo4j.ts';
import { graphFingerprint, staleDegrees } from '../support/graph-fingerprint.ts';
import { clearDatabase, testDriver, testNeo4j } from '../support/neo4j-context.ts';

const seed = readSeed();
const database = 'neo4j';
const password = 'bulk-test-password';
const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-bulk-'));
let options: BulkLoadOptions;
/** A load restarts the server and runs the import tool's JVM: a minute or more on a loaded machine. */
const SLOW = 300_000;

/** A driver on this file's instance, which bulkLoad leaves standing as it found it. */
async function onInstance<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  const status = await statusLocalNeo4j(dir);
  expect(status).toMatchObject({ state: 'running', standing: true });
  const driver = createDriver({ uri: status.uri!, username: 'neo4j', password, database });
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

const schemaNames = (driver: Driver) =>
  driver
    .executeQuery('SHOW INDEXES YIELD name, type WHERE type <> "LOOKUP" RETURN collect(name) AS names', {}, { database })
    .then((r) => [...(r.records[0]!.get('names') as string[])].sort());

describe('npm run seed -- --bulk', () => {
  let shared: Driver;
  beforeAll(async () => {
    options = {
      local: { dir, boltPort: await freePort(), password, heap: '512m', pagecache: '64m', log: () => undefined },
      target: { username: 'neo4j', password, database },
      overwrite: false,
    };
    await ensureLocalNeo4j(options.local);
    shared = testDriver();
    await clearDatabase(shared);
  }, SLOW);
  afterAll(async () => {
    await clearDatabase(shared);
    await shared.close();
    await stopLocalNeo4j(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'loads the seed into an empty database as the transactional loader does, with the same schema',
    async () => {
      const summary = await bulkLoad(seed, options);
      expect(summary).toMatchObject({ nodes: seed.nodes.length, relationships: seed.relationships.length, articles: seed.articles.length });

      await seedDatabase(shared, testNeo4j().database);
      const [bulkGraph, bulkSchema] = await onInstance((d) => Promise.all([graphFingerprint(d, database), schemaNames(d)]));
      expect(bulkGraph).toBe(await graphFingerprint(shared, testNeo4j().database));
      expect(bulkSchema).toEqual(await schemaNames(shared));
    },
    SLOW,
  );

  it(
    'refuses a database that holds data unless --overwrite, which replaces it (nothing doubled)',
    async () => {
      await expect(bulkLoad(seed, options)).rejects.toThrow(BulkLoadRefused);
      await expect(bulkLoad(seed, options)).rejects.toThrow(/holds \d+ entities.*--overwrite/);
      await bulkLoad(seed, { ...options, overwrite: true });
      expect(await onInstance((d) => countEntities(d, database))).toBe(seed.nodes.length);
    },
    SLOW,
  );

  it(
    'loads a folder validated in the pass that writes its CSV files as the transactional loader does',
    async () => {
      const folder = path.join(dir, 'generated');
      generateDataset({ nodes: 300, rels: 2000, seed: 7, out: folder });
      const summary = await bulkLoad(folder, { ...options, overwrite: true });
      expect(summary).toMatchObject({ nodes: 300, relationships: 2000 });

      await clearDatabase(shared);
      await seedDatabase(shared, testNeo4j().database, { dir: folder });
      expect(await onInstance((d) => graphFingerprint(d, database))).toBe(await graphFingerprint(shared, testNeo4j().database));
    },
    SLOW,
  );

  it(
    'refuses an invalid folder with every problem before stopping the server, the database untouched and no CSV file left',
    async () => {
      const folder = path.join(dir, 'invalid');
      generateDataset({ nodes: 50, rels: 200, seed: 8, out: folder });
      const graphFile = path.join(folder, 'graph.json');
      const graph = JSON.parse(readFileSync(graphFile, 'utf8'));
      graph.relationships[150].to = 'nobody-knows-this-id';
      writeFileSync(graphFile, JSON.stringify(graph));
      const before = await onInstance((d) => graphFingerprint(d, database));
      const pid = (await statusLocalNeo4j(dir)).pid;

      const refused = bulkLoad(folder, { ...options, overwrite: true });
      await expect(refused).rejects.toThrow(DatasetValidationError);
      await expect(refused).rejects.toThrow(/relationships\[150\].*unknown node id "nobody-knows-this-id"/);
      expect((await statusLocalNeo4j(dir)).pid).toBe(pid);
      expect(await onInstance((d) => graphFingerprint(d, database))).toBe(before);
      expect(existsSync(path.join(dir, 'import', 'bulk'))).toBe(false);
    },
    SLOW,
  );

  it(
    'refuses while an app uses the server, and leaves it running',
    async () => {
      const app = await acquireLocalNeo4j(options.local);
      try {
        await expect(bulkLoad(seed, { ...options, overwrite: true })).rejects.toThrow(/1 running app\(s\) use the local Neo4j/);
        expect((await statusLocalNeo4j(dir)).state).toBe('running');
      } finally {
        await app.release();
      }
    },
    SLOW,
  );

  it(
    'loads into a new instance folder without starting a server to ask first, and leaves it stopped as it found it',
    async () => {
      const fresh = mkdtempSync(path.join(os.tmpdir(), 'vj-bulk-fresh-'));
      const lines: string[] = [];
      const local = { ...options.local, dir: fresh, boltPort: await freePort() };
      try {
        const summary = await bulkLoad(seed, { ...options, local, log: (line) => lines.push(line) });
        expect(summary).toMatchObject({ nodes: seed.nodes.length, relationships: seed.relationships.length });
        expect(lines[0]).toMatch(/new instance folder, no database to replace/);
        expect((await statusLocalNeo4j(fresh)).state).toBe('stopped');
        // Started again, it holds the graph, degrees stored.
        const lease = await acquireLocalNeo4j(local);
        const driver = createDriver({ uri: lease.uri, username: 'neo4j', password, database });
        try {
          expect(await countEntities(driver, database)).toBe(seed.nodes.length);
          expect(await staleDegrees(driver, database)).toEqual([]);
        } finally {
          await driver.close();
          await lease.release();
        }
      } finally {
        await stopLocalNeo4j(fresh);
        rmSync(fresh, { recursive: true, force: true });
      }
    },
    SLOW,
  );
});
