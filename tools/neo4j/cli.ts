// npm run neo4j:start | neo4j:stop | neo4j:status — manage the local Neo4j described by the config.
import { loadConfig } from '../../config/config.ts';
import { ensureLocalNeo4j, LocalNeo4jError, statusLocalNeo4j, stopLocalNeo4j } from './local-neo4j.ts';

const command = process.argv[2];
try {
  const config = loadConfig();
  const { dir, boltPort, heap, pagecache } = config.local;
  if (command === 'start') {
    await ensureLocalNeo4j({ dir, boltPort, heap, pagecache, password: config.neo4j.password });
  } else if (command === 'stop') {
    console.log((await stopLocalNeo4j(dir)) ? 'neo4j: stopped.' : 'neo4j: was not running.');
  } else if (command === 'status') {
    const status = statusLocalNeo4j(dir);
    console.log(status.running ? `neo4j: running (pid ${status.pid}, ${status.uri})` : 'neo4j: not running');
    process.exitCode = status.running ? 0 : 3;
  } else {
    console.error('usage: tsx tools/neo4j/cli.ts start|stop|status');
    process.exitCode = 2;
  }
} catch (err) {
  if (!(err instanceof LocalNeo4jError) && !(err instanceof Error && err.name === 'ConfigError')) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
