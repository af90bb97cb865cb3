// The API server the serving benchmark (serve.bench.ts) forks, so the load generator never
// shares an event loop with the server it measures. It is the real app (createApp, the server's
// own createDriver and pino logger) with the rate limits lifted (one client sends everything).
// The parent talks to it over IPC: it answers `listening` with its port, `memory` with its
// process.memoryUsage() (after a full GC when asked and --expose-gc is on) and the requests it is
// still answering (a client that timed out has gone, its request not: its answer is still held
// in memory), `verdicts` with the read-only verdict cache's hits and misses so far (the parent
// takes the difference over a measured window: no route of the app exposes them) and exits on
// `stop`.
import type { Neo4jTarget } from '../config/config.ts';
import { createDriver } from '../db/driver.ts';
import { loadQueries } from '../db/queries.ts';
import { createApp } from '../server/app.ts';
import { ReadOnlyVerdicts } from '../server/features/cypher/cypher.verdicts.ts';
import { createLogger } from '../server/logger.ts';
import { listen, unthrottledAppConfig } from '../server/serve.ts';

export interface ServeChildConfig {
  target: Neo4jTarget;
  logLevel: 'info' | 'silent';
}

export type ServeChildRequest = { type: 'memory'; gc?: boolean } | { type: 'verdicts' } | { type: 'stop' };
export type ServeChildMessage =
  | { type: 'listening'; port: number }
  | { type: 'memory'; memory: NodeJS.MemoryUsage; inFlight: number }
  | { type: 'verdicts'; hits: number; misses: number };

async function main(): Promise<void> {
  if (!process.send) throw new Error('serve-child.ts runs as a forked child of serve.bench.ts');
  const { target, logLevel } = JSON.parse(process.env.SERVE_CHILD_CONFIG ?? '') as ServeChildConfig;
  loadQueries();
  const driver = createDriver(target);
  await driver.verifyConnectivity({ database: target.database });
  // Made here, as the entry point does, so its counts can be read.
  const cypherVerdicts = new ReadOnlyVerdicts();
  const app = createApp({
    driver,
    config: unthrottledAppConfig(target),
    // Logs go to the child's stdout, which the parent sends to /dev/null: the cost of writing
    // one JSON line per request is measured, the lines are not kept.
    logger: createLogger(logLevel),
    cypherVerdicts,
  });
  const serving = await listen(app);
  let inFlight = 0;
  serving.server.on('request', (_req, res: import('node:http').ServerResponse) => {
    inFlight++;
    res.once('close', () => inFlight--);
  });
  const send = (message: ServeChildMessage) => process.send!(message);
  send({ type: 'listening', port: Number(new URL(serving.baseUrl).port) });
  process.on('message', (message: ServeChildRequest) => {
    if (message.type === 'memory') {
      if (message.gc) globalThis.gc?.();
      send({ type: 'memory', memory: process.memoryUsage(), inFlight });
    } else if (message.type === 'verdicts') {
      send({ type: 'verdicts', ...cypherVerdicts.lookups() });
    } else if (message.type === 'stop') {
      void serving
        .close()
        .then(() => driver.close())
        .finally(() => process.exit(0));
    }
  });
  // The parent died without saying stop: do not linger.
  process.on('disconnect', () => process.exit(0));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
