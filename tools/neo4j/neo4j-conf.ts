// What the local Neo4j is told: conf/neo4j.conf, the log4j files that rotate its logs, and the
// JVM command line. We launch CommunityEntryPoint directly, so everything Neo4j's own launcher
// (bin/neo4j) would derive from neo4j.conf — heap, JVM flags — has to be passed here instead.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface LocalConfigOptions {
  boltPort: number;
  /** JVM heap, `<n>m` or `<n>g` (-Xms and -Xmx). */
  heap?: string;
  pagecache?: string;
  /**
   * Opt-in: serve Neo4j's HTTP Query API (POST /db/{db}/query/v2, nothing else of the HTTP
   * connector) on this port, on loopback. The serving benchmark's Neo4j and the test run's ask for
   * it, to measure the API against it; the app's instance keeps HTTP off.
   */
  httpPort?: number;
}

export const DEFAULT_HEAP = '512m';
const DEFAULT_PAGECACHE = '128m';

/** Each log file rolls over at this size and this many rolled files are kept (Neo4j's default is 20 MB × 7). */
export const LOG_ROLL = { size: '10 MB', kept: 3 } as const;

export function heapMiB(heap: string): number {
  const m = /^(\d+)([mg])$/i.exec(heap);
  if (!m) throw new Error(`heap must look like 512m or 1g, not "${heap}"`);
  return Number(m[1]) * (m[2]!.toLowerCase() === 'g' ? 1024 : 1);
}

/**
 * Transaction memory limits derived from the heap: all transactions together may track 70 % of
 * it (Neo4j's own default ratio), one transaction half of it. With the heap applied these are
 * what turn a runaway ad-hoc query into MemoryPoolOutOfMemoryError instead of a JVM-wide OOM.
 */
export function transactionMemory(heap: string): { perTransaction: string; total: string } {
  const mib = heapMiB(heap);
  return { perTransaction: `${Math.floor(mib * 0.5)}m`, total: `${Math.floor(mib * 0.7)}m` };
}

/**
 * The flags bin/neo4j passes from the tarball's neo4j.conf (server.jvm.additional) and its own
 * Bootloader (-Xms/-Xmx, file.encoding), less the ones that only serve production profiling or
 * TLS. Left out on purpose: -XX:+AlwaysPreTouch (commits the whole heap at start: slower starts
 * and resident memory that several instances on one shared machine cannot spare) and the
 * FlightRecorder/DebugNonSafepoints profiling flags.
 */
export function jvmArgs(heap = DEFAULT_HEAP): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    // Keep stack traces of frequent exceptions, so debug.log stays useful.
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    // A JVM that ran out of heap may have lost any thread (Bolt, checkpointing): better gone,
    // which status reports and the next start repairs, than up and silently broken.
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function rollingAppender(logsDir: string, name: string, file: string): string {
  const at = xmlAttr(path.join(logsDir, file));
  return [
    `    <RollingRandomAccessFile name="${name}" fileName="${at}" filePattern="${at}.%i">`,
    '      <PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p [%c{1.}] %m%n"/>',
    `      <Policies><SizeBasedTriggeringPolicy size="${LOG_ROLL.size}"/></Policies>`,
    `      <DefaultRolloverStrategy fileIndex="min" max="${LOG_ROLL.kept}"/>`,
    '    </RollingRandomAccessFile>',
  ].join('\n');
}

function log4jConfig(logsDir: string, appenders: [name: string, file: string][], loggers: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Written by tools/neo4j/neo4j-conf.ts on every start: every log rolls over at a bounded size and count. -->',
    '<Configuration status="ERROR">',
    '  <Appenders>',
    ...appenders.map(([name, file]) => rollingAppender(logsDir, name, file)),
    '  </Appenders>',
    '  <Loggers>',
    ...loggers,
    '  </Loggers>',
    '</Configuration>',
    '',
  ].join('\n');
}

/** server-logs.xml: debug.log catches everything; the query, security and HTTP logs have files of their own. */
export function serverLogsXml(logsDir: string): string {
  const own = (logger: string, ref: string) =>
    `    <Logger name="${logger}" level="INFO" additivity="false"><AppenderRef ref="${ref}"/></Logger>`;
  return log4jConfig(
    logsDir,
    [
      ['DebugLog', 'debug.log'],
      ['QueryLog', 'query.log'],
      ['SecurityLog', 'security.log'],
      ['HttpLog', 'http.log'],
    ],
    [
      '    <Root level="INFO"><AppenderRef ref="DebugLog"/></Root>',
      own('QueryLogger', 'QueryLog'),
      own('SecurityLogger', 'SecurityLog'),
      own('HttpLogger', 'HttpLog'),
    ],
  );
}

/**
 * user-logs.xml: neo4j.log only. The tarball also copies it to the console; we leave that out so
 * the captured stdout (console.log) holds only what the JVM prints outside Neo4j's logging.
 */
export function userLogsXml(logsDir: string): string {
  return log4jConfig(logsDir, [['Neo4jLog', 'neo4j.log']], ['    <Root level="INFO"><AppenderRef ref="Neo4jLog"/></Root>']);
}

export function neo4jConf(dir: string, opts: LocalConfigOptions): string {
  const d = (sub: string) => path.join(dir, sub);
  const heap = opts.heap ?? DEFAULT_HEAP;
  const txMemory = transactionMemory(heap);
  return [
    '# Written by tools/neo4j/neo4j-conf.ts on every start; edit the options there instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    ...(opts.httpPort === undefined
      ? ['server.http.enabled=false']
      : [
          'server.http.enabled=true',
          `server.http.listen_address=127.0.0.1:${opts.httpPort}`,
          'server.http_enabled_modules=QUERY_API_ENDPOINTS',
        ]),
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
    `server.logs.config=${d('conf/server-logs.xml')}`,
    `server.logs.user.config=${d('conf/user-logs.xml')}`,
    // The server's JVM takes its heap from -Xms/-Xmx (jvmArgs); these keep SHOW SETTINGS truthful
    // and size the JVM that neo4j-admin's launcher forks (set-initial-password, import).
    `server.memory.heap.initial_size=${heap}`,
    `server.memory.heap.max_size=${heap}`,
    `server.memory.pagecache.size=${opts.pagecache ?? DEFAULT_PAGECACHE}`,
    // At shutdown Bolt waits for its worker threads and then for its connections, 5 s each by
    // default, even when idle: ten seconds of every stop (and of a bulk load, and of CI). The
    // databases are already stopped and checkpointed by then; a second each is plenty.
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    'db.transaction.timeout=0',
    // Loads use batches far below the per-transaction limit. It does not catch a single huge
    // value such as RETURN range(1, 1e9): see the README.
    `db.memory.transaction.max=${txMemory.perTransaction}`,
    `db.memory.transaction.total.max=${txMemory.total}`,
    '',
  ].join('\n');
}

/** Writes the instance folder's layout, conf/neo4j.conf and the log configuration (on every start). */
export function writeLocalConfig(dir: string, opts: LocalConfigOptions): void {
  for (const sub of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'conf', 'neo4j.conf'), neo4jConf(dir, opts));
  writeFileSync(path.join(dir, 'conf', 'server-logs.xml'), serverLogsXml(path.join(dir, 'logs')));
  writeFileSync(path.join(dir, 'conf', 'user-logs.xml'), userLogsXml(path.join(dir, 'logs')));
}
