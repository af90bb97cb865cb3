// The profile summary bench:profile prints: self time summed by owner and function, as shares.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { busyMs, owner, summarise } from '../../../bench/cpu-profile.ts';

const frame = (id: number, functionName: string, url: string) => ({ id, callFrame: { functionName, url } });

describe('the CPU profile summary', () => {
  it('names each frame after its package, Node, a project file or the VM', () => {
    expect(owner('file:///app/node_modules/zod/v4/core/core.js', 'parse')).toBe('zod');
    expect(owner('file:///app/node_modules/@scope/pkg/index.js', 'f')).toBe('@scope/pkg');
    expect(owner('node:internal/streams/readable', 'read')).toBe('node internals');
    expect(owner('', '(idle)')).toBe('(idle)');
    expect(owner('', 'writev')).toBe('(native)');
    expect(owner(`file://${path.join(process.cwd(), 'server/http/route.ts')}`, 'handler')).toBe('server/http/route.ts');
  });

  it('sums self time per sampled node into shares that add up to one', () => {
    const s = summarise({
      nodes: [
        frame(1, '(idle)', ''),
        frame(2, 'parse', 'file:///a/node_modules/zod/x.js'),
        frame(3, 'check', 'file:///a/node_modules/zod/y.js'),
      ],
      samples: [1, 2, 1, 3, 1],
      timeDeltas: [3000, 1000, 3000, 1000, 2000],
    });
    expect(s.totalMs).toBe(10);
    expect(s.byOwner).toEqual([
      ['(idle)', 0.8],
      ['zod', 0.2],
    ]);
    expect(s.byFunction.map(([f]) => f)).toEqual(['(idle) · (idle)', 'parse · zod', 'check · zod']);
  });

  it('counts the busy samples of a window of the monotonic clock, idle ones left out', () => {
    const profile = {
      nodes: [frame(1, '(idle)', ''), frame(2, 'parse', 'file:///a/node_modules/zod/x.js')],
      startTime: 1_000_000,
      // Samples at 1.001, 1.002, 1.004, 1.007 and 1.008 s.
      samples: [2, 1, 2, 2, 1],
      timeDeltas: [1000, 1000, 2000, 3000, 1000],
    };
    expect(busyMs(profile, 1_000_000, 1_010_000)).toBe(6);
    expect(busyMs(profile, 1_003_000, 1_007_000)).toBe(2);
    expect(busyMs(profile, 1_007_000, 1_010_000)).toBe(3);
  });
});
