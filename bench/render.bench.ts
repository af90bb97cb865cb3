// npm run bench:render -- --nodes 6000 --rels 20000 --sizes 300,1000,5000 --runs 3 --seed-runs 5
// Time to first rendered graph in headless Chromium for several initial node caps, the seed
// graph's navigation → first render, and the initial bundle's gzip size (see bench/render.ts).
// Prints tables and writes bench/results/render.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_RENDER_OPTIONS, runRenderBench } from './render.ts';

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

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
console.log(
  `\nRendering, headless Chromium ${result.viewport.width}×${result.viewport.height}, median of ${values.runs} runs (fresh context each); synthetic graph ${result.graph.nodes} nodes / ${result.graph.rels} rels`,
);
console.table(
  result.sizes.map((r) => ({
    cap: r.cap,
    nodes: r.nodes,
    edges: r.edges,
    renderer: r.renderer,
    'nav→fetch done ms': r.navToFetchDoneMs,
    'fetch→added ms': r.fetchToAddedMs,
    'layout ms': r.layoutMs,
    'fetch→first render ms': r.fetchToFirstRenderMs,
    'nav→first render ms': r.navToFirstRenderMs,
    'capped notice': r.capped,
  })),
);
const s = result.seed;
console.log('\nReal seed graph, navigation → first rendered graph');
console.table([
  {
    runs: s.runs,
    nodes: s.nodes,
    'nav→first render ms (median)': s.navToFirstRenderMs,
    'min/max': `${s.minFirstRenderMs}/${s.maxFirstRenderMs}`,
    'nav→ready ms': s.navToReadyMs,
    'DOMContentLoaded ms': s.domContentLoadedMs,
    'fetch done ms': s.fetchDoneMs,
    'layout ms': s.layoutMs,
  },
]);
const b = result.bundle;
console.log(`\nInitial bundle (gzip): ${kb(b.initialGzip)} total, JS ${kb(b.initialJsGzip)}`);
console.table([...b.initial.map((f) => ({ ...f, load: 'initial' })), ...b.lazy.map((f) => ({ ...f, load: 'lazy' }))].map((f) => ({ file: f.file, load: f.load, raw: kb(f.raw), gzip: kb(f.gzip) })));
const avg = (xs: number[]) => xs.map((l) => l.toFixed(2)).join(' ');
console.log(`cores ${result.cores}; load average before ${avg(result.loadavgBefore)}, after ${avg(result.loadavgAfter)}`);

mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, JSON.stringify(result, null, 2));
