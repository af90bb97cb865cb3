// Schema and seed against the real Neo4j: counts, idempotence, evidence, atomicity.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDataset } from '../../bench/generate.ts';
import { DatasetValidationError } from '../../seed/dataset.ts';
import { loadDataset } from '../../seed/load.ts';
import { readSeed } from '../../seed/read-seed.ts';
import { applySchema, graphCounts } from '../../db/schema.ts';
import { seedDatabase } from '../../seed/seed-database.ts';
import { REL_TYPES } from '../../contract/model.ts';
import { graphFingerprint, staleDegrees } from '../support/graph-fingerprint.ts';
import { clearDatabase, testDriver, testNeo4j } from '../support/neo4j-context.ts';

const seed = readSeed();
const countBy = <T>(items: T[], key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ((acc[key(item)] = (acc[key(item)] ?? 0) + 1), acc), {});

const fingerprint = (driver: Driver) => graphFingerprint(driver, testNeo4j().database);

describe('seeding the real Neo4j', () => {
  let driver: Driver;
  const database = testNeo4j().database;

  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    await seedDatabase(driver, database);
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it('applies the constraints and the diacritics-folding full-text index', async () => {
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names', {}, { database });
    const names: string[] = constraints.records[0]!.get('names');
    expect(names).toEqual(expect.arrayContaining(['entity_id', 'official_id', 'sector_id', 'prefecture_id', 'article_id']));
    // Every relationship type has its id constraint, named after the type.
    expect(names).toEqual(expect.arrayContaining(REL_TYPES.map((t) => `${t.toLowerCase()}_id`)));
    const index = await driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = 'entity_names' RETURN labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer",
      {},
      { database },
    );
    expect(index.records[0]!.toObject()).toEqual({
      labelsOrTypes: ['Entity'],
      properties: ['name', 'aliases'],
      analyzer: 'standard-folding',
    });
  });

  it('loads every node and relationship of the seed, by label and type', async () => {
    const counts = await graphCounts(driver, database);
    expect(counts.labels).toEqual(countBy(seed.nodes, (n) => n.label));
    expect(counts.types).toEqual(countBy(seed.relationships, (r) => r.type));
  });

  it("stores every entity's degree, and applySchema stores those a database lacks", async () => {
    expect(await staleDegrees(driver, database)).toEqual([]);
    // As a database written before degrees were stored, or by neo4j-admin import, has them.
    await driver.executeQuery('MATCH (n:Entity) WHERE n.id STARTS WITH "k" OR n.id STARTS WITH "p" REMOVE n.degree', {}, { database });
    expect((await staleDegrees(driver, database)).length).toBeGreaterThan(3);
    await applySchema(driver, database);
    expect(await staleDegrees(driver, database)).toEqual([]);
  });

  it('leaves an identical graph when run twice', async () => {
    const before = await fingerprint(driver);
    await seedDatabase(driver, database);
    expect(await fingerprint(driver)).toBe(before);
  });

  it('stores evidence that is verbatim in the cited article, for every relationship', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (:Entity)-[r]->(:Entity)
       OPTIONAL MATCH (a:Article {id: r.source})
       RETURN r.id AS id, a IS NOT NULL AS hasArticle, a.text CONTAINS r.evidence AS verbatim`,
      {},
      { database },
    );
    expect(records.length).toBe(seed.relationships.length);
    for (const r of records) expect(r.toObject(), r.get('id')).toMatchObject({ hasArticle: true, verbatim: true });
  });

  it('stores article metadata, recording that the year is inferred', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (a:Article) RETURN a.id AS id, a.date AS date, a.inferredDate AS inferred ORDER BY id',
      {},
      { database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { id: 'kyushu-economic-federation-hanoi-visit', date: null, inferred: '2025-03-05' },
      { id: 'quang-ninh-local-cooperation-forum', date: null, inferred: '2023-11-25' },
    ]);
  });

  it('changes nothing when a load fails part-way', async () => {
    const before = await fingerprint(driver);
    // Valid-looking data whose last relationship points at a node that does not exist: the loader
    // has already merged new nodes in the same transaction when it fails.
    const broken = {
      articles: seed.articles,
      nodes: [...seed.nodes, { ...seed.nodes[0]!, id: 'someone-new', name: 'Someone New' }],
      relationships: [...seed.relationships, { ...seed.relationships[0]!, id: 'dangling.1', to: 'missing-node' }],
    };
    await expect(loadDataset(driver, broken, { database })).rejects.toThrow(/found both ends/);
    expect(await fingerprint(driver)).toBe(before);
  });

  it('refuses a relationship id reused between other nodes, changing nothing', async () => {
    const before = await fingerprint(driver);
    const [first, other] = [
      seed.relationships[0]!,
      seed.relationships.find((r) => r.type === seed.relationships[0]!.type && r.from !== seed.relationships[0]!.from)!,
    ];
    const reused = { ...seed, relationships: [...seed.relationships, { ...other, id: first.id }] };
    await expect(loadDataset(driver, reused, { database })).rejects.toThrow(/already exists|constraint/i);
    expect(await fingerprint(driver)).toBe(before);
  });

  it('validates the files before touching the database', async () => {
    await expect(seedDatabase(driver, database, { dir: '/nonexistent-seed-dir' })).rejects.toThrow(/articles\.json/);
  });
});

describe('a folder loaded through the stream', () => {
  let driver: Driver;
  const database = testNeo4j().database;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-seed-stream-load-'));
  const folder = path.join(dir, 'generated');
  generateDataset({ nodes: 300, rels: 2000, seed: 5, out: folder });
  const whole = readSeed(folder);

  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the graph the in-memory load writes, in batches that cut across labels and types', async () => {
    await loadDataset(driver, whole, { database });
    const inMemory = await fingerprint(driver);
    await clearDatabase(driver);
    // 97 is prime: batches end mid-label and mid-type, and at the nodes-to-relationships turn.
    const summary = await seedDatabase(driver, database, { dir: folder, batchSize: 97, atomic: false });
    expect(summary).toEqual({ articles: whole.articles.length, nodes: whole.nodes.length, relationships: whole.relationships.length });
    expect(await fingerprint(driver)).toBe(inMemory);
    const counts = await graphCounts(driver, database);
    expect(counts.types).toEqual(countBy(whole.relationships, (r) => r.type));
  });

  it('writes nothing when the last entry of the folder is invalid', async () => {
    const before = await fingerprint(driver);
    const broken = path.join(dir, 'broken');
    generateDataset({ nodes: 300, rels: 2000, seed: 6, out: broken });
    const graph = JSON.parse(readFileSync(path.join(broken, 'graph.json'), 'utf8'));
    graph.relationships.at(-1).evidence = 'A sentence that no article contains.';
    writeFileSync(path.join(broken, 'graph.json'), JSON.stringify(graph));
    await expect(seedDatabase(driver, database, { dir: broken, atomic: false, batchSize: 50 })).rejects.toThrow(DatasetValidationError);
    expect(await fingerprint(driver)).toBe(before);
  });
});
