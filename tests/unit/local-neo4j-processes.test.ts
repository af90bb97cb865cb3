// The parts of the local Neo4j's lifecycle that need no Neo4j, with real processes: the
// console.log keeper, the folder lock, pid reuse, and the CLI's answer to a bad configuration.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnConsoleLog } from '../../tools/neo4j/console-log.ts';
import { processStamp, sameProcess, sleep, withFileLock } from '../../tools/neo4j/processes.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-neo4j-processes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(20);
  }
}

describe('the console.log keeper', () => {
  it('rolls the file over at its size limit, keeps the newest files only, and ends with its writer', async () => {
    const file = path.join(dir, 'console.log');
    const keeper = spawnConsoleLog(file, { maxBytes: 1000, kept: 2 });
    const exited = new Promise((resolve) => keeper.once('exit', resolve));
    for (const n of [1, 2, 3, 4, 5]) {
      keeper.stdin.write(String(n).repeat(600));
      // One chunk at a time, so that the pipe does not merge them.
      await until(() => existsSync(file) && readFileSync(file, 'utf8') === String(n).repeat(600));
    }
    keeper.stdin.end();
    await exited;
    expect(readFileSync(file, 'utf8')).toBe('5'.repeat(600));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe('4'.repeat(600));
    expect(readFileSync(`${file}.2`, 'utf8')).toBe('3'.repeat(600));
    expect(existsSync(`${file}.3`)).toBe(false);
  });
});

describe('the folder lock', () => {
  it('serialises its holders', async () => {
    const lock = path.join(dir, 'serial.lock');
    const order: string[] = [];
    const hold = (name: string) =>
      withFileLock(
        lock,
        5000,
        () => new Error('timeout'),
        async () => {
          order.push(`${name} in`);
          await sleep(50);
          order.push(`${name} out`);
        },
      );
    await Promise.all([hold('a'), hold('b')]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over the lock of a process that died, but waits for a live holder', async () => {
    const lock = path.join(dir, 'stale.lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lock, `${dead.stdout} ${processStamp(process.pid)}`);
    expect(
      await withFileLock(
        lock,
        1000,
        () => new Error('timeout'),
        async () => 'taken',
      ),
    ).toBe('taken');

    const sleeper = spawn('sleep', ['30']);
    try {
      writeFileSync(lock, `${sleeper.pid} ${processStamp(sleeper.pid!)}`);
      await expect(
        withFileLock(
          lock,
          300,
          (holder) => new Error(`held by ${holder}`),
          async () => 'taken',
        ),
      ).rejects.toThrow(`held by ${sleeper.pid}`);
      expect(statSync(lock).isFile()).toBe(true);
    } finally {
      sleeper.kill();
    }
  });
});

describe('pid reuse', () => {
  it('a live pid with another start stamp is not the process that was recorded', () => {
    expect(sameProcess(process.pid, processStamp(process.pid))).toBe(true);
    expect(sameProcess(process.pid, 'some-other-start')).toBe(false);
  });
});

describe('npm run neo4j:* with a bad configuration', () => {
  it('prints the configuration message, no stack trace, and exits 1', () => {
    const cli = path.resolve('tools/neo4j/cli.ts');
    const env = { ...process.env, NEO4J_LOCAL_HEAP: 'lots' };
    for (const command of ['start', 'status']) {
      const res = spawnSync(path.resolve('node_modules/.bin/tsx'), [cli, command], { cwd: dir, env, encoding: 'utf8' });
      expect(res.status).toBe(1);
      expect(res.stderr.trim()).toBe('Invalid configuration:\n  NEO4J_LOCAL_HEAP: must look like 512m or 1g');
      expect(res.stdout).toBe('');
    }
  });
});
