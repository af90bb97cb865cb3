// A managed, real Neo4j 5.26 Community server for machines without Docker: the jars come
// from Maven Central (install.ts), the server runs as a plain `java` process whose home
// (config, data, logs, run/) is one folder.
//
// Several processes may use one folder's server at once (an app, `npm run seed`, a second app),
// so who stops it is decided by what is written in <dir>/run/, under a lock file:
//   local-neo4j.json  the server's pid and port; `standing` once `npm run neo4j:start` asked for
//                     it (then only `neo4j:stop` stops it); `stopping` while a stop is under way
//   leases/<pid>-<n>  one per acquireLocalNeo4j() holder; a dead holder's lease does not count
// A holder's release() stops the server only when it is not standing and no live lease remains.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { spawnConsoleLog } from './console-log.ts';
import { neo4jAdmin, NEO4J_VERSION, requireJava, resolveJars } from './install.ts';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import { jvmArgs, writeLocalConfig, type LocalConfigOptions } from './neo4j-conf.ts';
import { commandLine, processAlive, processStamp, sameProcess, sleep, withFileLock } from './processes.ts';

export { LocalNeo4jError } from './local-neo4j-error.ts';
export { neo4jAdmin, NEO4J_VERSION } from './install.ts';
export { writeLocalConfig } from './neo4j-conf.ts';

export interface LocalNeo4jOptions extends LocalConfigOptions {
  /** Instance folder: conf/, data/, logs/, run/, import/ live here. */
  dir: string;
  password: string;
  /** Where the server jars are cached (shared by every instance folder); see install.ts for the default. */
  cacheDir?: string;
  /** Progress lines ("resolving", "starting", ...); defaults to stderr. */
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

/**
 * `running` means it answers on Bolt. `not-answering`: our process is up but Bolt is closed
 * (starting, or hung). `stopping`: a stop is under way.
 */
export type LocalNeo4jState = 'running' | 'not-answering' | 'stopping' | 'stopped';

export interface LocalNeo4jStatus {
  state: LocalNeo4jState;
  pid?: number;
  boltPort?: number;
  uri?: string;
  /** Started or adopted by `npm run neo4j:start`: apps never stop it. */
  standing?: boolean;
  /** Live acquireLocalNeo4j() holders. */
  holders?: number;
}

export interface LocalNeo4jLease {
  /** Whether this call started the server (rather than finding it running). */
  started: boolean;
  uri: string;
  pid: number;
  /** Gives the lease back; stops the server if it is not standing and no other holder is alive. Resolves true if it stopped it. */
  release(): Promise<boolean>;
}

interface ServerRecord {
  pid: number;
  boltPort: number;
  standing: boolean;
  stopping?: boolean;
}

const DEFAULT_START_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
/** A lock holder may be starting the server: wait for longer than a start may take. */
const LOCK_WAIT_MS = DEFAULT_START_TIMEOUT_MS + 60_000;

const runPath = (dir: string, name: string) => path.join(dir, 'run', name);
const recordFile = (dir: string) => runPath(dir, 'local-neo4j.json');
const leasesDir = (dir: string) => runPath(dir, 'leases');
const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}

function locked<T>(dir: string, fn: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  mkdirSync(path.join(dir, 'run'), { recursive: true });
  const onTimeout = (holder: number) =>
    new LocalNeo4jError(
      `Another process (pid ${holder}) has been starting or stopping the local Neo4j in ${dir} for over ${Math.round(waitMs / 1000)} s; try again once it is done.`,
    );
  return withFileLock(runPath(dir, 'local-neo4j.lock'), waitMs, onTimeout, fn);
}

function readRecord(dir: string): ServerRecord | undefined {
  try {
    return JSON.parse(readFileSync(recordFile(dir), 'utf8')) as ServerRecord;
  } catch {
    return undefined;
  }
}

/** Readers take no lock (status, lease counting), so a file must never be seen half-written. */
function writeAtomically(file: string, content: string): void {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}

const writeRecord = (dir: string, record: ServerRecord) => writeAtomically(recordFile(dir), JSON.stringify(record));

/**
 * The recorded server, if its pid is still our Neo4j: a pid reused by an unrelated process
 * (after a reboot or a crash) must never be taken for it, let alone signalled.
 */
