// The client's initial bundle (what index.html loads before the first frame) within its budget,
// and without zod: the client validates with zod only in lazy chunks (a restored draft), and one
// constant imported from a zod schema module once put all of zod (~40 KB gzip) in the initial one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_GZIP, bundleSizes } from '../../tools/bundle-sizes.ts';
import { CLIENT_OUT_DIR, ensureClientBuild } from '../../tools/ensure-client-build.ts';

describe('the initial client bundle', () => {
  beforeAll(() => ensureClientBuild({ quiet: true }));

  it(`stays within ${BUNDLE_BUDGET_GZIP / 1024} KB gzip, the new tabs loading lazily`, () => {
    const sizes = bundleSizes(CLIENT_OUT_DIR);
    expect(sizes.initialGzip).toBeLessThanOrEqual(BUNDLE_BUDGET_GZIP);
    expect(sizes.lazy.map((f) => f.file).join(' ')).toMatch(/map-view.*\.js/);
    expect(sizes.lazy.map((f) => f.file).join(' ')).toMatch(/cypher-console.*\.js/);
  });

  it('carries no zod', () => {
    const initialJs = bundleSizes(CLIENT_OUT_DIR).initial.filter((f) => f.file.endsWith('.js'));
    expect(initialJs.length).toBeGreaterThan(0);
    const withZod = initialJs.filter((f) => readFileSync(path.join(CLIENT_OUT_DIR, f.file), 'utf8').includes('ZodError'));
    expect(withZod.map((f) => f.file)).toEqual([]);
    // The marker is there to find when zod is bundled: the lazy chunk that restores drafts has it.
    const lazyJs = bundleSizes(CLIENT_OUT_DIR).lazy.filter((f) => f.file.endsWith('.js'));
    expect(lazyJs.some((f) => readFileSync(path.join(CLIENT_OUT_DIR, f.file), 'utf8').includes('ZodError'))).toBe(true);
  });
});
