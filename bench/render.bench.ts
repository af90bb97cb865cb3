// npm run bench:render -- --nodes 6000 --rels 20000 --sizes 300,1000,5000 --runs 3 --seed-runs 5
// Time to first rendered graph in headless Chromium for several initial node caps, the seed
// graph's navigation → first render, and the initial bundle's gzip size (see bench/render.ts).
// Prints tables and writes bench/results/render.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_RENDER_OPTIONS, printRenderResult, runRenderBench } from './render.ts';

const d = DEFAULT_RENDER_OPTIONS;
const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: String(d.nodes) },
    rels: { type: 'string', default: String(d.rels) },
    seed: { type: 'string', default: String(d.seed) },
    sizes: { type: 'string', default: d.sizes.join(',') },
    runs: { type: 'string', default: String(d.runs) },
    'seed-runs': { type: 'string', default: String(d.seedRuns) },
    out: { type: 'string', default: 'bench/results/render.json' },
  },
});

const result = await runRenderBench({
  nodes: Number(values.nodes),
  rels: Number(values.rels),
  seed: Number(values.seed),
  sizes: values.sizes.split(',').map(Number),
  runs: Number(values.runs),
  seedRuns: Number(values['seed-runs']),
});

printRenderResult(result);
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify(result, null, 2));