function ourServer(dir: string): ServerRecord | undefined {
  const record = readRecord(dir);
  if (!record) return undefined;
  const cmd = commandLine(record.pid);
  return cmd?.includes('org.neo4j.server.CommunityEntryPoint') && `${cmd} `.includes(` --home-dir=${dir} `) ? record : undefined;
}

let leaseCount = 0;

function addLease(dir: string): string {
  mkdirSync(leasesDir(dir), { recursive: true });
  const file = path.join(leasesDir(dir), `${process.pid}-${++leaseCount}`);
  writeAtomically(file, JSON.stringify({ pid: process.pid, stamp: processStamp(process.pid) }));
  return file;
}

/** Counts the leases whose holder still runs, and deletes the others. */
function liveLeases(dir: string): number {
  if (!existsSync(leasesDir(dir))) return 0;
  let live = 0;
  for (const name of readdirSync(leasesDir(dir)).filter((n) => !n.endsWith('.tmp'))) {
    const file = path.join(leasesDir(dir), name);
    try {
      const { pid, stamp } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; stamp?: string };
      if (sameProcess(pid, stamp)) {
        live++;
        continue;
      }
    } catch {
      // unreadable: not a lease anyone can hold
    }
    rmSync(file, { force: true });
  }
  return live;
}

/** Answers a Bolt handshake: proves the server is accepting clients, without needing the password. */
function boltHandshake(port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => {
      // Magic preamble, then four proposed versions (5.0 and 4.4, two empty slots).
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 0, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
    });
    let received = 0;
    socket.on('data', (chunk) => {
      received += chunk.length;
      if (received >= 4) done(true);
    });
    socket.once('end', () => done(false));
  });
}

/**
 * Bolt answers a session with the password: the server is ready for the app. A refused password
 * is final (waiting would not help): the folder keeps the password of its first start.
 */
