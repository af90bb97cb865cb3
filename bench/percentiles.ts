// The benchmarks' one reading of a latency sample: the value at a fraction of the sorted sample
// (nearest rank, no interpolation), NaN for an empty one.

/** Sorts a copy of `ms` and returns the reader of its quantiles. */
export function quantiles(ms: readonly number[]): (p: number) => number {
  const sorted = [...ms].sort((a, b) => a - b);
  return (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : Number.NaN);
}

export interface Percentiles {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Count, p50, p99 and max of a sample, in ms to a tenth. */
export function percentiles(ms: readonly number[]): Percentiles {
  const q = quantiles(ms);
  const tenth = (x: number) => Math.round(x * 10) / 10;
  return { count: ms.length, p50: tenth(q(0.5)), p99: tenth(q(0.99)), max: tenth(q(1)) };
}
