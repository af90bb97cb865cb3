// The client build's weight: what index.html loads before the first frame (the initial bundle,
// budgeted at BUNDLE_BUDGET_GZIP) and every chunk loaded on demand. The rendering benchmark prints
// it; a test holds the budget.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The initial bundle's budget, gzip bytes. */
export const BUNDLE_BUDGET_GZIP = 250 * 1024;

export interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  initial: BundleFile[];
  lazy: BundleFile[];
  initialGzip: number;
  initialJsGzip: number;
}

/** Gzip sizes of what index.html loads up front, and of every other chunk (loaded on demand). */
export function bundleSizes(dir: string): BundleSizes {
  const html = readFileSync(path.join(dir, 'index.html'));
  const initialRefs = [...html.toString().matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const file = (f: string): BundleFile => {
    const bytes = readFileSync(path.join(dir, f));
    return { file: f, raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  const initial = ['index.html', ...initialRefs].map(file);
  const lazy = readdirSync(path.join(dir, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => !initialRefs.includes(f))
    .map(file);
  const sum = (xs: BundleFile[], ext?: string) => xs.filter((x) => !ext || x.file.endsWith(ext)).reduce((a, x) => a + x.gzip, 0);
  return { initial, lazy, initialGzip: sum(initial), initialJsGzip: sum(initial, '.js') };
}
