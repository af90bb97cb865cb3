// A V8 CPU profile (.cpuprofile, as `node --cpu-prof` writes it) summed by self time: by owner
// (node_modules/<package>, Node internals, a project file, or the VM's own entries such as
// (idle) and (garbage collector)) and by function, each as a share of the sampled time.
import path from 'node:path';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
  /** µs on the monotonic clock process.hrtime reads, so another process can name a window of it. */
  startTime?: number;
}

/**
 * Sampled time spent busy (anything but idle) between two instants of the monotonic clock (µs,
 * as `process.hrtime.bigint() / 1000n` reads it in any process of the machine): divided by the
 * requests served in that window, the server's CPU cost of one request. Unlike a latency, it
 * hardly moves when other processes load the machine.
 */
export function busyMs(profile: CpuProfile, fromUs: number, toUs: number): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let at = profile.startTime ?? 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at >= fromUs && at < toUs && !idle.has(id)) busy += delta;
  });
  return busy / 1000;
}

/** node_modules/<package>, node:<module>, a project file, or the VM's own entries ((idle), (garbage collector)…). */
export function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inModules = url.split('node_modules/')[1];
  if (inModules) {
    const parts = inModules.split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return 'node internals';
  return path.relative(process.cwd(), url.replace(/^file:\/\//, ''));
}

export function summarise(profile: CpuProfile): { byOwner: [string, number][]; byFunction: [string, number][]; totalMs: number } {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  let total = 0;
  for (const [id, us] of self) {
    const frame = nodes.get(id)!;
    const who = owner(frame.url, frame.functionName);
    total += us;
    byOwner.set(who, (byOwner.get(who) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} · ${who}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const share = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, us]) => [k, us / total] as [string, number]);
  return { byOwner: share(byOwner), byFunction: share(byFunction), totalMs: total / 1000 };
}
