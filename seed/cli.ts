// npm run seed [-- --dir <seed folder>] [-- --batch-commits] [-- --bulk [--overwrite]]: validates
// the seed files, applies cypher/schema.cypher and MERGEs the graph (a re-run leaves identical
// counts). Starts the local Neo4j if needed. The folder is streamed, validated whole before
// anything is written (seed-stream.ts), so memory stays bounded whatever its size. One
// transaction by default: a failure changes nothing. --batch-commits (for large generated datasets, beyond one transaction's memory)
// commits batch by batch with a progress line; each batch is all-or-nothing and a re-run
// completes an interrupted load. --bulk (the managed local Neo4j only) replaces the database
// with neo4j-admin's offline import instead: an empty database, or --overwrite.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { createDriver } from '../db/driver.ts';
import { graphCounts } from '../db/schema.ts';
import { acquireLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { BulkLoadRefused, bulkLoad } from './bulk-load.ts';
import { DatasetValidationError } from './dataset.ts';
import { progressReporter } from './progress.ts';
import { DEFAULT_SEED_DIR } from './read-seed.ts';
import { seedDatabase } from './seed-database.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    'batch-commits': { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
    overwrite: { type: 'boolean', default: false },
  },
});
const config = loadConfig();
const perSecond = (count: number, ms: number) => `${Math.round(count / (ms / 1000)).toLocaleString('en')}/s`;

async function bulk(): Promise<void> {
  if (!config.neo4j.managedLocal)
    throw new BulkLoadRefused(
      '--bulk writes the store offline with neo4j-admin, so it needs the managed local Neo4j: unset NEO4J_URI, or load without --bulk',
    );
  // The folder is validated in the pass that writes its CSV files.
  const s = await bulkLoad(values.dir ?? DEFAULT_SEED_DIR, {
    local: { ...config.local, password: config.neo4j.password },
    target: config.neo4j,
    overwrite: values.overwrite,
    log: (line) => console.error(line),
  });
  console.log(
    `seed --bulk: ${s.nodes} nodes, ${s.relationships} relationships, ${s.articles} articles in ${Math.round(s.totalMs)} ms end to end ` +
      `(${perSecond(s.relationships, s.totalMs)} relationships; the tool alone ${perSecond(s.relationships, s.toolReportedMs)}: ` +
      `validation and CSV ${Math.round(s.csvMs)} ms, tool ${Math.round(s.toolWallMs)} ms with its JVM start, server stop/start and schema ${Math.round(s.serverMs)} ms)`,
  );
}

async function merge(): Promise<void> {
  const localNeo4j = config.neo4j.managedLocal ? await acquireLocalNeo4j({ ...config.local, password: config.neo4j.password }) : undefined;
  const driver = createDriver(config.neo4j);
  try {
    const started = performance.now();
    const batchCommits = values['batch-commits'];
    const summary = await seedDatabase(driver, config.neo4j.database, {
      dir: values.dir,
      atomic: !batchCommits,
      onProgress: batchCommits ? progressReporter((line) => console.error(line)) : undefined,
    });
    console.log(
      `seed: merged ${summary!.nodes} nodes, ${summary!.relationships} relationships, ${summary!.articles} articles in ${Math.round(performance.now() - started)} ms`,
    );
    const counts = await graphCounts(driver, config.neo4j.database);
    console.log('nodes by label:', counts.labels);
    console.log('relationships by type:', counts.types);
  } finally {
    await driver.close();
    await localNeo4j?.release();
  }
}

try {
  await (values.bulk ? bulk() : merge());
} catch (err) {
  if (!(err instanceof DatasetValidationError || err instanceof BulkLoadRefused)) throw err;
  console.error(`seed: ${err.message}`);
  process.exitCode = 1;
}
