// Who stops the local Neo4j, with real processes and signals on an instance of this file's own
// (not the run's shared one): apps hold leases, the last one out stops it unless
// `npm run neo4j:start` made it standing; a start during a stop waits for the stop, then starts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLocalNeo4j, freePort, statusLocalNeo4j, stopLocalNeo4j, type LocalNeo4jOptions } from '../../tools/neo4j/local-neo4j.ts';
import { processAlive } from '../../tools/neo4j/processes.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const { local } = testNeo4j();
const TSX = path.resolve('node_modules/.bin/tsx');
const TSX_LOADER = path.resolve('node_modules/tsx/dist/loader.mjs');
const HOLDER = path.resolve('tests/support/lease-holder.ts');
const CLI = path.resolve('tools/neo4j/cli.ts');

/** An app of its own: a process holding a lease, released on SIGTERM. */
class Holder {
  private readonly child: ChildProcess;
  private readonly lines: AsyncIterator<string>;
  constructor(opts: LocalNeo4jOptions) {
    this.child = spawn(process.execPath, ['--import', TSX_LOADER, HOLDER, JSON.stringify(opts)], { stdio: ['ignore', 'pipe', 'inherit'] });
    this.lines = createInterface({ input: this.child.stdout! })[Symbol.asyncIterator]();
  }
  get pid(): number {
    return this.child.pid!;
  }
  async next<T>(): Promise<T> {
    const { value, done } = await this.lines.next();
    if (done) throw new Error('the holder exited early');
    return JSON.parse(value) as T;
  }
  held = () => this.next<{ started: boolean; pid: number }>();
  /** SIGTERM, as Ctrl-C on an app; resolves with whether its release stopped Neo4j. */
  async release(): Promise<boolean> {
    this.child.kill('SIGTERM');
    return (await this.next<{ stopped: boolean }>()).stopped;
  }
  kill(): void {
    this.child.kill('SIGKILL');
  }
}

describe.runIf(local)('who stops the local Neo4j', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-neo4j-owners-'));
  let opts: LocalNeo4jOptions;
  beforeAll(async () => {
    opts = { dir, boltPort: await freePort(), password: 'owners-password-1', heap: '256m', pagecache: '32m', log: () => undefined };
  });
  afterAll(async () => {
    await stopLocalNeo4j(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a second app reuses the running Neo4j; the first one leaving does not stop it, the last one does', async () => {
    const first = new Holder(opts);
    expect(await first.held()).toMatchObject({ started: true });
    const second = new Holder(opts);
    const { pid, started } = await second.held();
    expect(started).toBe(false);
    expect(await statusLocalNeo4j(dir)).toMatchObject({ state: 'running', pid, holders: 2, standing: false });

    expect(await first.release()).toBe(false);
    expect(await statusLocalNeo4j(dir)).toMatchObject({ state: 'running', pid, holders: 1 });

    expect(await second.release()).toBe(true);
    expect(await statusLocalNeo4j(dir)).toEqual({ state: 'stopped' });
    expect(processAlive(pid)).toBe(false);
  }, 180_000);

  it('a start during a stop waits for the stop to finish, then starts', async () => {
    const app = new Holder(opts);
    const { pid: oldPid } = await app.held();
    const leaving = app.release();
    await expect.poll(() => statusLocalNeo4j(dir).then((s) => s.state), { timeout: 10_000, interval: 50 }).toBe('stopping');

    const lines: string[] = [];
    const restarted = await acquireLocalNeo4j({ ...opts, log: (l) => lines.push(l) });
    expect(processAlive(oldPid)).toBe(false);
    expect(restarted).toMatchObject({ started: true });
    expect(restarted.pid).not.toBe(oldPid);
    expect(lines.join('\n')).toMatch(/waiting for the Neo4j that is stopping/);
    expect(await leaving).toBe(true);
    expect(await statusLocalNeo4j(dir)).toMatchObject({ state: 'running', pid: restarted.pid, holders: 1 });

    // An app that died without releasing leaves a lease nobody holds: it does not keep Neo4j up.
    const crashed = new Holder(opts);
    expect(await crashed.held()).toMatchObject({ started: false });
    crashed.kill();
    await expect.poll(() => processAlive(crashed.pid)).toBe(false);
    expect(await restarted.release()).toBe(true);
    expect(await statusLocalNeo4j(dir)).toEqual({ state: 'stopped' });
  }, 240_000);

  it('a Neo4j started by `npm run neo4j:start` stays up when an app that used it stops', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'vj-neo4j-cli-'));
    const env = {
      ...process.env,
      NEO4J_LOCAL_DIR: dir,
      NEO4J_LOCAL_BOLT_PORT: String(opts.boltPort),
      NEO4J_PASSWORD: opts.password,
      NEO4J_LOCAL_HEAP: '256m',
      NEO4J_LOCAL_PAGECACHE: '32m',
    };
    const cli = (command: string) => spawnSync(TSX, [CLI, command], { cwd, env, encoding: 'utf8', timeout: 150_000 });
    try {
      expect(cli('start').status).toBe(0);
      const app = new Holder(opts);
      expect(await app.held()).toMatchObject({ started: false });
      expect(await app.release()).toBe(false);

      const status = cli('status');
      expect(status.status).toBe(0);
      expect(status.stdout).toMatch(/^neo4j: running \(pid \d+, bolt:\/\/127\.0\.0\.1:\d+; standing, 0 app\(s\) using it\)\n$/);
      expect(cli('stop').stdout).toBe('neo4j: stopped.\n');
      const after = cli('status');
      expect([after.status, after.stdout]).toEqual([3, 'neo4j: not running\n']);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 240_000);
});
