// Entry point (npm start): ensure Neo4j (the managed local one unless NEO4J_URI is set), apply
// the schema and seed an empty database, then serve the API and the built client.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';
import { createApp } from './app.ts';
import { loadQueries } from './db/cypher-files.ts';
import { createDriver } from './db/neo4j.ts';
import { ReadOnlyVerdicts } from './features/cypher/cypher.verdicts.ts';
import { createLogger } from './logger.ts';
import { ensureLocalNeo4j, LocalNeo4jError, stopLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { SeedValidationError } from '../seed/read-seed.ts';
import { seedDatabase } from '../seed/seed-database.ts';

const CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));

async function main(): Promise<void> {
  const bootStarted = performance.now();
  const config = loadConfig();
  loadQueries();
  const logger = createLogger(config.logLevel);
  const progress = (line: string) => logger.info(line);

  let startedLocal = false;
  if (config.neo4j.managedLocal) {
    ({ started: startedLocal } = await ensureLocalNeo4j({ ...config.local, password: config.neo4j.password, log: progress }));
  }
  const driver = createDriver(config.neo4j);
  await driver.verifyConnectivity({ database: config.neo4j.database });
  progress('seed: applying schema, loading the seed graph if the database is empty…');
  const seeded = await seedDatabase(driver, config.neo4j.database, { onlyIfEmpty: true });
  progress(seeded ? `seed: loaded ${seeded.nodes} nodes and ${seeded.relationships} relationships` : 'seed: database already has data; left as it is');

  const app = createApp({ driver, config, logger, clientDir: CLIENT_DIR, cypherVerdicts: new ReadOnlyVerdicts() });
  const server = app.listen(config.http.port, config.http.host, () => {
    const ms = Math.round(performance.now() - bootStarted);
    logger.info(`ready in ${ms} ms: http://${config.http.host}:${config.http.port}/ (Neo4j ${config.neo4j.uri})`);
  });
  server.on('error', (err) => {
    logger.fatal({ err }, `cannot listen on ${config.http.host}:${config.http.port}`);
    process.exit(1);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    server.close();
    await driver.close();
    // Only stop a Neo4j this process started; one started by `npm run neo4j:start` stays up.
    if (startedLocal) await stopLocalNeo4j(path.resolve(config.local.dir));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof LocalNeo4jError || err instanceof SeedValidationError;
  console.error(known ? err.message : err);
  process.exit(1);
});
