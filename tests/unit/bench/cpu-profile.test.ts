// The profile summary bench:profile prints: self time summed by owner and function, as shares.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { owner, summarise } from '../../../bench/cpu-profile.ts';

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
});
