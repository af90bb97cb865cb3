// Builds the client (vite's JS API) only when dist/client is missing or older than its sources,
// so `npm start` and the browser tests never serve a stale bundle and skip the build otherwise.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT as ROOT } from '../config/paths.ts';

export const CLIENT_OUT_DIR = path.join(ROOT, 'dist/client');
/** Everything the bundle is built from: the client, the contract it imports, the vite config and the bundled example queries. */
const SOURCES = ['client', 'contract', 'vite.config.ts', 'cypher/examples'].map((p) => path.join(ROOT, p));

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function clientBuildIsStale(): boolean {
  const index = path.join(CLIENT_OUT_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

/** Returns true when it built. */
export async function ensureClientBuild(opts: { force?: boolean; quiet?: boolean } = {}): Promise<boolean> {
  if (!opts.force && !clientBuildIsStale()) return false;
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), root: path.join(ROOT, 'client'), logLevel: opts.quiet ? 'error' : 'info' });
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureClientBuild({ force: process.argv.includes('--force') })
    .then((built) => {
      if (!built) console.log('client: dist/client is up to date');
    })
    .catch((err: unknown) => {
      console.error('client build failed:', err);
      process.exit(1);
    });
}
