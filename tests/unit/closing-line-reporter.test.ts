// CI reads the run's closing line: it must be the plain "N passed, N failed" line, alone, last.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import ClosingLineReporter from '../support/closing-line-reporter.ts';

const moduleWith = (...states: string[]) =>
  ({ children: { allTests: () => states.map((state) => ({ result: () => ({ state }) })) } }) as unknown as TestModule;

describe('the closing-line reporter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('ends the output with the counts on a plain line of their own', () => {
    let written = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((written += String(chunk)), true));
    new ClosingLineReporter().onTestRunEnd([moduleWith('passed', 'passed', 'failed'), moduleWith('skipped', 'pending', 'passed')]);
    const lines = written.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('vitest: 3 passed, 1 failed, 2 skipped');
    // The shape CI recognises: 'N passed, N failed' with an optional ', N skipped' and one word with a colon before it.
    expect(lines.at(-1)).toMatch(/^(\w+: )?\d+ passed, \d+ failed(, \d+ skipped)?$/);
  });
});
