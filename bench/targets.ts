// The targets (issues 5 and 12), checked against one benchmark run's results: each line names the target,
// the measured figure and whether it is met, so `npm run bench` ends with the verdict and the
// performance notes quote it instead of retyping numbers.
import { EXPLORER_INITIAL_NODES } from '../contract/api/limits.ts';
import { BUNDLE_BUDGET_GZIP } from '../tools/bundle-sizes.ts';
import type { LoadBenchResult } from './load.ts';
import type { RenderBenchResult } from './render.ts';
import { FIXED_CASES, type CaseName, type CaseResult, type ServeBenchResult, type SizeResult } from './serve.bench.ts';

export interface TargetCheck {
  area: 'loading' | 'serving' | 'writing' | 'rendering';
  target: string;
  measured: string;
  met: boolean;
}

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** neo4j-admin's rate covers its whole run (nodes and articles too), so the verdict compares whole loads. */
export function loadTargets(r: LoadBenchResult): TargetCheck[] {
  const best = Math.max(...r.rows.filter((x) => x.loader.startsWith('UNWIND')).map((x) => x.relsPerSec));
  return [
    { area: 'loading', target: '≥ 50,000 relationships/s', measured: `${n(best)} relationships/s`, met: best >= 50_000 },
    {
      area: 'loading',
      target: 'transactional loader ≥ 0.3× neo4j-admin import',
      measured: `whole load ${n(r.ratios.totalVsAdmin, 2)}× (relationships phase vs the tool's overall rate: ${n(r.ratios.bestVsAdmin, 2)}×)`,
      met: r.ratios.totalVsAdmin >= 0.3,
    },
    {
      area: 'loading',
      target: 'npm run seed -- --bulk end to end ≥ 0.8× neo4j-admin import',
      measured: `${n(r.ratios.bulkVsAdmin, 2)}× (the tool's own figure against the whole command, server restarts and schema included)`,
      met: r.ratios.bulkVsAdmin >= 0.8,
    },
    { area: 'loading', target: '≥ 100× the naive loader', measured: `${n(r.ratios.bestVsNaive)}×`, met: r.ratios.bestVsNaive >= 100 },
  ];
}

/** The serving targets are read on the 1M-relationship graph when it was measured, else the largest. */
export function servingSize(r: ServeBenchResult): SizeResult | undefined {
  return r.sizes.find((s) => s.rels === 1_000_000) ?? r.sizes.at(-1);
}

