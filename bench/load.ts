// npm run bench:load -- --nodes 10000 --rels 100000 --seed 1 --batches 1000,5000,10000 --naive 500
// Generates a synthetic dataset, then in one run on the same data and a fresh database each
// time: our UNWIND/MERGE loader at each batch size, and a naive one-transaction-per-row loader
// on a sample of relationships (extrapolated). Prints a table, writes bench/results/load.json.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../seed/load.ts';
import { readSeed, type SeedDataset } from '../seed/read-seed.ts';
import { cypher } from '../server/db/cypher-files.ts';
import { applySchema } from '../server/db/neo4j.ts';
import { driverFor, startBenchNeo4j, type BenchNeo4j } from './bench-neo4j.ts';
import { generateDataset } from './generate.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    rels: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    batches: { type: 'string', default: '1000,5000,10000' },
    naive: { type: 'string', default: '500' },
    heap: { type: 'string', default: '2g' },
    pagecache: { type: 'string', default: '1g' },
  },
});

/** Progress line for long loads: rows done, rate and ETA, at most every 5 s. */
function progressPrinter(started: number) {
  let last = 0;
  return (p: { phase: string; done: number; total: number }) => {
    const now = performance.now();
    if (now - last < 5_000 && p.done < p.total) return;
    last = now;
    const rate = p.done / ((now - started) / 1000);
    const eta = rate > 0 ? (p.total - p.done) / rate : 0;
    console.error(`  ${p.phase}: ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} (${Math.round(rate).toLocaleString('en-US')} rows/s, ETA ${eta.toFixed(0)} s)`);
  };
}

async function timedLoad(db: BenchNeo4j, dataset: SeedDataset, batchSize: number) {
  await db.restartEmpty();
  const driver = driverFor(db);
  try {
    await applySchema(driver, db.database);
    const started = performance.now();
    let relsStarted = 0;
    const print = progressPrinter(started);
    await loadDataset(driver, dataset, {
      database: db.database,
      batchSize,
      atomic: false,
      onProgress: (p) => {
        if (p.phase === 'relationships' && !relsStarted) relsStarted = performance.now();
        print(p);
      },
    });
    const ended = performance.now();
    return { totalMs: ended - started, nodesMs: relsStarted - started, relsMs: ended - relsStarted };
  } finally {
    await driver.close();
  }
}

/** One write transaction per relationship, with the same MERGE statement (nodes loaded in batches first). */
async function naiveRelationshipRate(db: BenchNeo4j, dataset: SeedDataset, sample: number): Promise<number> {
  await db.restartEmpty();
  const driver = driverFor(db);
  try {
    await applySchema(driver, db.database);
    await loadDataset(driver, { ...dataset, relationships: [] }, { database: db.database, batchSize: 5000, atomic: false });
    const rows = dataset.relationships.slice(0, sample);
    const session = driver.session({ database: db.database });
    const started = performance.now();
    for (const r of rows) {
      const row = { id: r.id, from: r.from, to: r.to, properties: r.properties, source: r.source, evidence: r.evidence };
      await session.executeWrite((tx) => tx.run(cypher('seed-merge-relationships', { type: r.type }), { rows: [row] }));
    }
    const ms = performance.now() - started;
    await session.close();
    return rows.length / (ms / 1000);
  } finally {
    await driver.close();
  }
}

const nodes = Number(values.nodes);
const rels = Number(values.rels);
const out = path.join(os.tmpdir(), `vj-bench-gen-${nodes}-${rels}-s${values.seed}`);
console.error(`generating ${nodes} nodes / ${rels} relationships…`);
const generated = generateDataset({ nodes, rels, seed: Number(values.seed), out });
let t = performance.now();
const dataset = readSeed(out);
const validateMs = performance.now() - t;
console.error(`validated in ${Math.round(validateMs)} ms; starting Neo4j (heap ${values.heap}, page cache ${values.pagecache})…`);

const db = await startBenchNeo4j({ heap: values.heap, pagecache: values.pagecache, log: (l) => console.error(l) });
const results: Record<string, unknown>[] = [];
try {
  for (const batchSize of values.batches.split(',').map(Number)) {
    console.error(`our loader, batch ${batchSize}…`);
    const r = await timedLoad(db, dataset, batchSize);
    results.push({
      loader: `UNWIND/MERGE batch ${batchSize}`,
      'nodes/s': Math.round(dataset.nodes.length / (r.nodesMs / 1000)),
      'rels/s': Math.round(dataset.relationships.length / (r.relsMs / 1000)),
      'total s': +(r.totalMs / 1000).toFixed(1),
    });
  }
  console.error(`naive loader, ${values.naive} relationships…`);
  t = performance.now();
  const naive = await naiveRelationshipRate(db, dataset, Number(values.naive));
  results.push({ loader: `naive, 1 tx/row (sample ${values.naive})`, 'nodes/s': null, 'rels/s': Math.round(naive), 'total s': +(dataset.relationships.length / naive).toFixed(1) });
} finally {
  await db.stop();
  rmSync(out, { recursive: true, force: true });
}
console.table(results);
const best = Math.max(...results.slice(0, -1).map((r) => r['rels/s'] as number));
const naiveRate = results.at(-1)!['rels/s'] as number;
console.log(`best batched rate ${best} rels/s = ${(best / naiveRate).toFixed(0)}× the naive loader; generated in ${Math.round(generated.ms)} ms, validated in ${Math.round(validateMs)} ms; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/load.json', JSON.stringify({ at: new Date().toISOString(), nodes, rels, results, loadavg: os.loadavg() }, null, 2));
