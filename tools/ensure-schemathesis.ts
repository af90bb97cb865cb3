// Part of npm test: the pinned Schemathesis (tests/schemathesis/requirements.txt) in
// .venv-schemathesis/, created on first use, so `npm test` alone sets up what its API fuzzing
// needs (given Python 3 with venv, a prerequisite like Java and Chromium). Quick when present.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../config/paths.ts';

const venv = projectPath('.venv-schemathesis');
const requirements = projectPath('tests', 'schemathesis', 'requirements.txt');
const pinned = /schemathesis==([\w.]+)/.exec(readFileSync(requirements, 'utf8'))?.[1];
const cli = projectPath('.venv-schemathesis', 'bin', 'schemathesis');

const version = existsSync(cli) ? spawnSync(cli, ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
if (version !== `schemathesis, version ${pinned}`) {
  console.log(`schemathesis: installing ${pinned} into .venv-schemathesis/ (once)…`);
  const steps: [string, string[]][] = [
    ['python3', ['-m', 'venv', venv]],
    [projectPath('.venv-schemathesis', 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '-r', requirements]],
  ];
  for (const [command, args] of existsSync(projectPath('.venv-schemathesis', 'bin', 'pip')) ? steps.slice(1) : steps) {
    const run = spawnSync(command, args, { stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(
        `schemathesis: \`${command} ${args.join(' ')}\` failed; Python 3 with venv is needed (Debian: apt-get install python3-venv)`,
      );
      process.exit(1);
    }
  }
}
