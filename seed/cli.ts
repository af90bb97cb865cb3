// npm run seed [-- --dir <seed folder>]: validates the seed files, applies cypher/schema.cypher
// and MERGEs the graph (a re-run leaves identical counts). Starts the local Neo4j if needed.
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/neo4j.ts';
import { ensureLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { SeedValidationError } from './read-seed.ts';
import { graphCounts, seedDatabase } from './seed-database.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const config = loadConfig();
if (config.neo4j.managedLocal) {
  await ensureLocalNeo4j({ ...config.local, password: config.neo4j.password });
}
const driver = createDriver(config.neo4j);
try {
  const started = performance.now();
  const summary = await seedDatabase(driver, config.neo4j.database, { dir: values.dir });
  console.log(`seed: merged ${summary!.nodes} nodes, ${summary!.relationships} relationships, ${summary!.articles} articles in ${Math.round(performance.now() - started)} ms`);
  const counts = await graphCounts(driver, config.neo4j.database);
  console.log('nodes by label:', counts.labels);
  console.log('relationships by type:', counts.types);
} catch (err) {
  if (!(err instanceof SeedValidationError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
} finally {
  await driver.close();
}
