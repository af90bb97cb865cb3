// Schemathesis as an outside client: it reads GET /api/openapi.json of the real app on the seeded
// test Neo4j, generates requests from it (editor token included, so writes run too) and checks
// every response: no 5xx, status code, content type, headers and body as documented, bad input
// refused, auth not ignored. The exceptions it is allowed are in schemathesis.toml, nowhere else.
// Two runs inside a ≤ 2-minute budget: everything but retraction first, on the intact seed; then
// the article operations with DELETE, which retracts the seed articles (the suite clears after).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../config/paths.ts';
import { TEST_EDITOR_TOKEN, useSeededApiApp } from '../support/api-app.ts';

const CLI = projectPath('.venv-schemathesis', 'bin', 'schemathesis');
const CONFIG = projectPath('tests', 'schemathesis', 'schemathesis.toml');
const PINNED = /^schemathesis==(\S+)$/m.exec(readFileSync(projectPath('tests', 'schemathesis', 'requirements.txt'), 'utf8'))![1]!;
const INSTALL =
  'python3 -m venv .venv-schemathesis && .venv-schemathesis/bin/pip install -r tests/schemathesis/requirements.txt (the install step of .ci/run)';

const RUNS = [
  { name: 'every operation but retraction', filter: ['--exclude-method', 'DELETE'], maxTimeS: 75 },
  { name: 'the article operations, retraction included', filter: ['--include-path-regex', '^/api/articles'], maxTimeS: 25 },
];

interface Finished {
  code: number | null;
  output: string;
}

function runCli(args: string[], cwd: string): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(CLI, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

/**
 * The summary block at the end of a run (or everything, when it ended before one), each line
 * behind a bar: its "=== 1 warning in 75.30s ===" banners are pytest's closing lines in shape,
 * and CI took the test run for one that ran no test when they stood alone on a line.
 */
const summaryOf = (output: string) =>
  output
    .slice(Math.max(0, output.search(/={3,} (ERRORS|FAILURES|SUMMARY) ={3,}/)))
    .trimEnd()
    .replace(/^/gm, '  | ');

describe('schemathesis against the OpenAPI document', () => {
  const api = useSeededApiApp();

  it(`is installed at the pinned version (${PINNED})`, async () => {
    expect(existsSync(CLI), `schemathesis is not installed; run: ${INSTALL}`).toBe(true);
    const { output } = await runCli(['--version'], os.tmpdir());
    expect(output.trim(), `the wrong schemathesis is installed; run: ${INSTALL}`).toBe(`schemathesis, version ${PINNED}`);
  });

  for (const run of RUNS) {
    it(
      `finds no failure in ${run.name}`,
      async () => {
        expect(existsSync(CLI), `schemathesis is not installed; run: ${INSTALL}`).toBe(true);
        // Its own working folder: schemathesis keeps caches in the current directory.
        const cwd = mkdtempSync(path.join(os.tmpdir(), 'vj-schemathesis-'));
        try {
          const args = [
            '--config-file',
            CONFIG,
            'run',
            `${api.baseUrl}/api/openapi.json`,
            '--header',
            `Authorization: Bearer ${TEST_EDITOR_TOKEN}`,
            '--max-time',
            String(run.maxTimeS),
            // One worker: with two, schemathesis builds strategies on two threads, and the
            // CPython 3.11 line before 3.11.8 (gh-106905) races in ast.parse there, which
            // Hypothesis calls to describe a filter — a "Runtime Error" the clean-clone CI run hit.
            '--workers',
            '1',
            ...run.filter,
          ];
          const { code, output } = await runCli(args, cwd);
          console.log(`schemathesis, ${run.name}:\n${summaryOf(output)}`);
          expect(output).toMatch(/Test cases:\s+\d+ generated/);
          expect(code, summaryOf(output)).toBe(0);
        } finally {
          rmSync(cwd, { recursive: true, force: true });
        }
      },
      (run.maxTimeS + 60) * 1000,
    );
  }
});
