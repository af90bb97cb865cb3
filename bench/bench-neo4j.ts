// The benchmarks' own Neo4j: a managed local instance on a free port with its folder under the
// system temp dir, never the developer's (.neo4j) or a test run's. Instances are stopped when
// the benchmark ends, also on Ctrl-C. A caller may instead hand a benchmark a Neo4j it already
// runs (SharedNeo4j): the benchmark uses it and leaves it running. Asked to (`queryApi`), the
// instance also serves Neo4j's HTTP Query API on a second free port, the peer bench:serve
// measures the API against; HTTP stays off otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureLocalNeo4j, freePorts, stopLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';

import type { Neo4jTarget } from '../config/config.ts';

export interface BenchNeo4j extends Neo4jTarget {
  dir: string;
  /** http://127.0.0.1:port of the HTTP Query API, when the instance was started with `queryApi`. */
  queryApiUrl?: string;
  heap: string;
  pagecache: string;
  /** Stops the server, deletes the database's store and starts again on an empty one. */
  restartEmpty(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A running Neo4j owned by the caller (the test suite's, or one shared by several benchmarks):
 * a benchmark given one neither starts nor stops a server. `restartEmpty` is there when it is a
 * BenchNeo4j; without it a benchmark empties the database instead, where that is allowed.
 */
export type SharedNeo4j = Neo4jTarget & Partial<Pick<BenchNeo4j, 'restartEmpty' | 'queryApiUrl'>>;

const running = new Set<string>();

const stopAll = async (signal: string) => {
  process.stderr.write(`\n${signal}: stopping the benchmark's Neo4j instances…\n`);
  await Promise.all([...running].map((dir) => stopLocalNeo4j(dir).then(() => rmSync(dir, { recursive: true, force: true }))));
  process.exit(130);
};
const onSigint = () => void stopAll('SIGINT');
const onSigterm = () => void stopAll('SIGTERM');

/**
 * The signal handlers are there only while an instance runs: a process that started one and
 * stopped it again (a test worker) keeps its own reaction to SIGTERM.
 */
function stopAllOnExit(): void {
  if (running.size > 0) return;
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigterm);
}

function forget(dir: string): void {
  running.delete(dir);
  if (running.size > 0) return;
  process.off('SIGINT', onSigint);
  process.off('SIGTERM', onSigterm);
}

/** Benchmarks queue many requests at once: a larger pool, and patience instead of failing fast. */
export const BENCH_DRIVER_TUNING = { maxConnectionPoolSize: 100, connectionAcquisitionTimeout: 60_000 };

export async function startBenchNeo4j(opts: {
  heap: string;
  pagecache: string;
  log: (line: string) => void;
  /** Also serve the HTTP Query API (on loopback, a free port). */
  queryApi?: boolean;
}): Promise<BenchNeo4j> {
  stopAllOnExit();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-bench-neo4j-'));
  const [boltPort, httpPort] = (await freePorts(opts.queryApi ? 2 : 1)) as [number, number | undefined];
  const password = 'bench-password-1';
  const local = {
    dir,
    boltPort,
    ...(httpPort === undefined ? {} : { httpPort }),
    password,
    heap: opts.heap,
    pagecache: opts.pagecache,
    log: opts.log,
    startTimeoutMs: 240_000,
  };
  running.add(dir);
  try {
    await ensureLocalNeo4j(local);
  } catch (err) {
    forget(dir);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const instance: BenchNeo4j = {
    dir,
    heap: opts.heap,
    pagecache: opts.pagecache,
    ...(httpPort === undefined ? {} : { queryApiUrl: `http://127.0.0.1:${httpPort}` }),
    uri: `bolt://127.0.0.1:${boltPort}`,
    username: 'neo4j',
    password,
    database: 'neo4j',
    async restartEmpty() {
      await stopLocalNeo4j(dir);
      // The system database still lists `neo4j`; with its store gone the server creates it empty.
      for (const sub of ['databases/neo4j', 'transactions/neo4j']) rmSync(path.join(dir, 'data', sub), { recursive: true, force: true });
      await ensureLocalNeo4j(local);
    },
    async stop() {
      await stopLocalNeo4j(dir);
      forget(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return instance;
}
