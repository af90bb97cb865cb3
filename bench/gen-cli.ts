// npm run gen -- --nodes 100000 --rels 1000000 --seed 1 [--out DIR]: writes a synthetic dataset
// in the seed format (loadable with `npm run seed -- --dir DIR`).
import { parseArgs } from 'node:util';
import { generateDataset } from './generate.ts';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '10000' },
    rels: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const nodes = Number(values.nodes);
const rels = Number(values.rels);
const summary = generateDataset({
  nodes,
  rels,
  seed: Number(values.seed),
  out: values.out ?? `bench/data/${nodes}-${rels}-s${values.seed}`,
  log: (l) => console.error(l),
});
console.log(JSON.stringify({ ...summary, ms: Math.round(summary.ms) }, null, 2));
