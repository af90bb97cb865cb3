// npm run bench:api — p50/p95 latency of the main endpoints on the seed graph, one request at a
// time over HTTP against the real app and Neo4j (the configured one; the managed local Neo4j is
// started and seeded when needed). Prints a table and writes bench/results/api-latency.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { pino } from 'pino';
import { loadConfig } from '../config/config.ts';
import { createDriver } from '../db/driver.ts';
import { createApp } from '../server/app.ts';
import { listen, unthrottledAppConfig } from '../server/serve.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { acquireLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const WARMUP = 30;

const cases: { name: string; path: string; body?: unknown }[] = [
  { name: 'neighbours depth 1', path: '/api/nodes/bui-thanh-son/neighbors?depth=1' },
  { name: 'neighbours depth 2', path: '/api/nodes/kuratomi-sumio/neighbors?depth=2' },
  { name: 'search "kyu"', path: '/api/search?q=kyu' },
  { name: 'search "pham minh chinh"', path: '/api/search?q=pham%20minh%20chinh' },
  { name: 'paths kyushu → semiconductors', path: '/api/paths?from=kyushu&to=semiconductors' },
  { name: 'node details', path: '/api/nodes/kyushu' },
  {
    name: 'cypher MATCH … LIMIT 25',
    path: '/api/cypher',
    body: { query: 'MATCH (o:Official)-[r:MET_WITH]->(x) RETURN o.name, x.name LIMIT 25' },
  },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const config = loadConfig();
const localNeo4j = config.neo4j.managedLocal ? await acquireLocalNeo4j({ ...config.local, password: config.neo4j.password }) : undefined;
const driver = createDriver(config.neo4j);
await seedDatabase(driver, config.neo4j.database, { onlyIfEmpty: true });
const app = createApp({
  driver,
  config: unthrottledAppConfig(config.neo4j, {
    cypher: { timeoutMs: config.cypher.timeoutMs, maxRows: config.cypher.maxRows },
    reads: config.reads,
  }),
  logger: pino({ level: 'silent' }),
});
const serving = await listen(app);
const base = serving.baseUrl;

const results = [];
for (const c of cases) {
  const call = async () => {
    const res = await fetch(
      `${base}${c.path}`,
      c.body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c.body) } : {},
    );
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${c.name}: HTTP ${res.status}`);
  };
  for (let i = 0; i < WARMUP; i++) await call();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await call();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  results.push({
    endpoint: c.name,
    runs: RUNS,
    p50_ms: +percentile(ms, 50).toFixed(2),
    p95_ms: +percentile(ms, 95).toFixed(2),
    max_ms: +ms.at(-1)!.toFixed(2),
  });
}
console.table(results);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/api-latency.json', JSON.stringify({ at: new Date().toISOString(), graph: 'seed', results }, null, 2));
await serving.close();
await driver.close();
await localNeo4j?.release();
