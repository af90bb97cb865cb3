// The managed local Neo4j, exercised on the test run's own instance (started standing by the
// global setup): what it runs with, what it reports, and what it refuses.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transactionMemory } from '../../tools/neo4j/neo4j-conf.ts';
import {
  acquireLocalNeo4j,
  ensureLocalNeo4j,
  freePort,
  LocalNeo4jError,
  statusLocalNeo4j,
  stopLocalNeo4j,
} from '../../tools/neo4j/local-neo4j.ts';
import { testDriver, testNeo4j } from '../support/neo4j-context.ts';

const { local } = testNeo4j();
const otherDir = mkdtempSync(path.join(os.tmpdir(), 'vj-neo4j-other-'));
afterAll(() => rmSync(otherDir, { recursive: true, force: true }));

function threadState(pid: number, task: string): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2];
  } catch {
    return 'T'; // a thread that ended meanwhile answers nothing either
  }
}

const bytes = (size: string) => Number(size.slice(0, -1)) * (size.endsWith('g') ? 1024 ** 3 : 1024 ** 2);

describe.runIf(local)('the managed local Neo4j', () => {
  const driver = testDriver();
  let pid: number;
  beforeAll(async () => {
    pid = (await statusLocalNeo4j(local!.dir)).pid!;
  });
  afterAll(() => driver.close());

  it('reports the running instance, on loopback, standing', async () => {
    expect(await statusLocalNeo4j(local!.dir)).toMatchObject({
      state: 'running',
      boltPort: local!.boltPort,
      uri: `bolt://127.0.0.1:${local!.boltPort}`,
      standing: true,
      holders: 0,
    });
  });

  it('treats a second start while running as harmless', async () => {
    const lines: string[] = [];
    const again = await ensureLocalNeo4j({ ...local!, log: (l) => lines.push(l) });
    expect(again).toMatchObject({ state: 'running', started: false, pid });
    expect(lines.join('\n')).toMatch(/already running/);
  });

  it('says at once when the folder keeps another password', async () => {
    const started = Date.now();
    await expect(acquireLocalNeo4j({ ...local!, password: 'not-the-password', log: () => undefined })).rejects.toThrow(
      /refuses the password .* set NEO4J_PASSWORD/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await statusLocalNeo4j(local!.dir)).holders).toBe(0);
  });

  it('runs the JVM with the configured heap', async () => {
    const heap = local!.heap!;
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    expect(cmdline).toEqual(expect.arrayContaining([`-Xms${heap}`, `-Xmx${heap}`, '-XX:+ExitOnOutOfMemoryError']));
    const flags = execFileSync('jcmd', [String(pid), 'VM.flags'], { encoding: 'utf8' });
    expect(flags).toContain(`-XX:MaxHeapSize=${bytes(heap)} `);
    // And as the database itself sees it.
    const { records } = await driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max",
    );
    expect(records[0]!.get('max').toNumber()).toBe(bytes(heap));
  });

  it('limits transaction memory, and the limit applies', async () => {
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name STARTS WITH 'db.memory.transaction' RETURN name, value ORDER BY name",
    );
    const expected = transactionMemory(local!.heap!);
    const mib = (size: string) => `${Number(size.slice(0, -1)).toFixed(2)}MiB`;
    expect(records.map((r) => [r.get('name'), r.get('value')])).toEqual([
      ['db.memory.transaction.max', mib(expected.perTransaction)],
      ['db.memory.transaction.total.max', mib(expected.total)],
    ]);
    // session.run: executeQuery would retry the transient error for 30 s.
    const session = driver.session();
    try {
      await expect(session.run('UNWIND range(1, 40000000) AS x WITH collect(x) AS l RETURN size(l)')).rejects.toMatchObject({
        code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      });
    } finally {
      await session.close();
    }
  });

  it('logs through the rotating log configuration', () => {
    const logs = path.join(local!.dir, 'logs');
    expect(readFileSync(path.join(logs, 'neo4j.log'), 'utf8')).toContain(
      `Logging config in use: File '${path.join(local!.dir, 'conf', 'user-logs.xml')}'`,
    );
    expect(readFileSync(path.join(logs, 'debug.log'), 'utf8')).toContain(path.join(local!.dir, 'conf', 'server-logs.xml'));
  });

  it('captures what the JVM prints outside its logs in console.log', async () => {
    // CYPHER debug=printcostcomparisons prints planner internals on stdout.
    const consoleLog = path.join(local!.dir, 'logs', 'console.log');
    const before = readFileSync(consoleLog, 'utf8').length;
    await driver.executeQuery('CYPHER debug=printcostcomparisons MATCH (n) RETURN count(n)');
    await expect.poll(() => readFileSync(consoleLog, 'utf8').length).toBeGreaterThan(before);
  });

  it('says a Neo4j whose Bolt does not answer is not running', async () => {
    process.kill(pid, 'SIGSTOP');
    try {
      // SIGSTOP reaches each thread in its own time: wait until the kernel reports all stopped (T).
      await expect.poll(() => readdirSync(`/proc/${pid}/task`).every((task) => threadState(pid, task) === 'T')).toBe(true);
      expect(await statusLocalNeo4j(local!.dir)).toMatchObject({ state: 'not-answering', pid });
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect((await statusLocalNeo4j(local!.dir)).state).toBe('running');
  });

  it('refuses, with a clear message, to start another instance on a taken port', async () => {
    const attempt = ensureLocalNeo4j({ ...local!, dir: otherDir, log: () => undefined });
    await expect(attempt).rejects.toThrow(LocalNeo4jError);
    await expect(ensureLocalNeo4j({ ...local!, dir: otherDir, log: () => undefined })).rejects.toThrow(
      new RegExp(`^Port ${local!.boltPort} .* already taken[^\\n]*$`),
    );
  });

  it('reports a failed start-up in one line, without a stack, and exits 1', async () => {
    const cwd = path.join(otherDir, 'cli');
    const dir = path.join(otherDir, 'unstartable');
    mkdirSync(cwd, { recursive: true });
    // A heap no JVM here can have: first neo4j-admin (setting the password) fails on it…
    const env = { ...process.env, NEO4J_LOCAL_DIR: dir, NEO4J_LOCAL_BOLT_PORT: String(await freePort()), NEO4J_LOCAL_HEAP: '100000g' };
    const start = () =>
      spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('tools/neo4j/cli.ts'), 'start'], {
        cwd,
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
    const failure = (res: ReturnType<typeof start>) => {
      expect(res.status).toBe(1);
      const lines = res.stderr.trim().split('\n');
      expect(lines.slice(0, -1).every((l) => l.startsWith('neo4j: '))).toBe(true);
      return lines.at(-1);
    };
    expect(failure(start())).toMatch(/^Could not set the initial Neo4j password: .*heap/);
    // … then, with the password set already, the server itself.
    mkdirSync(path.join(dir, 'data', 'dbms'), { recursive: true });
    writeFileSync(path.join(dir, 'data', 'dbms', 'auth.ini'), '');
    expect(failure(start())).toMatch(/^Neo4j exited during start-up \(code 1\): .*(memory|heap).* \(logs in .*\)$/);
    expect(await statusLocalNeo4j(dir)).toEqual({ state: 'stopped' });
  }, 120_000);

  it('stopping a folder with no running instance is a no-op', async () => {
    expect(await stopLocalNeo4j(otherDir)).toBe(false);
    expect(await statusLocalNeo4j(otherDir)).toEqual({ state: 'stopped' });
  });

  it('never signals a process that merely reuses the recorded pid', async () => {
    const dir = path.join(otherDir, 'reused');
    mkdirSync(path.join(dir, 'run'), { recursive: true });
    const unrelated = spawn('sleep', ['30']);
    try {
      writeFileSync(
        path.join(dir, 'run', 'local-neo4j.json'),
        JSON.stringify({ pid: unrelated.pid, boltPort: local!.boltPort, standing: false }),
      );
      expect(await statusLocalNeo4j(dir)).toEqual({ state: 'stopped' });
      expect(await stopLocalNeo4j(dir, 1000)).toBe(false);
      await new Promise((r) => setTimeout(r, 200));
      expect(unrelated.exitCode).toBeNull();
      expect(unrelated.signalCode).toBeNull();
    } finally {
      unrelated.kill();
    }
  });

  it('writes a configuration that listens on loopback only and keeps LOAD CSV off local files', () => {
    const conf = readFileSync(path.join(local!.dir, 'conf', 'neo4j.conf'), 'utf8');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('dbms.security.allow_csv_import_from_file_urls=false');
  });
});
