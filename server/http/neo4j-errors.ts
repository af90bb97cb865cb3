// Maps driver errors to the API's error model, by Neo4j status code rather than message text.
import { Neo4jError } from 'neo4j-driver';
import { AppError } from './app-error.ts';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  return UNAVAILABLE.has(err.code) || err.code.startsWith('Neo.TransientError.General.DatabaseUnavailable');
}

export function neo4jErrorToAppError(err: unknown): AppError | undefined {
  if (!(err instanceof Neo4jError)) return undefined;
  if (isDatabaseUnavailable(err)) return new AppError(503, 'DATABASE_UNAVAILABLE', 'The graph database is unavailable; retry shortly');
  if (err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new AppError(504, 'QUERY_TIMEOUT', 'The query ran longer than the time limit and was stopped');
  }
  if (err.code === 'Neo.ClientError.Transaction.InvalidBookmark' || err.code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
    return new AppError(400, 'VALIDATION_ERROR', 'Invalid header "X-Neo4j-Bookmark": not a bookmark this database gave');
  }
  if (err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(409, 'CONFLICT', 'The write clashed with data already in the graph (a concurrent write?); nothing was written');
  }
  if (err.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') return memoryPoolError(err);
  if (err.code === 'Neo.TransientError.General.OutOfMemoryError') {
    return new AppError(
      503,
      'DATABASE_OUT_OF_MEMORY',
      'The graph database ran out of memory while answering; retry shortly, with a smaller query if it was an ad-hoc one',
    );
  }
  if (err.code === 'Neo.ClientError.Statement.SyntaxError') {
    return new AppError(400, 'CYPHER_SYNTAX_ERROR', err.message, syntaxPosition(err.message));
  }
  if (err.code.startsWith('Neo.ClientError.Statement.') || err.code.startsWith('Neo.ClientError.Procedure.')) {
    return new AppError(400, 'CYPHER_ERROR', err.message, { neo4jCode: err.code });
  }
  if (err.code === 'Neo.ClientError.Security.Unauthorized') {
    return new AppError(503, 'DATABASE_UNAVAILABLE', 'The server could not authenticate with the graph database');
  }
  return undefined;
}

/**
 * Both memory pools answer with the same code; only the message tells them apart. Past the
 * per-transaction cap (db.memory.transaction.max) the query itself is too big and a retry cannot
 * help: 422. Past the pool all transactions share, the database is busy: 503, retry later.
 */
function memoryPoolError(err: Neo4jError): AppError {
  const limit = /would use more than the limit ([\d.]+ \w+)/.exec(err.message)?.[1];
  if (err.message.includes('db.memory.transaction.max')) {
    return new AppError(
      422,
      'QUERY_MEMORY_LIMIT',
      `The query used more memory than one query may (${limit ?? 'the per-query limit'}); return or collect less, e.g. with LIMIT or an aggregation`,
      {
        ...(limit ? { limit } : {}),
      },
    );
  }
  return new AppError(503, 'DATABASE_BUSY', 'The graph database has no memory left for queries right now; retry shortly');
}

/** Neo4j writes `(line 1, column 8 (offset: 7))` into syntax error messages. */
export function syntaxPosition(message: string): { line: number; column: number; offset: number } | undefined {
  const m = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]), offset: Number(m[3]) } : undefined;
}

/**
 * Why the database cannot be used, in words for a person: the driver's own message names the
 * Bolt address and the connection internals, which stay in the log.
 */
export function unavailableReason(err: unknown): string {
  if (err instanceof Neo4jError && err.code === 'Neo.ClientError.Security.Unauthorized')
    return 'The server could not authenticate with the graph database';
  if (isDatabaseUnavailable(err)) return 'The graph database is not reachable; retrying';
  return 'The graph database did not answer the health query';
}
