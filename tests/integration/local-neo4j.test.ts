// The managed local Neo4j, exercised on the test run's own instance.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureLocalNeo4j, LocalNeo4jError, statusLocalNeo4j, stopLocalNeo4j } from '../../tools/neo4j/local-neo4j.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const { local } = testNeo4j();
const otherDir = mkdtempSync(path.join(os.tmpdir(), 'vj-neo4j-other-'));
afterAll(() => rmSync(otherDir, { recursive: true, force: true }));

describe.runIf(local)('the managed local Neo4j', () => {
  it('reports the running instance, on loopback', () => {
    const status = statusLocalNeo4j(local!.dir);
    expect(status).toMatchObject({ running: true, boltPort: local!.boltPort, uri: `bolt://127.0.0.1:${local!.boltPort}` });
  });

  it('treats a second start while running as harmless', async () => {
    const lines: string[] = [];
    const again = await ensureLocalNeo4j({ ...local!, log: (l) => lines.push(l) });
    expect(again).toMatchObject({ running: true, started: false, pid: statusLocalNeo4j(local!.dir).pid });
    expect(lines.join('\n')).toMatch(/already running/);
  });

  it('refuses, with a clear message, to start another instance on a taken port', async () => {
    const attempt = ensureLocalNeo4j({ ...local!, dir: otherDir, log: () => undefined });
    await expect(attempt).rejects.toThrow(LocalNeo4jError);
    await expect(ensureLocalNeo4j({ ...local!, dir: otherDir, log: () => undefined })).rejects.toThrow(new RegExp(`Port ${local!.boltPort} .* already taken`));
  });

  it('stopping a folder with no running instance is a no-op', async () => {
    expect(await stopLocalNeo4j(otherDir)).toBe(false);
    expect(statusLocalNeo4j(otherDir)).toEqual({ running: false });
  });

  it('writes a configuration that listens on loopback only and keeps LOAD CSV off local files', () => {
    const conf = readFileSync(path.join(local!.dir, 'conf', 'neo4j.conf'), 'utf8');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).toContain('dbms.security.allow_csv_import_from_file_urls=false');
  });
});
