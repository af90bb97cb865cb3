// Regression: the seed folder used to be found from `new URL(import.meta.url).pathname`, which
// is percent-encoded, so a checkout under a path with a space or a non-ASCII character broke
// seeding. The project root is now found with fileURLToPath and by walking up.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findRoot, PROJECT_ROOT } from '../../config/paths.ts';
import { readSeed } from '../../seed/read-seed.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'paths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the project root', () => {
  it('is found from any folder below it, whatever characters the path holds', () => {
    const root = path.join(tmp, 'dossier avec espace', 'Quảng Ninh %20 #');
    mkdirSync(path.join(root, 'cypher'), { recursive: true });
    mkdirSync(path.join(root, 'dist', 'server', 'config'), { recursive: true });
    writeFileSync(path.join(root, 'package.json'), '{}');
    expect(findRoot(path.join(root, 'dist', 'server', 'config'))).toBe(root);
  });

  it('says so when there is none', () => {
    expect(() => findRoot(tmp)).toThrow(/No project root/);
  });

  it('holds the seed, which reads from a folder with such a name too', () => {
    expect(PROJECT_ROOT).toBe(path.resolve(import.meta.dirname, '../..'));
    const copy = path.join(tmp, 'seed é ü');
    cpSync(path.join(PROJECT_ROOT, 'seed'), copy, { recursive: true });
    expect(readSeed(copy).nodes.length).toBeGreaterThan(0);
  });
});
