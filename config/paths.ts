// Files the app reads at run time (Cypher, the seed, the built client) are found from the
// project root, so the same code works from source (tsx) and compiled (dist/server).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'cypher'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No project root (package.json beside cypher/) above ${from}`);
  }
}

/** The folder holding package.json; fileURLToPath keeps spaces and non-ASCII characters intact. */
export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

export const projectPath = (...segments: string[]): string => path.join(PROJECT_ROOT, ...segments);
