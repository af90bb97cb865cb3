// Schema + seed in one call, shared by `npm run seed`, `npm start` (when the database is empty)
// and the test setup.
import type { Driver } from 'neo4j-driver';
import { cypher } from '../server/db/cypher-files.ts';
import { applySchema, countEntities } from '../server/db/neo4j.ts';
import { loadDataset, type LoadOptions, type LoadSummary } from './load.ts';
import { DEFAULT_SEED_DIR, readSeed } from './read-seed.ts';

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

export async function seedDatabase(
  driver: Driver,
  database: string,
  opts: { dir?: string; onlyIfEmpty?: boolean } & Pick<LoadOptions, 'atomic' | 'onProgress'> = {},
): Promise<LoadSummary | null> {
  // Validate before touching the database: invalid files must change nothing.
  const dataset = readSeed(opts.dir ?? DEFAULT_SEED_DIR);
  await applySchema(driver, database);
  if (opts.onlyIfEmpty && (await countEntities(driver, database)) > 0) return null;
  return loadDataset(driver, dataset, { database, atomic: opts.atomic ?? true, onProgress: opts.onProgress });
}

export async function graphCounts(driver: Driver, database: string): Promise<GraphCounts> {
  const toMap = (records: { get(k: string): unknown }[], key: string) =>
    Object.fromEntries(records.map((r) => [r.get(key) as string, (r.get('count') as { toNumber(): number }).toNumber()]));
  const labels = await driver.executeQuery(cypher('count-by-label'), {}, { database });
  const types = await driver.executeQuery(cypher('count-by-type'), {}, { database });
  return { labels: toMap(labels.records, 'label'), types: toMap(types.records, 'type') };
}
