// X-Neo4j-Bookmark: a client that committed sends the commit's bookmarks back on its reads
// (the header repeated, or comma-separated), and those reads see the commit on any cluster member.
import type { RequestHandler } from 'express';
import { readYourWrites } from '../../db/read.ts';
import { AppError } from './app-error.ts';

const MAX_BOOKMARKS = 16;

export const bookmarkHeader: RequestHandler = (req, _res, next) => {
  const raw = req.headers['x-neo4j-bookmark'];
  if (raw === undefined) return next();
  const bookmarks = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => v.split(','))
    .map((b) => b.trim())
    .filter(Boolean);
  if (bookmarks.length > MAX_BOOKMARKS || bookmarks.some((b) => b.length > 512 || !/^[\x21-\x7e]+$/.test(b))) {
    return next(
      new AppError(
        400,
        'VALIDATION_ERROR',
        `Invalid header "X-Neo4j-Bookmark": at most ${MAX_BOOKMARKS} bookmarks as a commit returned them`,
      ),
    );
  }
  readYourWrites.run({ bookmarks }, next);
};
