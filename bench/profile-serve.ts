// npm run bench:profile [-- --paths /api/nodes/kyushu/neighbors,/api/graph --seconds 8 --connections 8]
// [--uri bolt://127.0.0.1:7687 --password …]: where the API server's CPU goes. The real app (bench/serve-child.ts, the server's own driver and
// logger at info) runs in a child process under `node --cpu-prof` on the seed graph (a Neo4j of
// its own), autocannon in this process drives each path in turn, and the profile's self time is
// summed by package (node_modules/<name>, our files, Node internals) and by function. "idle" is
// the event loop waiting — for Neo4j, mostly: a large idle share says the time a request costs
// is spent outside this process. Writes bench/results/profile-serve.json and keeps the
// .cpuprofile (open it in Chrome DevTools) under bench/results/. Each path's row also gives the
// server's busy CPU per request (the profile's non-idle samples in that path's window over its
// requests, and its true CPU time from /proc over the same window), the figures to compare before
// and after a change on a machine others load too.
// `--body JSON` POSTs it to every path (the ad-hoc Cypher endpoint). With --uri it profiles against a
// Neo4j that is already running and loaded (a generated 100k/1M graph, say, whose hubs show what
// a large answer costs) and neither seeds nor stops it.
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { Neo4jTarget } from '../config/config.ts';
import { createDriver } from '../db/driver.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { startBenchNeo4j } from './bench-neo4j.ts';
import { busyMs, summarise, type CpuProfile } from './cpu-profile.ts';
import type { ServeChildConfig, ServeChildMessage } from './serve-child.ts';

const { values } = parseArgs({
  options: {
    paths: { type: 'string', default: '/api/nodes/kyushu/neighbors,/api/graph,/api/search?q=kyushu' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '8' },
    top: { type: 'string', default: '20' },
    body: { type: 'string' },
    uri: { type: 'string' },
    password: { type: 'string', default: '' },
    // info: the production default, one JSON line per request; silent: what the logging costs, by difference.
    'log-level': { type: 'string', default: 'info' },
  },
});
const paths = values.paths.split(',').filter(Boolean);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const top = Number(values.top);

const logLevel = values['log-level'] as ServeChildConfig['logLevel'];
if (logLevel !== 'info' && logLevel !== 'silent') throw new Error('--log-level must be info or silent');

/** The given Neo4j, left as it is; or one of our own with the seed graph, stopped at the end. */
async function neo4jToProfile(): Promise<Neo4jTarget & { stop(): Promise<void> }> {
  if (values.uri) return { uri: values.uri, username: 'neo4j', password: values.password, database: 'neo4j', stop: async () => {} };
  const own = await startBenchNeo4j({ heap: '1g', pagecache: '256m', log: (l) => console.error(l) });
  const driver = createDriver(own);
  await seedDatabase(driver, own.database);
  await driver.close();
  return own;
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux): the server's true
 * cost, where the profile's busy samples also count the time it was runnable but descheduled.
 * NaN elsewhere.
 */
function processCpuMs(pid: number): number {
  try {
    // Fields 14 and 15 (utime, stime) after the parenthesised command name, in clock ticks (100 Hz).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function main(): Promise<void> {
  const neo4j = await neo4jToProfile();
  const profileDir = path.join(os.tmpdir(), `vj-profile-${process.pid}`);
  try {
    const config: ServeChildConfig = {
      target: { uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: neo4j.database },
      logLevel,
    };
    const child = fork(new URL('./serve-child.ts', import.meta.url), [], {
      execArgv: ['--import', 'tsx', '--cpu-prof', `--cpu-prof-dir=${profileDir}`],
      env: { ...process.env, SERVE_CHILD_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve) =>
      child.on('message', (m: ServeChildMessage) => {
        if (m.type === 'listening') resolve(m.port);
      }),
    );
    const post = values.body ? { method: 'POST' as const, body: values.body, headers: { 'content-type': 'application/json' } } : {};
    const nowUs = () => Number(process.hrtime.bigint() / 1000n);
    const windows = [];
    for (const p of paths) {
      const from = nowUs();
      const cpuBefore = processCpuMs(child.pid!);
      const r = await autocannon({ url: `http://127.0.0.1:${port}${p}`, connections, duration: seconds, ...post });
      windows.push({ path: p, from, to: nowUs(), cpuMs: processCpuMs(child.pid!) - cpuBefore, r });
    }
    const exited = new Promise((r) => child.once('exit', r));
    child.send({ type: 'stop' });
    await exited;
    // The main thread's profile is the largest file (tsx's loader thread writes a small one).
    const file = readdirSync(profileDir)
      .map((f) => path.join(profileDir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const summary = summarise(profile);
    const perRequest = (ms: number, r: autocannon.Result) => Math.round((ms / Math.max(1, r.requests.total)) * 1000) / 1000;
    const loads = windows.map(({ path: p, from, to, cpuMs, r }) => ({
      path: p,
      p50: r.latency.p50,
      p99: r.latency.p99,
      requestsPerSec: r.requests.average,
      errors: r.errors + r.non2xx,
      cpuMsPerRequest: perRequest(cpuMs, r),
      busyMsPerRequest: perRequest(busyMs(profile, from, to), r),
    }));
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      `\nLoad (${connections} connections, ${seconds} s a path, ${values.uri ? values.uri : 'seed graph'}, log ${logLevel}; load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores):`,
    );
    console.table(loads);
    console.log(`Server CPU profile, ${Math.round(summary.totalMs)} ms sampled — self time by owner:`);
    console.table(summary.byOwner.slice(0, top).map(([owner, share]) => ({ owner, share: pct(share) })));
    console.log('by function:');
    console.table(summary.byFunction.slice(0, top).map(([fn, share]) => ({ function: fn, share: pct(share) })));
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/serve.cpuprofile', readFileSync(file));
    writeFileSync(
      'bench/results/profile-serve.json',
      JSON.stringify({ at: new Date().toISOString(), loads, ...summary, loadavg: os.loadavg(), cores: os.cpus().length }, null, 2),
    );
    console.log('wrote bench/results/profile-serve.json and bench/results/serve.cpuprofile');
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
    await neo4j.stop();
  }
}

await main();
