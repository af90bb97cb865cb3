// The one error model: every non-2xx answer has this body, with one of these codes.
import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION_ERROR',
  'INVALID_DRAFT',
  'UNAUTHORIZED',
  'ALREADY_INGESTED',
  'CONFLICT',
  'URL_NOT_ALLOWED',
  'FETCH_FAILED',
  'UNSUPPORTED_MEDIA_TYPE',
  'INVALID_JSON',
  'INVALID_BODY',
  'CYPHER_SYNTAX_ERROR',
  'CYPHER_ERROR',
  'CYPHER_OPTION_NOT_ALLOWED',
  'PROFILE_NOT_SUPPORTED',
  'QUERY_TOO_COSTLY',
  'QUERY_MEMORY_LIMIT',
  'VALUE_TOO_DEEP',
  'WRITE_NOT_ALLOWED',
  'PROCEDURE_NOT_ALLOWED',
  'COMMAND_NOT_ALLOWED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_ENCODING',
  'RATE_LIMITED',
  'INTERNAL_ERROR',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
  'DATABASE_OUT_OF_MEMORY',
  'QUERY_TIMEOUT',
  'QUERY_CANCELLED',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorBodySchema = z.object({
  error: z.object({ code: errorCodeSchema, message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
