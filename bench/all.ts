// npm run bench [-- --only load,serve,render] [-- --quick]: every benchmark in one run, one part
// after the other (they share the cores, so never in parallel): loading on 100k/1M (our loader,
// naive, neo4j-admin import), serving on 10k/100k and 100k/1M with a 2-minute soak and writes
// under load, rendering in Chromium, each once the machine has settled from the one before (at
// most 3 minutes' wait). Prints each part's tables and the targets verdict; writes
// bench/results/<part>.json and bench/results/all.json. --quick runs everything on 10k/100k with
// short durations.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { printLoadResult, runLoadBench, type LoadBenchResult } from './load.ts';
import { printRenderResult, runRenderBench, type RenderBenchResult } from './render.ts';
import { printServeResult, runServeBench, type ServeBenchResult } from './serve.bench.ts';
import { formatTargets, loadTargets, renderTargets, serveTargets, type TargetCheck } from './targets.ts';

const PARTS = ['load', 'serve', 'render'] as const;
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: PARTS.join(',') },
    quick: { type: 'boolean', default: false },
  },
});
const only = values.only.split(',');
const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length) throw new Error(`--only: unknown part(s) ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);

const log = (line: string) => console.error(line);
const quick = values.quick;
const write = (name: string, result: unknown) => {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${name}.json`, JSON.stringify(result, null, 2));
};
/**
 * Before each part: the 1-minute load average down to half the cores, or 3 minutes waited. The
 * parts run one after the other, and the last one's processes (50-connection cases, a Neo4j
 * shutting down) otherwise still load the cores the next one measures on.
 */
async function settle(part: string): Promise<void> {
  const calm = os.cpus().length / 2;
  const deadline = performance.now() + 180_000;
  while (os.loadavg()[0]! > calm && performance.now() < deadline) await sleep(5_000);
  log(`(${part}: load average ${os.loadavg()[0]!.toFixed(2)} at the start)`);
}
const started = performance.now();
const results: { load?: LoadBenchResult; serve?: ServeBenchResult; render?: RenderBenchResult } = {};
const checks: TargetCheck[] = [];

if (only.includes('load')) {
  await settle('load');
  log('\n== loading ==');
  results.load = await runLoadBench({ ...(quick ? { nodes: 10_000, rels: 100_000, batches: [5_000] } : {}), log });
  printLoadResult(results.load);
  write('load', results.load);
  checks.push(...loadTargets(results.load));
}
if (only.includes('serve')) {
  await settle('serve');
  log('\n== serving ==');
  results.serve = await runServeBench({
    sizes: quick
      ? [{ nodes: 10_000, rels: 100_000 }]
      : [
          { nodes: 10_000, rels: 100_000 },
          { nodes: 100_000, rels: 1_000_000 },
        ],
    durationS: quick ? 3 : 10,
    connections: [12, 50],
    soakS: quick ? 10 : 120,
    writesS: quick ? 5 : 30,
    log,
  });
  printServeResult(results.serve);
  write('serve', results.serve);
  checks.push(...serveTargets(results.serve));
}
if (only.includes('render')) {
  await settle('render');
  log('\n== rendering ==');
  results.render = await runRenderBench({ ...(quick ? { runs: 1, seedRuns: 2 } : {}), log });
  printRenderResult(results.render);
  write('render', results.render);
  checks.push(...renderTargets(results.render));
}

console.log(
  `\nTargets (${quick ? 'quick run: smaller graphs than the targets name' : 'full run'}; ${os.cpus().length} cores; ${((performance.now() - started) / 60_000).toFixed(1)} min):`,
);
console.log(formatTargets(checks));
write('all', { at: new Date().toISOString(), quick, cores: os.cpus().length, targets: checks, ...results });
