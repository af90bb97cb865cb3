// Starts a Neo4j of the test run's own (free port, temporary folder) and stops it afterwards.
// NEO4J_TEST_URI (not NEO4J_URI, which may name a real server in .env) points the tests at an
// existing server instead: the tests delete everything in its database.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureLocalNeo4j, freePorts, stopLocalNeo4j } from '../../tools/neo4j/local-neo4j.ts';
import type { TestNeo4j } from './neo4j-context.ts';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_TEST_URI,
      username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    } satisfies TestNeo4j);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vj-neo4j-test-'));
  // The HTTP Query API on loopback too, for the serving benchmark's smoke test to measure its peer
  // on this instance instead of starting a Neo4j of its own (the app's Neo4j keeps HTTP off).
  const [boltPort, httpPort] = (await freePorts(2)) as [number, number];
  const password = 'test-password-1';
  const local = { dir, boltPort, httpPort, password, heap: '512m', pagecache: '64m' };
  const { uri } = await ensureLocalNeo4j({ ...local, log: (l) => console.log(l) });
  project.provide('neo4j', {
    uri: uri!,
    username: 'neo4j',
    password,
    database: 'neo4j',
    local,
    queryApiUrl: `http://127.0.0.1:${httpPort}`,
  } satisfies TestNeo4j);
  return async () => {
    await stopLocalNeo4j(dir);
    rmSync(dir, { recursive: true, force: true });
  };
}
