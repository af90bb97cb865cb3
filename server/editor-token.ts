// The editor token when EDITOR_TOKEN is unset: made once, kept in the local data folder (0600)
// so it survives restarts, and shown in the start-up link, as Jupyter does.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface EditorToken {
  token: string;
  /** Where it is kept, when the server made it. */
  file?: string;
}

export function resolveEditorToken(configured: string | undefined, dataDir: string): EditorToken {
  if (configured) return { token: configured };
  const file = path.join(dataDir, 'editor-token');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 16) return { token: kept, file };
  }
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return { token, file };
}
