// npm run build / the first step of npm start: the client bundle (only when stale) and the
// server compiled with tsc (incremental: a few seconds when nothing changed), so production
// runs plain `node dist/server/server/index.js`, not a TypeScript loader.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { PROJECT_ROOT } from '../config/paths.ts';
import { ensureClientBuild } from './ensure-client-build.ts';

const force = process.argv.includes('--force');
await ensureClientBuild({ force, quiet: !force });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.server.json'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
if (compiled.status !== 0) {
  console.error('build: the server did not compile (see above)');
  process.exit(1);
}
