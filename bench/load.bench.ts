// npm run bench:load -- --nodes 100000 --rels 1000000 --seed 1 --batches 5000,20000 --naive 500
// Our loader vs a naive one vs neo4j-admin import on the same generated data (see bench/load.ts).
// Prints a table and writes bench/results/load.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LOAD_OPTIONS, printLoadResult, runLoadBench } from './load.ts';

const d = DEFAULT_LOAD_OPTIONS;
const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: String(d.nodes) },
    rels: { type: 'string', default: String(d.rels) },
    seed: { type: 'string', default: String(d.seed) },
    batches: { type: 'string', default: d.batches.join(',') },
    naive: { type: 'string', default: String(d.naive) },
    heap: { type: 'string', default: d.heap },
    pagecache: { type: 'string', default: d.pagecache },
    out: { type: 'string', default: 'bench/results/load.json' },
  },
});

const result = await runLoadBench({
  nodes: Number(values.nodes),
  rels: Number(values.rels),
  seed: Number(values.seed),
  batches: values.batches.split(',').map(Number),
  naive: Number(values.naive),
  heap: values.heap,
  pagecache: values.pagecache,
  log: (line) => console.error(line),
});
printLoadResult(result);
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify(result, null, 2));
