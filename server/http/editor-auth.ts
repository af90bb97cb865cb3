// Writes need the editor token (Authorization: Bearer …); reads stay open. The token is
// compared as a SHA-256 digest in constant time, and only its short id (a hash prefix, never
// the token) reaches the logs. No header other than Authorization is looked at: no address,
// X-Forwarded-For or Host makes a request an editor's.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { AppError } from './app-error.ts';

const digest = (token: string) => createHash('sha256').update(token).digest();

/** What the logs call a token: the first 8 hex digits of its SHA-256. */
export const tokenId = (token: string): string => digest(token).toString('hex').slice(0, 8);

export type EditorCheck = (req: Request) => { tokenId: string };

export function editorCheck(token: string | undefined): EditorCheck {
  const expected = token ? digest(token) : undefined;
  return (req) => {
    if (!expected) throw new AppError(401, 'UNAUTHORIZED', 'Writes are disabled on this server: it has no editor token');
    const header = req.headers.authorization;
    const given = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;
    if (!given) throw new AppError(401, 'UNAUTHORIZED', 'This needs the editor token: send it as "Authorization: Bearer <token>"');
    if (!timingSafeEqual(digest(given), expected)) throw new AppError(401, 'UNAUTHORIZED', 'The editor token is wrong');
    return { tokenId: tokenId(given) };
  };
}
