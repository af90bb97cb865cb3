// npm run ingest on a small folder, as a user runs it (a child process with the environment
// pointing at the test Neo4j): drafts and a seed folder out, one line per article, a bad file
// named without stopping the others, and --commit writing a reviewed draft.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftSchema } from '../../contract/ingest.ts';
import { PROJECT_ROOT } from '../../config/paths.ts';
import { acceptProposed } from '../../seed/apply-review.ts';
import { readSeed } from '../../seed/read-seed.ts';
import { seedDatabase } from '../../seed/seed-database.ts';
import { clearDatabase, testDriver, testNeo4j } from '../support/neo4j-context.ts';

const run = promisify(execFile);
const ARTICLE =
  "Hanoï, 3 juin (VNA) - Le vice-Premier ministre Bùi Thanh Sơn a reçu le 3 juin à Hanoï M. Ohmura Hideaki, gouverneur de la préfecture d'Aichi. Les deux parties ont convenu de promouvoir la coopération dans les domaines de l'industrie automobile, des semi-conducteurs et de la formation des ressources humaines.";

describe('npm run ingest', () => {
  const driver = testDriver();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
  const env = () => {
    const t = testNeo4j();
    return {
      ...process.env,
      NEO4J_URI: t.uri,
      NEO4J_USERNAME: t.username,
      NEO4J_PASSWORD: t.password,
      NEO4J_DATABASE: t.database,
      LOG_LEVEL: 'silent',
    };
  };
  const ingest = (...args: string[]) =>
    run(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(PROJECT_ROOT, 'server/ingest-cli.ts'), ...args], {
      cwd: dir,
      env: env(),
      timeout: 120_000,
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  beforeAll(async () => {
    await clearDatabase(driver);
    await seedDatabase(driver, testNeo4j().database);
    writeFileSync(path.join(dir, 'aichi.txt'), ARTICLE);
    writeFileSync(
      path.join(dir, 'aichi.html'),
      `<html lang="fr"><body><article><p>${ARTICLE}</p></article></body></html>`.replace('Aichi', 'Shizuoka'),
    );
    writeFileSync(path.join(dir, 'broken.json'), '{"articles": []}');
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes drafts and a seed folder the seed reader accepts, naming the bad file and exiting 1', async () => {
    const out = path.join(dir, 'out');
    const res = await ingest('aichi.txt', 'aichi.html', 'broken.json', '--out', out, '--published', '2025-06-04');
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/aichi\.txt: \d+ entities \(\d+ already in the graph\), \d+ facts/);
    expect(res.stdout).toMatch(/aichi\.html: /);
    expect(res.stderr).toMatch(/broken\.json: not a draft/);
    const drafts = readdirSync(path.join(out, 'drafts')).map((f) =>
      draftSchema.parse(JSON.parse(readFileSync(path.join(out, 'drafts', f), 'utf8'))),
    );
    expect(drafts).toHaveLength(2);
    const seed = readSeed(out);
    expect(seed.articles).toHaveLength(2);
    expect(seed.relationships.length).toBeGreaterThan(0);
    // The Deputy Prime Minister resolved to the seed's node in both articles: one node, two mentions.
    const bui = seed.nodes.find((n) => n.id === 'bui-thanh-son');
    expect(bui?.mentions.map((m) => m.source).sort()).toEqual(seed.articles.map((a) => a.id).sort());
  });

  it('--commit writes a reviewed draft (accepted items only), and the same one again is refused', async () => {
    const out = path.join(dir, 'out');
    const extracted = draftSchema.parse(
      JSON.parse(readFileSync(path.join(out, 'drafts', readdirSync(path.join(out, 'drafts'))[0]!), 'utf8')),
    );
    expect(extracted.relationships.every((r) => r.review.status === 'proposed')).toBe(true);
    // The reviewer accepts everything but the first fact.
    const draft = acceptProposed(extracted);
    draft.relationships[0]!.review.status = 'rejected';
    const file = path.join(dir, 'reviewed.json');
    writeFileSync(file, JSON.stringify(draft));
    const first = await ingest(file, '--commit');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`committed as ${draft.articles[0]!.id}: \\d+ new nodes, \\d+ merged, [1-9]\\d* facts`));
    const { records } = await driver.executeQuery(
      'MATCH ()-[r]->() WHERE r.source = $id RETURN count(r) AS n',
      { id: draft.articles[0]!.id },
      { database: testNeo4j().database },
    );
    expect(records[0]!.get('n').toNumber()).toBe(draft.relationships.length - 1);
    const again = await ingest(file, '--commit');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already in the graph/);
  });
});
