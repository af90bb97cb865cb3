// What the local Neo4j is told: heap and JVM flags on the command line, transaction memory
// derived from the heap, and logs that roll over at a bounded size and count.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  heapMiB,
  jvmArgs,
  LOG_ROLL,
  neo4jConf,
  serverLogsXml,
  transactionMemory,
  userLogsXml,
  writeLocalConfig,
} from '../../tools/neo4j/neo4j-conf.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-neo4j-conf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the JVM command line', () => {
  it('fixes the heap with -Xms and -Xmx', () => {
    expect(jvmArgs('768m').slice(0, 2)).toEqual(['-Xms768m', '-Xmx768m']);
    expect(jvmArgs()).toContain('-Xmx512m');
  });

  it('carries the flags Neo4j needs on Java 17 and exits on an out-of-memory error', () => {
    const args = jvmArgs('1g');
    for (const flag of [
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-Djdk.nio.maxCachedBufferSize=1024',
    ]) {
      expect(args).toContain(flag);
    }
  });
});

describe('transaction memory', () => {
  it('is derived from the heap: half of it per transaction, 70 % for all of them', () => {
    expect(heapMiB('2g')).toBe(2048);
    expect(transactionMemory('512m')).toEqual({ perTransaction: '256m', total: '358m' });
    expect(transactionMemory('1g')).toEqual({ perTransaction: '512m', total: '716m' });
  });

  it('refuses a heap it cannot read', () => {
    expect(() => heapMiB('lots')).toThrow(/512m or 1g/);
  });

  it('is written to neo4j.conf', () => {
    const conf = neo4jConf('/srv/neo', { boltPort: 7999, heap: '1g' });
    expect(conf).toContain('db.memory.transaction.max=512m\n');
    expect(conf).toContain('db.memory.transaction.total.max=716m\n');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999\n');
  });
});

describe('stopping', () => {
  it("shortens Bolt's two 5 s shutdown waits, which every stop paid idle, to a second each", () => {
    const conf = neo4jConf('/srv/neo', { boltPort: 7999 });
    expect(conf).toContain('internal.server.bolt.thread_pool_shutdown_wait_time=1s\n');
    expect(conf).toContain('internal.server.bolt.connection_shutdown_wait_time=1s\n');
  });
});

describe('the HTTP connector', () => {
  it('is off unless asked for', () => {
    const conf = neo4jConf('/srv/neo', { boltPort: 7999 });
    expect(conf).toContain('server.http.enabled=false\n');
    expect(conf).not.toMatch(/server\.http\.listen_address|server\.http_enabled_modules/);
  });

  it("serves only the Query API, on loopback, when a port is given (the serving benchmark's Neo4j)", () => {
    const conf = neo4jConf('/srv/neo', { boltPort: 7999, httpPort: 7475 });
    expect(conf).toContain('server.http.enabled=true\n');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7475\n');
    expect(conf).toContain('server.http_enabled_modules=QUERY_API_ENDPOINTS\n');
    expect(conf).toContain('server.https.enabled=false\n');
    expect(conf).not.toContain('server.http.enabled=false');
  });
});

describe('log rotation', () => {
  it('rolls every log file over at a bounded size and keeps a bounded count', () => {
    const logs = '/srv/neo/logs';
    for (const [xml, files] of [
      [serverLogsXml(logs), ['debug.log', 'query.log', 'security.log', 'http.log']],
      [userLogsXml(logs), ['neo4j.log']],
    ] as const) {
      for (const file of files) {
        const appender = new RegExp(
          `<RollingRandomAccessFile [^>]*fileName="${logs}/${file}" filePattern="${logs}/${file}\\.%i">[\\s\\S]*?</RollingRandomAccessFile>`,
        ).exec(xml)?.[0];
        expect(appender, file).toBeDefined();
        expect(appender).toContain(`<SizeBasedTriggeringPolicy size="${LOG_ROLL.size}"/>`);
        expect(appender).toContain(`<DefaultRolloverStrategy fileIndex="min" max="${LOG_ROLL.kept}"/>`);
      }
      // Every appender is a rolling one: nothing writes to an unbounded file or the console.
      expect(xml.match(/<RollingRandomAccessFile /g)).toHaveLength(files.length);
      expect(xml).not.toMatch(/<Console|<File /);
    }
  });

  it('escapes a folder name that XML would misread', () => {
    expect(userLogsXml('/tmp/a&b"c')).toContain('fileName="/tmp/a&amp;b&quot;c/neo4j.log"');
  });

  it('writes the log configuration beside neo4j.conf and points Neo4j at it', () => {
    writeLocalConfig(dir, { boltPort: 7999 });
    const conf = readFileSync(path.join(dir, 'conf', 'neo4j.conf'), 'utf8');
    expect(conf).toContain(`server.logs.config=${path.join(dir, 'conf', 'server-logs.xml')}\n`);
    expect(conf).toContain(`server.logs.user.config=${path.join(dir, 'conf', 'user-logs.xml')}\n`);
    expect(readFileSync(path.join(dir, 'conf', 'server-logs.xml'), 'utf8')).toBe(serverLogsXml(path.join(dir, 'logs')));
    expect(readFileSync(path.join(dir, 'conf', 'user-logs.xml'), 'utf8')).toBe(userLogsXml(path.join(dir, 'logs')));
  });
});
