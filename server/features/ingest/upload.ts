// A raw upload to POST /api/ingest/extract (a .txt or .html file sent as it is, `curl
// --data-binary @article.html -H 'content-type: text/html'`) becomes the JSON body the route
// validates, its metadata taken from the query string. Any other non-JSON body is a 415:
// extraction reads text, never a PDF, an image or a form.
import type { RequestHandler } from 'express';
import { AppError } from '../../http/app-error.ts';

const METADATA = ['title', 'url', 'outlet', 'publishedDate', 'language'] as const;

export const uploadAsExtractBody: RequestHandler = (req, _res, next) => {
  if (typeof req.body === 'string') {
    const metadata = Object.fromEntries(METADATA.flatMap((k) => (typeof req.query[k] === 'string' ? [[k, req.query[k]]] : [])));
    req.body = { [req.is('text/html') ? 'html' : 'text']: req.body, ...metadata };
    return next();
  }
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && req.method === 'POST' && !req.is('application/json')) {
    return next(
      new AppError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        `Extraction reads JSON, text/plain or text/html, not ${req.headers['content-type'] ?? 'an untyped body'}`,
      ),
    );
  }
  next();
};
