// A managed, real Neo4j 5.26 Community server for machines without Docker: the jars come
// from Maven Central (tools/neo4j/pom.xml), the server runs as a plain `java` process whose
// home (config, data, logs, pid) is one folder. `npm start`, the npm scripts and the test
// global setup all go through ensureLocalNeo4j / stopLocalNeo4j.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectPath } from '../../config/paths.ts';

// From the project root, not this file: compiled, this module runs from dist/server.
const POM = projectPath('tools', 'neo4j', 'pom.xml');
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))![1]!;

export interface LocalNeo4jOptions {
  /** Instance folder: conf/, data/, logs/, run/, import/ live here. */
  dir: string;
  boltPort: number;
  password: string;
  heap?: string;
  pagecache?: string;
  /** Progress lines ("resolving", "starting", ...); defaults to stderr. */
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  boltPort?: number;
  uri?: string;
}

export class LocalNeo4jError extends Error {}

/** Where the resolved jars are kept, shared by every instance folder on the machine. */
export function distDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  return path.join(base, 'vj-graph-explorer', `neo4j-${NEO4J_VERSION}`);
}

function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new LocalNeo4jError('Java was not found on PATH. The local Neo4j needs Java 17 or 21 (e.g. `apt-get install openjdk-17-jre-headless`), or set NEO4J_URI to use a server elsewhere.');
  }
  const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1]);
  if (major !== 17 && major !== 21) {
    throw new LocalNeo4jError(`Neo4j ${NEO4J_VERSION} runs on Java 17 or 21; found Java ${major || 'of unknown version'} (${probe.stderr.split('\n')[0]}).`);
  }
}

