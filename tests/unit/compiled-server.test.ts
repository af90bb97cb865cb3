// Regression: npm start runs the server compiled to dist/server, and modules that found their
// data files next to themselves (import.meta.url) broke there (the gazetteers: every extraction
// answered 500). The compiled modules that read files at run time must find them from the
// project root: compile, then run each in a plain node process.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../config/paths.ts';

const run = promisify(execFile);

describe('the compiled server', () => {
  it('compiles, and reads its Cypher, seed and gazetteers from the project root', { timeout: 120_000 }, async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    await run(process.execPath, [tsc, '-p', 'tsconfig.server.json'], { cwd: PROJECT_ROOT });
    const script = `
      const { cypher } = await import('./dist/server/db/queries.js');
      const { readSeed } = await import('./dist/server/seed/read-seed.js');
      const { extractDraft } = await import('./dist/server/ingest/index.js');
      const draft = extractDraft({ text: 'Le Premier ministre Phạm Minh Chính a reçu M. Suzuki Taro, gouverneur de la préfecture de Shizuoka.', language: 'fr' });
      console.log(JSON.stringify({ query: cypher('count-entities').length > 0, seed: readSeed().nodes.length, places: draft.nodes.filter((n) => n.label === 'Prefecture').map((n) => n.id) }));
    `;
    // From another folder: the compiled code must not rely on the working directory either.
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script.replaceAll('./dist/', `${PROJECT_ROOT}/dist/`)], {
      cwd: '/',
    });
    expect(JSON.parse(stdout)).toEqual({ query: true, seed: 62, places: ['shizuoka'] });
  });
});
