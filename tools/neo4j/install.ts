// The Neo4j server jars (from Maven Central, see pom.xml) and the Java that runs them. The jars
// are resolved once into a cache folder shared by every instance folder on the machine.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectPath } from '../../config/paths.ts';
import { LocalNeo4jError } from './local-neo4j-error.ts';

// From the project root, not this file: compiled, this module runs from dist/server.
const POM = projectPath('tools', 'neo4j', 'pom.xml');
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))![1]!;

/** Used when the caller (config) names no cache folder. */
export const DEFAULT_CACHE_DIR = path.join(os.homedir(), '.cache', 'vj-graph-explorer');

export function distDir(cacheDir = DEFAULT_CACHE_DIR): string {
  return path.join(cacheDir, `neo4j-${NEO4J_VERSION}`);
}

export function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new LocalNeo4jError(
      'Java was not found on PATH. The local Neo4j needs Java 17 or 21 (e.g. `apt-get install openjdk-17-jre-headless`), or set NEO4J_URI to use a server elsewhere.',
    );
  }
  const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1]);
  if (major !== 17 && major !== 21) {
    throw new LocalNeo4jError(
      `Neo4j ${NEO4J_VERSION} runs on Java 17 or 21; found Java ${major || 'of unknown version'} (${probe.stderr.split('\n')[0]}).`,
    );
  }
}

/** Resolves the server jars once; later calls find the completed cache and need no network. */
export function resolveJars(log: (line: string) => void, cacheDir = DEFAULT_CACHE_DIR): string {
  const lib = path.join(distDir(cacheDir), 'lib');
  const marker = path.join(distDir(cacheDir), '.complete');
  if (existsSync(marker)) return lib;
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) {
    throw new LocalNeo4jError(
      'Maven (mvn) was not found on PATH. It is needed once to fetch the Neo4j jars (e.g. `apt-get install maven`), or set NEO4J_URI to use a server elsewhere.',
    );
  }
  log(`neo4j: resolving Neo4j ${NEO4J_VERSION} jars with Maven into ${lib} (first run only, ~120 MB)…`);
  rmSync(lib, { recursive: true, force: true });
  const mvn = spawnSync('mvn', ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (mvn.status !== 0) {
    const reason = `${mvn.stdout}\n${mvn.stderr}`.split('\n').find((l) => l.startsWith('[ERROR]')) ?? `exit ${mvn.status}`;
    throw new LocalNeo4jError(
      `Maven could not resolve the Neo4j jars (run \`mvn -f ${POM} dependency:copy-dependencies\` for the details): ${reason}`,
    );
  }
  writeFileSync(marker, new Date().toISOString());
  log('neo4j: jars resolved.');
  return lib;
}

/**
 * Runs `neo4j-admin <args>` (the same jars' Neo4jAdminCommand) on the instance folder `dir`,
 * whose conf/ must exist (see writeLocalConfig). `javaOpts` such as -Xmx go to its JVM.
 */
export function neo4jAdmin(dir: string, args: string[], javaOpts: string[] = [], cacheDir = DEFAULT_CACHE_DIR): SpawnSyncReturns<string> {
  const lib = resolveJars(() => undefined, cacheDir);
  // neo4j-admin takes its home and conf folder from NEO4J_HOME/NEO4J_CONF before -Dbasedir, so a
  // Neo4j installed elsewhere on the machine must not leak in: `env` sets them on top of the
  // inherited environment.
  const env = [`NEO4J_HOME=${dir}`, `NEO4J_CONF=${path.join(dir, 'conf')}`];
  return spawnSync(
    'env',
    [...env, 'java', ...javaOpts, '-cp', `${lib}/*`, `-Dbasedir=${dir}`, 'org.neo4j.server.startup.Neo4jAdminCommand', ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}
