// Progress lines for long loads: rows done, rate and ETA per phase, at most every few seconds
// (and always when a phase completes), so a 1M-row load shows it is alive and when it will end.
import type { LoadProgress } from './load.ts';

export function progressReporter(write: (line: string) => void, everyMs = 5_000): (p: LoadProgress) => void {
  const phaseStart = new Map<string, number>();
  let lastLine = 0;
  return (p) => {
    const now = performance.now();
    if (p.done === 0) {
      phaseStart.set(p.phase, now);
      return;
    }
    if (now - lastLine < everyMs && p.done < p.total) return;
    lastLine = now;
    const rate = p.done / (Math.max(1, now - (phaseStart.get(p.phase) ?? now)) / 1000);
    const eta = rate > 0 ? (p.total - p.done) / rate : 0;
    const n = (x: number) => Math.round(x).toLocaleString('en-US');
    write(`  ${p.phase}: ${n(p.done)}/${n(p.total)} (${n(rate)} rows/s${p.done < p.total ? `, ETA ${eta.toFixed(0)} s` : ''})`);
  };
}
