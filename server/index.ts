// Entry point (npm start): ensure Neo4j (the managed local one unless NEO4J_URI is set), apply
// the schema and seed an empty database, then serve the API and the built client.
import { Neo4jError } from 'neo4j-driver';
import { ConfigError, loadConfig } from '../config/config.ts';
import { projectPath } from '../config/paths.ts';
import { createDriver } from '../db/driver.ts';
import { loadQueries } from '../db/queries.ts';
import { DatasetValidationError } from '../seed/dataset.ts';
import { ReadOnlyVerdicts } from './features/cypher/cypher.verdicts.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { acquireLocalNeo4j, LocalNeo4jError, type LocalNeo4jLease } from '../tools/neo4j/local-neo4j.ts';
import { createApp } from './app.ts';
import { resolveEditorToken } from './editor-token.ts';
import { createLogger } from './logger.ts';

const CLIENT_DIR = projectPath('dist', 'client');

async function main(): Promise<void> {
  const bootStarted = performance.now();
  const config = loadConfig();
  loadQueries();
  const logger = createLogger(config.logLevel);
  const progress = (line: string) => logger.info(line);

  let localNeo4j: LocalNeo4jLease | undefined;
  if (config.neo4j.managedLocal) {
    localNeo4j = await acquireLocalNeo4j({ ...config.local, password: config.neo4j.password, log: progress });
  }
  const driver = createDriver(config.neo4j);
  await driver.verifyConnectivity({ database: config.neo4j.database });
  progress('seed: applying schema, loading the seed graph if the database is empty…');
  const seeded = await seedDatabase(driver, config.neo4j.database, { onlyIfEmpty: true });
  progress(
    seeded
      ? `seed: loaded ${seeded.nodes} nodes and ${seeded.relationships} relationships`
      : 'seed: database already has data; left as it is',
  );

  const editor = resolveEditorToken(config.editorToken, config.local.dir);
  const app = createApp({
    driver,
    config,
    logger,
    clientDir: CLIENT_DIR,
    editorToken: editor.token,
    cypherVerdicts: new ReadOnlyVerdicts(),
  });
  const server = app.listen(config.http.port, config.http.host, () => {
    const ms = Math.round(performance.now() - bootStarted);
    logger.info(`ready in ${ms} ms: http://${config.http.host}:${config.http.port}/ (Neo4j ${config.neo4j.uri})`);
    if (editor.file)
      logger.info(
        `editor link (writes allowed; token kept in ${editor.file}): http://${config.http.host}:${config.http.port}/?token=${editor.token}`,
      );
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
    // Stops the local Neo4j only if no other process uses it and `npm run neo4j:start` did not start it.
    await localNeo4j?.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  const known =
    err instanceof ConfigError || err instanceof LocalNeo4jError || err instanceof DatasetValidationError || err instanceof Neo4jError;
  console.error(known ? err.message : err);
  process.exit(1);
});
