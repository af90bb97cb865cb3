// Schema + seed in one call, shared by `npm run seed`, `npm start` (when the database is empty)
// and the test setup.
import type { Driver } from 'neo4j-driver';
import { applySchema, countEntities } from '../db/schema.ts';
import { loadDataset, type LoadOptions, type LoadSummary } from './load.ts';
import { DEFAULT_SEED_DIR, readSeed } from './read-seed.ts';

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