export function serveTargets(r: ServeBenchResult): TargetCheck[] {
  const size = servingSize(r);
  if (!size) return [];
  const at = `${n(size.nodes)}/${n(size.rels)}`;
  const case12 = (name: CaseName) => size.cases.find((c) => c.case === name && c.connections === 12);
  const checks: TargetCheck[] = [];
  const serving = (target: string, measured: string, met: boolean) => checks.push({ area: 'serving', target, measured, met });
  const p99 = (name: CaseName, limit: number, label: string) => {
    const c = case12(name);
    if (c) serving(`${label} p99 ≤ ${limit} ms at 12 connections (${at})`, `${n(c.api.p99, 1)} ms`, c.api.p99 <= limit);
  };
  const fixed = size.cases.filter((c) => FIXED_CASES.includes(c.case));
  const worstOf = (list: CaseResult[], by: (c: CaseResult) => number, higherIsWorse = true) =>
    list.reduce((w, c) => ((higherIsWorse ? by(c) > by(w) : by(c) < by(w)) ? c : w), list[0]!);
  const withPeer = fixed.filter((c) => c.throughputVsQueryApi !== undefined);
  const mix = size.cases.filter((c) => c.case === 'cypher');
  const cold = size.cases.filter((c) => c.case === 'cypher-cold');
  const errors =
    r.sizes.flatMap((s) => s.cases).reduce((sum, c) => sum + c.api.errors, 0) +
    r.sizes.reduce((sum, s) => sum + (s.soak?.errors ?? 0), 0) +
    r.sizes.reduce((sum, s) => sum + (s.writes ? s.writes.reads.without.errors + s.writes.reads.during.errors : 0), 0);

  const overview = size.cases.find((c) => c.case === 'overview' && c.connections === 1);
  if (overview)
    serving(
      `/api/graph?limit=${EXPLORER_INITIAL_NODES} p50 ≤ 100 ms, one request at a time (${at})`,
      `${n(overview.api.p50, 1)} ms (the raw driver ${n(overview.raw.p50, 1)} ms; the same request every time: a warm best case)`,
      overview.api.p50 <= 100,
    );
  const search = case12('search');
  if (search)
    serving(
      `search p99 ≤ 2× the raw driver's p99 at 12 connections (${at})`,
      `${n(search.api.p99, 1)} vs ${n(search.raw.p99, 1)} ms (${n(search.api.p99 / search.raw.p99, 2)}×)`,
      search.api.p99 <= 2 * search.raw.p99,
    );
  p99('neighbours-1', 20, '1-hop neighbours');
  p99('neighbours-2', 60, '2-hop neighbours (capped)');
  p99('search', 15, 'search');
  if (fixed.length) {
    const worst = worstOf(fixed, (c) => c.ratio);
    serving(
      `API p50 ≤ 1.3× the raw driver's, every fixed endpoint case (${at})`,
      `worst ${n(worst.ratio, 2)}× (${worst.case}, ${worst.connections} connections)`,
      worst.ratio <= 1.3,
    );
  }
  if (withPeer.length) {
    const slowest = worstOf(withPeer, (c) => c.throughputVsQueryApi!, false);
    serving(
      `API throughput ≥ the Query API's, every fixed endpoint case (${at})`,
      `lowest ${n(slowest.throughputVsQueryApi!, 2)}× (${slowest.case}, ${slowest.connections} connections: ${n(slowest.api.rps)} vs ${n(slowest.queryApi!.rps)} req/s)`,
      withPeer.every((c) => c.api.rps >= c.queryApi!.rps),
    );
  }
  if (mix.length) {
    const worstMix = worstOf(mix, (c) => c.ratio);
    serving(
      `ad-hoc Cypher p50 ≤ 2× the driver's on the mix (${at})`,
      `worst ${n(worstMix.ratio, 2)}× (${worstMix.connections} connections: ${n(worstMix.api.p50, 1)} vs ${n(worstMix.raw.p50, 1)} ms` +
        `${worstMix.verdicts ? `, verdict cache hits ${n(worstMix.verdicts.hitRate * 100, 1)} %` : ''})` +
        `${cold.length ? `; cold cache ${cold.map((c) => `${n(c.ratio, 2)}×`).join(', ')}` : ''}`,
      mix.every((c) => c.ratio <= 2),
    );
  }
  serving('no errors', `${errors} errors`, errors === 0);
  const soak = r.sizes.find((s) => s.soak)?.soak;
  if (soak) {
    // "Flat": the live heap after a full GC ends within 10 % (or 5 MB) of where it started.
    const { start, end } = soak.heapUsedAfterGcMB;
    checks.push({
      area: 'serving',
      target: `server memory flat over a ${soak.seconds} s soak`,
      measured: `heap after GC ${n(start, 1)} → ${n(end, 1)} MB ${soak.drain.drained ? `once the ${soak.drain.inFlight} requests in flight at the end were done` : `with requests still in flight after ${soak.drain.seconds} s`}, RSS max ${n(soak.rssMB.max)} MB`,
      met: soak.drain.drained && end <= Math.max(start * 1.1, start + 5),
    });
  }
  const writes = r.sizes.find((s) => s.writes);
  if (writes?.writes) {
    const w = writes.writes;
    const where = `${n(writes.nodes)}/${n(writes.rels)}, while the read mix runs at ${r.options.connections[0]} connections`;
    checks.push(
      {
        area: 'writing',
        target: '≥ 20 articles/s extracted',
        measured: `${n(w.extraction.articlesPerSec)} articles/s (${w.extraction.note})`,
        met: w.extraction.articlesPerSec >= 20,
      },
      {
        area: 'writing',
        target: `commit of a typical article p50 ≤ 200 ms (${where})`,
        measured: `p50 ${n(w.commit.p50, 1)} ms, p99 ${n(w.commit.p99, 1)} ms over ${w.commit.count} commits, ${w.writeErrors} failed`,
        met: w.commit.p50 <= 200 && w.writeErrors === 0,
      },
      {
        area: 'writing',
        target: "reads' p99 during commits ≤ 1.5× without",
        measured: `${n(w.reads.during.p99, 1)} vs ${n(w.reads.without.p99, 1)} ms (${n(w.reads.p99Ratio, 2)}×)`,
        met: w.reads.p99Ratio <= 1.5,
      },
    );
  }
  return checks;
}

export function renderTargets(r: RenderBenchResult): TargetCheck[] {
  const limits: Record<number, number> = { 300: 1000, 1000: 2000, 5000: 4000 };
  const checks: TargetCheck[] = r.sizes
    .filter((s) => limits[s.cap] !== undefined && s.navToFirstRenderMs !== null)
    .map((s) => ({
      area: 'rendering',
      target: `${n(s.cap)} nodes: first rendered graph ≤ ${n(limits[s.cap]! / 1000)} s`,
      measured: `${n(s.navToFirstRenderMs!)} ms (${n(s.nodes)} nodes, ${n(s.edges)} edges)`,
      met: s.navToFirstRenderMs! <= limits[s.cap]!,
    }));
  if (r.seed.navToFirstRenderMs !== null)
    checks.push({
      area: 'rendering',
      target: `the seed graph (${r.seed.nodes} nodes): first rendered graph ≤ 600 ms`,
      measured: `${n(r.seed.navToFirstRenderMs)} ms (median of ${r.seed.runs}; min ${n(r.seed.minFirstRenderMs ?? NaN)}, max ${n(r.seed.maxFirstRenderMs ?? NaN)})`,
      met: r.seed.navToFirstRenderMs <= 600,
    });
  const kb = r.bundle.initialGzip / 1024;
  const budget = BUNDLE_BUDGET_GZIP / 1024;
  checks.push({ area: 'rendering', target: `initial bundle ≤ ${budget} KB gzip`, measured: `${n(kb, 1)} KB`, met: kb <= budget });
  return checks;
}

export function formatTargets(checks: TargetCheck[]): string {
  return [
    '| area | target | measured | met |',
    '|---|---|---|---|',
    ...checks.map((c) => `| ${c.area} | ${c.target} | ${c.measured} | ${c.met ? 'yes' : '**no**'} |`),
  ].join('\n');
}
