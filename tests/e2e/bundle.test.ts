// The client's initial bundle (what index.html loads before the first frame) within its budget,
// and without zod: the client validates with zod only in lazy chunks (a restored draft), and one
// constant imported from a zod schema module once put all of zod (~40 KB gzip) in the initial one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_GZIP, bundleSizes, type BundleFile, type BundleSizes } from '../../tools/bundle-sizes.ts';
import { CLIENT_OUT_DIR, ensureClientBuild } from '../../tools/ensure-client-build.ts';

describe('the initial client bundle', () => {
  let sizes: BundleSizes;
  beforeAll(async () => {
    await ensureClientBuild({ quiet: true });
    sizes = bundleSizes(CLIENT_OUT_DIR);
  });
  const hasZod = (f: BundleFile) => readFileSync(path.join(CLIENT_OUT_DIR, f.file), 'utf8').includes('ZodError');
  const js = (files: BundleFile[]) => files.filter((f) => f.file.endsWith('.js'));

  it(`stays within ${BUNDLE_BUDGET_GZIP / 1024} KB gzip, the new tabs loading lazily`, () => {
    expect(sizes.initialGzip).toBeLessThanOrEqual(BUNDLE_BUDGET_GZIP);
    expect(sizes.lazy.map((f) => f.file).join(' ')).toMatch(/map-view.*\.js/);
    expect(sizes.lazy.map((f) => f.file).join(' ')).toMatch(/cypher-console.*\.js/);
  });

  it('carries no zod', () => {
    expect(js(sizes.initial).length).toBeGreaterThan(0);
    expect(
      js(sizes.initial)
        .filter(hasZod)
        .map((f) => f.file),
    ).toEqual([]);
    // The marker is there to find when zod is bundled: the lazy chunk that restores drafts has it.
    expect(js(sizes.lazy).some(hasZod)).toBe(true);
  });
});
