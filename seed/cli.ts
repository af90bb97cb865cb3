// npm run seed [-- --dir <seed folder>] [-- --batch-commits]: validates the seed files, applies
// cypher/schema.cypher and MERGEs the graph (a re-run leaves identical counts). Starts the local
// Neo4j if needed. One transaction by default: a failure changes nothing. --batch-commits (for
// large generated datasets, beyond one transaction's memory) commits batch by batch with a
// progress line; each batch is all-or-nothing and a re-run completes an interrupted load.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.ts';
import { createDriver } from '../db/driver.ts';
import { graphCounts } from '../db/schema.ts';
import { acquireLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { DatasetValidationError } from './dataset.ts';
import { progressReporter } from './progress.ts';
import { seedDatabase } from './seed-database.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, 'batch-commits': { type: 'boolean', default: false } } });
const config = loadConfig();
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
  console.log(`seed: merged ${summary!.nodes} nodes, ${summary!.relationships} relationships, ${summary!.articles} articles in ${Math.round(performance.now() - started)} ms`);
  const counts = await graphCounts(driver, config.neo4j.database);
  console.log('nodes by label:', counts.labels);
  console.log('relationships by type:', counts.types);
} catch (err) {
  if (!(err instanceof DatasetValidationError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
} finally {
  await driver.close();
  await localNeo4j?.release();
}
