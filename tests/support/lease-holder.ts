// A process of its own that uses a local Neo4j as an app does (tests of ownership): argv[2] is
// the JSON of the acquireLocalNeo4j options. Prints {"started","pid"} once it holds a lease,
// and on SIGTERM releases it, prints {"stopped"} and exits.
import { acquireLocalNeo4j, type LocalNeo4jOptions } from '../../tools/neo4j/local-neo4j.ts';

const opts = JSON.parse(process.argv[2]!) as LocalNeo4jOptions;
const lease = await acquireLocalNeo4j({ ...opts, log: () => undefined });
const keepAlive = setInterval(() => undefined, 60_000);
// Listening before saying so: the test may signal as soon as it reads the line.
process.once('SIGTERM', () => {
  void lease.release().then((stopped) => {
    process.stdout.write(`${JSON.stringify({ stopped })}\n`);
    clearInterval(keepAlive);
  });
});
process.stdout.write(`${JSON.stringify({ started: lease.started, pid: lease.pid })}\n`);