async function boltReady(uri: string, password: string, dir: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch (err) {
    if (err instanceof Neo4jError && err.code.startsWith('Neo.ClientError.Security.')) {
      throw new LocalNeo4jError(
        `The local Neo4j in ${dir} refuses the password (${err.code}): it keeps the one it was first started with; set NEO4J_PASSWORD to that one, or delete ${dir} to start afresh.`,
      );
    }
    return false;
  } finally {
    await driver.close();
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Asks the OS for `count` distinct free loopback ports (tests and benchmarks use them for an
 * instance of their own): each is held until all are found, so no two are the same.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
    }
    return servers.map((s) => (s.address() as net.AddressInfo).port);
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

export const freePort = async (): Promise<number> => (await freePorts(1))[0]!;

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

/** SIGTERM, then SIGKILL after the grace period; resolves once the process is gone. */
async function terminate(pid: number, graceMs: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  if (await waitForExit(pid, graceMs)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await waitForExit(pid, 10_000);
}

function setInitialPassword(dir: string, password: string, cacheDir: string | undefined): void {
  // Only effective before the first start; the auth file shows a first start has happened.
  if (existsSync(path.join(dir, 'data', 'dbms', 'auth.ini'))) return;
  const res = neo4jAdmin(dir, ['dbms', 'set-initial-password', password, '--require-password-change=false'], [], cacheDir);
  if (res.status !== 0) {
    const reason = `${res.stdout}\n${res.stderr}`.trim().split('\n').at(-1);
    throw new LocalNeo4jError(`Could not set the initial Neo4j password: ${reason}`);
  }
}

/** The line of the logs that most likely states why start-up failed, for a one-line message. */
function failureLine(files: string[]): string {
  const lines = files.filter(existsSync).flatMap((f) => readFileSync(f, 'utf8').split('\n'));
  const line =
    // The JVM's own failures say "Error occurred during initialization of VM" first, the reason after.
    lines.find((l) => /\bERROR\b|Error:|Exception|insufficient memory|Could not/.test(l)) ??
    lines.find((l) => /error/i.test(l)) ??
    lines.findLast((l) => l.trim() !== '');
  return line ? line.replace(/^[#\s]+/, '').slice(0, 300) : 'no log written';
}

/** Starts the JVM (the lock is held) and resolves once Bolt answers with the password. */
async function startServer(dir: string, opts: LocalNeo4jOptions, standing: boolean, log: (line: string) => void): Promise<ServerRecord> {
  requireJava();
  if (!(await portFree(opts.boltPort))) {
    throw new LocalNeo4jError(
      `Port ${opts.boltPort} on 127.0.0.1 is already taken by another program: set NEO4J_LOCAL_BOLT_PORT to a free port, or NEO4J_URI to use that server.`,
    );
  }
  const lib = resolveJars(log, opts.cacheDir);
  writeLocalConfig(dir, opts);
  setInitialPassword(dir, opts.password, opts.cacheDir);

  log(`neo4j: starting Neo4j ${NEO4J_VERSION} on ${boltUri(opts.boltPort)} (data in ${path.join(dir, 'data')})…`);
  const consoleLog = path.join(dir, 'logs', 'console.log');
  const keeper = spawnConsoleLog(consoleLog);
  const child = spawn(
    'java',
    [
      ...jvmArgs(opts.heap),
      `-XX:ErrorFile=${path.join(dir, 'logs', 'hs_err_pid%p.log')}`,
      '-cp',
      `${path.join(dir, 'plugins')}/*:${path.join(dir, 'conf')}/*:${lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${dir}`,
      `--config-dir=${path.join(dir, 'conf')}`,
      '--console-mode',
    ],
    // Its own folder as working directory, so that nothing it writes lands in the caller's.
    { cwd: dir, detached: true, stdio: ['ignore', keeper.stdin, keeper.stdin] },
  );
  // The JVM holds the pipe's write end now; ours must go, or the keeper would outlive it.
  keeper.stdin.destroy();
  child.unref();
  const record: ServerRecord = { pid: child.pid!, boltPort: opts.boltPort, standing };
  writeRecord(dir, record);

  const started = Date.now();
  const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  const keeperDone = new Promise((resolve) => keeper.once('exit', resolve));
  const fail = async (what: string) => {
    await Promise.race([keeperDone, sleep(2000)]);
    rmSync(recordFile(dir), { force: true });
    const logs = path.join(dir, 'logs');
    return new LocalNeo4jError(`${what}: ${failureLine([path.join(logs, 'neo4j.log'), consoleLog])} (logs in ${logs})`);
  };
  while (Date.now() < started + timeoutMs) {
    if (exited !== null) throw await fail(`Neo4j exited during start-up (code ${exited})`);
    if (await boltReady(boltUri(opts.boltPort), opts.password, dir)) {
      log(`neo4j: ready after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${record.pid}).`);
      return record;
    }
    await sleep(500);
  }
  await terminate(record.pid, STOP_GRACE_MS);
  throw await fail(`Neo4j did not accept Bolt connections within ${timeoutMs / 1000} s`);
}

/**
 * Finds or starts the server under the lock. A server that is stopping is waited for (outside
 * the lock, so that its stopper can finish) and then started anew.
 */
async function obtain(
  opts: LocalNeo4jOptions,
  mode: 'lease' | 'standing',
): Promise<{ record: ServerRecord; started: boolean; lease?: string }> {
  const log = opts.log ?? defaultLog;
  const dir = path.resolve(opts.dir);
  const timeoutMs = opts.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const outcome = await locked(dir, async () => {
      let record = ourServer(dir);
      if (record?.stopping) return { stoppingPid: record.pid };
      if (record && record.boltPort !== opts.boltPort) {
        throw new LocalNeo4jError(
          `The local Neo4j in ${dir} already runs on port ${record.boltPort}, not ${opts.boltPort}: stop it first (npm run neo4j:stop).`,
        );
      }
      let started = false;
      if (record) {
        // Up but perhaps not answering yet (its starter died mid-start, or it is stopping on a signal of someone else's).
        while (!(await boltReady(boltUri(record.boltPort), opts.password, dir)) && ourServer(dir)) {
          if (Date.now() > deadline) {
            throw new LocalNeo4jError(
              `The local Neo4j in ${dir} (pid ${record.pid}) runs but does not answer on Bolt after ${timeoutMs / 1000} s: stop it (npm run neo4j:stop) and start again.`,
            );
          }
          await sleep(500);
        }
        if (!ourServer(dir)) record = undefined;
        else log(`neo4j: already running (pid ${record.pid}, ${boltUri(record.boltPort)}).`);
      }
      if (!record) {
        record = await startServer(dir, opts, mode === 'standing', log);
        started = true;
      }
      if (mode === 'standing' && !record.standing) {
        record = { ...record, standing: true };
        writeRecord(dir, record);
      }
      return { stoppingPid: undefined, record, started, lease: mode === 'lease' ? addLease(dir) : undefined };
    });
    if (outcome.stoppingPid === undefined) return outcome;
    log(`neo4j: waiting for the Neo4j that is stopping (pid ${outcome.stoppingPid}) to exit…`);
    if (!(await waitForExit(outcome.stoppingPid, Math.max(deadline - Date.now(), STOP_GRACE_MS + 15_000)))) {
      throw new LocalNeo4jError(`The local Neo4j in ${dir} (pid ${outcome.stoppingPid}) is still stopping; try again later.`);
    }
  }
}

/**
 * For apps and scripts that use the local Neo4j while they run: starts it unless it runs
 * (waiting for one that is stopping to finish first), resolves once Bolt answers, and holds a
 * lease until release().
 */
export async function acquireLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jLease> {
  const dir = path.resolve(opts.dir);
  const { record, started, lease } = await obtain(opts, 'lease');
  let released = false;
  return {
    started,
    uri: boltUri(record.boltPort),
    pid: record.pid,
    async release() {
      if (released) return false;
      released = true;
      const toStop = await locked(dir, async () => {
        rmSync(lease!, { force: true });
        const current = ourServer(dir);
        if (!current || current.standing || current.stopping || liveLeases(dir) > 0) return undefined;
        writeRecord(dir, { ...current, stopping: true });
        return current;
      });
      if (!toStop) return false;
      (opts.log ?? defaultLog)(`neo4j: stopping (pid ${toStop.pid}): no other process uses it.`);
      await finishStop(dir, toStop.pid, STOP_GRACE_MS);
      return true;
    },
  };
}

/**
 * `npm run neo4j:start`, and test or benchmark harnesses that stop their instance themselves:
 * starts the server unless it runs and marks it standing, so no app's release() stops it.
 */
export async function ensureLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jStatus & { started: boolean }> {
  const { record, started } = await obtain(opts, 'standing');
  return { state: 'running', pid: record.pid, boltPort: record.boltPort, uri: boltUri(record.boltPort), standing: true, started };
}

async function finishStop(dir: string, pid: number, graceMs: number): Promise<void> {
  await terminate(pid, graceMs);
  // A waiting acquirer may have started a new server by now: only our record goes.
  await locked(dir, async () => {
    if (readRecord(dir)?.pid === pid) rmSync(recordFile(dir), { force: true });
  });
}

/** Stops the server in `dir` whoever uses it (SIGTERM, then SIGKILL after the grace period). Resolves false if none ran. */
export async function stopLocalNeo4j(dir: string, graceMs = STOP_GRACE_MS): Promise<boolean> {
  const resolved = path.resolve(dir);
  if (!existsSync(recordFile(resolved))) return false;
  const record = await locked(resolved, async () => {
    const current = ourServer(resolved);
    if (!current) {
      rmSync(recordFile(resolved), { force: true });
      return undefined;
    }
    writeRecord(resolved, { ...current, stopping: true });
    return current;
  });
  if (!record) return false;
  await finishStop(resolved, record.pid, graceMs);
  return true;
}

export async function statusLocalNeo4j(dir: string): Promise<LocalNeo4jStatus> {
  const resolved = path.resolve(dir);
  const record = ourServer(resolved);
  if (!record) return { state: 'stopped' };
  const known = {
    pid: record.pid,
    boltPort: record.boltPort,
    uri: boltUri(record.boltPort),
    standing: record.standing,
    holders: liveLeases(resolved),
  };
  if (record.stopping) return { state: 'stopping', ...known };
  return { state: (await boltHandshake(record.boltPort)) ? 'running' : 'not-answering', ...known };
}
