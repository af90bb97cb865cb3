// One error model: anything thrown in a handler becomes { error: { code, message, details? } }
// with the right status. Stacks go to the log, never to the client.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { neo4jErrorToAppError } from './neo4j-errors.ts';
import { AppError } from './app-error.ts';

export const unknownRoute: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'NOT_FOUND', `No route for ${req.method} ${req.originalUrl.split('?')[0]}`));
};

/**
 * Express and body-parser report what the client sent wrong as errors with a 4xx `status`
 * (body-parser adds a `type`): each becomes a 4xx that says what was wrong, never a 500.
 */
function requestError(err: unknown): AppError | undefined {
  const { type, status, message } = (err ?? {}) as { type?: unknown; status?: unknown; message?: unknown };
  if (type === 'entity.too.large') return new AppError(413, 'PAYLOAD_TOO_LARGE', 'Request body is larger than the limit');
  if (type === 'entity.parse.failed') return new AppError(400, 'INVALID_JSON', 'Request body is not valid JSON');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return new AppError(
      415,
      'UNSUPPORTED_ENCODING',
      'Unsupported body encoding: send identity, gzip, deflate or br with a body that decodes',
    );
  }
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const text = typeof message === 'string' ? message : '';
  if (text.startsWith('Failed to decode param'))
    return new AppError(400, 'VALIDATION_ERROR', `Malformed percent-encoding in the path: ${text.slice('Failed to decode param '.length)}`);
  return new AppError(400, 'INVALID_BODY', `Request body could not be read${text ? `: ${text}` : ''}`);
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return requestError(err) ?? neo4jErrorToAppError(err) ?? new AppError(500, 'INTERNAL_ERROR', 'Internal server error');
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const appError = toAppError(err);
  if (appError.status >= 500) req.log?.error({ err }, 'request failed');
  else req.log?.info({ code: appError.code }, appError.message);
  if (res.headersSent) return res.end();
  res.status(appError.status).json({
    error: { code: appError.code, message: appError.message, ...(appError.details === undefined ? {} : { details: appError.details }) },
  });
};