/** Resolves the server jars once; later calls find the completed cache and need no network. */
export function resolveJars(log: (line: string) => void): string {
  const lib = path.join(distDir(), 'lib');
  const marker = path.join(distDir(), '.complete');
  if (existsSync(marker)) return lib;
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) {
    throw new LocalNeo4jError('Maven (mvn) was not found on PATH. It is needed once to fetch the Neo4j jars (e.g. `apt-get install maven`), or set NEO4J_URI to use a server elsewhere.');
  }
  log(`neo4j: resolving Neo4j ${NEO4J_VERSION} jars with Maven into ${lib} (first run only, ~120 MB)…`);
  rmSync(lib, { recursive: true, force: true });
  const mvn = spawnSync('mvn', ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (mvn.status !== 0) {
    const tail = `${mvn.stdout}\n${mvn.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(`Maven could not resolve the Neo4j jars (exit ${mvn.status}):\n${tail}`);
  }
  writeFileSync(marker, new Date().toISOString());
  log('neo4j: jars resolved.');
  return lib;
}

const pidFile = (dir: string) => path.join(dir, 'run', 'local-neo4j.json');

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function statusLocalNeo4j(dir: string): LocalNeo4jStatus {
  if (!existsSync(pidFile(dir))) return { running: false };
  const { pid, boltPort } = JSON.parse(readFileSync(pidFile(dir), 'utf8')) as { pid: number; boltPort: number };
  if (!processAlive(pid)) return { running: false };
  return { running: true, pid, boltPort, uri: `bolt://127.0.0.1:${boltPort}` };
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Asks the OS for a free loopback port (tests use this for an instance of their own). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Writes the instance folder's layout and conf/neo4j.conf (on every start). */
export function writeLocalConfig(dir: string, opts: Pick<LocalNeo4jOptions, 'boltPort' | 'heap' | 'pagecache'>): void {
  const d = (sub: string) => path.join(dir, sub);
  for (const sub of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) mkdirSync(d(sub), { recursive: true });
  const conf = [
    '# Written by tools/neo4j/local-neo4j.ts on every start; edit the options there instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    // LOAD CSV may only read the empty import folder, never the machine's files.
    'dbms.security.allow_csv_import_from_file_urls=false',
    `server.directories.data=${d('data')}`,
    `server.directories.logs=${d('logs')}`,
    `server.directories.run=${d('run')}`,
    `server.directories.import=${d('import')}`,
    `server.directories.plugins=${d('plugins')}`,
    `server.memory.heap.initial_size=${opts.heap ?? '512m'}`,
    `server.memory.heap.max_size=${opts.heap ?? '512m'}`,
    `server.memory.pagecache.size=${opts.pagecache ?? '128m'}`,
    'db.transaction.timeout=0',
    // Bound the memory one transaction may track (ad-hoc queries); loads use batches far below
    // it. It does not catch a single huge value such as RETURN range(1, 1e9): see the README.
    'db.memory.transaction.max=256m',
    '',
  ].join('\n');
  writeFileSync(d('conf/neo4j.conf'), conf);
}

const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/**
 * Runs `neo4j-admin <args>` (the same jars' Neo4jAdminCommand) on the instance folder `dir`,
 * whose conf/ must exist (see writeLocalConfig). `javaOpts` such as -Xmx go to its JVM.
 */
export function neo4jAdmin(dir: string, args: string[], javaOpts: string[] = []): SpawnSyncReturns<string> {
  const lib = resolveJars(() => undefined);
  return spawnSync('java', [...javaOpts, '-cp', `${lib}/*`, `-Dbasedir=${dir}`, 'org.neo4j.server.startup.Neo4jAdminCommand', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_CONF: path.join(dir, 'conf') },
    maxBuffer: 64 * 1024 * 1024,
  });
}

function setInitialPassword(dir: string, password: string): void {
  // Only effective before the first start; the auth file shows a first start has happened.
  if (existsSync(path.join(dir, 'data', 'dbms', 'auth.ini'))) return;
  const res = neo4jAdmin(dir, ['dbms', 'set-initial-password', password, '--require-password-change=false']);
  if (res.status !== 0) throw new LocalNeo4jError(`Could not set the initial Neo4j password:\n${res.stdout}${res.stderr}`);
}

function logTail(file: string, lines = 25): string {
  if (!existsSync(file)) return '(no log written)';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}

async function boltAnswers(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/**
 * Starts the local Neo4j unless it already runs, and resolves once Bolt answers.
 * A second call while it runs is harmless and returns at once.
 */
export async function ensureLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4jStatus & { started: boolean }> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dir = path.resolve(opts.dir);
  const current = statusLocalNeo4j(dir);
  if (current.running) {
    if (current.boltPort !== opts.boltPort) {
      throw new LocalNeo4jError(`The local Neo4j in ${dir} already runs on port ${current.boltPort}, not ${opts.boltPort}: stop it first (npm run neo4j:stop).`);
    }
    log(`neo4j: already running (pid ${current.pid}, ${current.uri}).`);
    return { ...current, started: false };
  }
  requireJava();
  if (!(await portFree(opts.boltPort))) {
    throw new LocalNeo4jError(`Port ${opts.boltPort} on 127.0.0.1 is already taken by another program: set NEO4J_LOCAL_BOLT_PORT to a free port, or NEO4J_URI to use that server.`);
  }
  const lib = resolveJars(log);
  writeLocalConfig(dir, opts);
  setInitialPassword(dir, opts.password);

  log(`neo4j: starting Neo4j ${NEO4J_VERSION} on bolt://127.0.0.1:${opts.boltPort} (data in ${path.join(dir, 'data')})…`);
  const consoleLog = path.join(dir, 'logs', 'console.log');
  const out = openSync(consoleLog, 'w');
  const child = spawn(
    'java',
    [
      ...JVM_FLAGS,
      '-cp',
      `${path.join(dir, 'plugins')}/*:${path.join(dir, 'conf')}/*:${lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${dir}`,
      `--config-dir=${path.join(dir, 'conf')}`,
      '--console-mode',
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  child.unref();
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  writeFileSync(pidFile(dir), JSON.stringify({ pid: child.pid, boltPort: opts.boltPort }));

  const started = Date.now();
  const deadline = started + (opts.startTimeoutMs ?? 120_000);
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) {
      rmSync(pidFile(dir), { force: true });
      throw new LocalNeo4jError(`Neo4j exited during start-up (code ${exited}). Last lines of ${consoleLog}:\n${logTail(consoleLog)}`);
    }
    if (await boltAnswers(uri, opts.password)) {
      log(`neo4j: ready after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid}).`);
      return { running: true, pid: child.pid, boltPort: opts.boltPort, uri, started: true };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stopLocalNeo4j(dir);
  throw new LocalNeo4jError(`Neo4j did not accept Bolt connections within ${(opts.startTimeoutMs ?? 120_000) / 1000} s. Last lines of ${consoleLog}:\n${logTail(consoleLog)}`);
}

/** Stops the instance in `dir` (SIGTERM, then SIGKILL after the grace period). */
export async function stopLocalNeo4j(dir: string, graceMs = 30_000): Promise<boolean> {
  const status = statusLocalNeo4j(path.resolve(dir));
  if (!status.running || !status.pid) {
    rmSync(pidFile(path.resolve(dir)), { force: true });
    return false;
  }
  process.kill(status.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (processAlive(status.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (processAlive(status.pid)) process.kill(status.pid, 'SIGKILL');
  rmSync(pidFile(path.resolve(dir)), { force: true });
  return true;
}
