// npm run neo4j:start | neo4j:stop | neo4j:status — manage the local Neo4j described by the config.
// A Neo4j started here is standing: apps that use it leave it running when they stop.
import { ConfigError, loadConfig } from '../../config/config.ts';
import { ensureLocalNeo4j, LocalNeo4jError, statusLocalNeo4j, stopLocalNeo4j } from './local-neo4j.ts';

const command = process.argv[2];
try {
  const config = loadConfig();
  const { dir } = config.local;
  if (command === 'start') {
    await ensureLocalNeo4j({ ...config.local, password: config.neo4j.password });
  } else if (command === 'stop') {
    const { holders } = await statusLocalNeo4j(dir);
    if (holders) console.log(`neo4j: stopping although ${holders} app(s) use it (they answer 503 until it is back).`);
    console.log((await stopLocalNeo4j(dir)) ? 'neo4j: stopped.' : 'neo4j: was not running.');
  } else if (command === 'status') {
    const status = await statusLocalNeo4j(dir);
    const users = `${status.standing ? 'standing' : 'started by an app'}, ${status.holders} app(s) using it`;
    const lines = {
      running: `neo4j: running (pid ${status.pid}, ${status.uri}; ${users})`,
      'not-answering': `neo4j: pid ${status.pid} is up but does not answer on ${status.uri} (starting, or hung)`,
      stopping: `neo4j: stopping (pid ${status.pid})`,
      stopped: 'neo4j: not running',
    };
    console.log(lines[status.state]);
    process.exitCode = status.state === 'running' ? 0 : 3;
  } else {
    console.error('usage: tsx tools/neo4j/cli.ts start|stop|status');
    process.exitCode = 2;
  }
} catch (err) {
  if (!(err instanceof LocalNeo4jError || err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
