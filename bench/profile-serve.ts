// npm run bench:profile [-- --paths /api/nodes/kyushu/neighbors,/api/graph --seconds 8 --connections 8]:
// where the API server's CPU goes. The real app (bench/serve-child.ts, the server's own driver and
// logger at info) runs in a child process under `node --cpu-prof` on the seed graph (a Neo4j of
// its own), autocannon in this process drives each path in turn, and the profile's self time is
// summed by package (node_modules/<name>, our files, Node internals) and by function. "idle" is
// the event loop waiting — for Neo4j, mostly: a large idle share says the time a request costs
// is spent outside this process. Writes bench/results/profile-serve.json and keeps the
// .cpuprofile (open it in Chrome DevTools) under bench/results/.
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createDriver } from '../db/driver.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { startBenchNeo4j } from './bench-neo4j.ts';
import { summarise, type CpuProfile } from './cpu-profile.ts';
import type { ServeChildConfig, ServeChildMessage } from './serve-child.ts';

const { values } = parseArgs({
  options: {
    paths: { type: 'string', default: '/api/nodes/kyushu/neighbors,/api/graph,/api/search?q=kyushu' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '8' },
    top: { type: 'string', default: '20' },
  },
});
const paths = values.paths.split(',').filter(Boolean);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const top = Number(values.top);

async function main(): Promise<void> {
  const neo4j = await startBenchNeo4j({ heap: '1g', pagecache: '256m', log: (l) => console.error(l) });
  const profileDir = path.join(os.tmpdir(), `vj-profile-${process.pid}`);
  try {
    const driver = createDriver(neo4j);
    await seedDatabase(driver, neo4j.database);
    await driver.close();
    const config: ServeChildConfig = {
      target: { uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: neo4j.database },
      logLevel: 'info',
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
    const loads = [];
    for (const p of paths) {
      const r = await autocannon({ url: `http://127.0.0.1:${port}${p}`, connections, duration: seconds });
      loads.push({ path: p, p50: r.latency.p50, p99: r.latency.p99, requestsPerSec: r.requests.average, errors: r.errors + r.non2xx });
    }
    const exited = new Promise((r) => child.once('exit', r));
    child.send({ type: 'stop' });
    await exited;
    // The main thread's profile is the largest file (tsx's loader thread writes a small one).
    const file = readdirSync(profileDir)
      .map((f) => path.join(profileDir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const summary = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      `\nLoad (${connections} connections, ${seconds} s a path, seed graph; load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores):`,
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
