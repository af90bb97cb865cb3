// Schema + seed in one call, shared by `npm run seed`, `npm start` (when the database is empty)
// and the test setup. The folder is streamed (seed-stream.ts): validated whole first, loaded in
// a second pass, so a folder of any size loads in bounded memory and invalid files change nothing.
import type { Driver } from 'neo4j-driver';
import { applySchema, countEntities } from '../db/schema.ts';
import { loadDataset, type LoadOptions, type LoadSummary } from './load.ts';
import { DEFAULT_SEED_DIR } from './read-seed.ts';
import { openSeedFolder } from './seed-stream.ts';

export async function seedDatabase(
  driver: Driver,
  database: string,
  opts: { dir?: string; onlyIfEmpty?: boolean } & Pick<LoadOptions, 'atomic' | 'onProgress' | 'batchSize'> = {},
): Promise<LoadSummary | null> {
  // Validate before touching the database: invalid files must change nothing.
  const source = await openSeedFolder(opts.dir ?? DEFAULT_SEED_DIR);
  await applySchema(driver, database);
  if (opts.onlyIfEmpty && (await countEntities(driver, database)) > 0) return null;
  // The loader stores the degrees as its last phase.
  return loadDataset(driver, source, {
    database,
    atomic: opts.atomic ?? true,
    onProgress: opts.onProgress,
    batchSize: opts.batchSize,
  });
}
