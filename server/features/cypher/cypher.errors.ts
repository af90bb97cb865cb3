// Driver errors from ad-hoc Cypher → API errors. Neo4j saw the caller's text behind a hidden
// EXPLAIN line while planning, so positions are moved back to the caller's query; messages lose
// the Java class names Neo4j sometimes passes on (they describe the server, not the query).
import { Neo4jError } from 'neo4j-driver';
import { neo4jErrorToAppError, syntaxPosition } from '../../http/neo4j-errors.ts';
import { MAX_VALUE_DEPTH, ValueTooDeepError } from '../../db/records.ts';
import { AppError } from '../../http/app-error.ts';

/** EXPLAIN on a line of its own, so the user's lines keep their numbers (shifted by one) and columns. */
export const EXPLAIN_PREFIX = 'EXPLAIN\n';

const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g;

/** A position in the EXPLAIN-prefixed text → the same place in the caller's query. */
export function userPosition(line: number, column: number, offset: number): { line: number; column: number; offset: number } {
  if (line < 2) return { line: 1, column: 1, offset: 0 };
  return { line: line - 1, column, offset: Math.max(0, offset - EXPLAIN_PREFIX.length) };
}

/** Rewrites the positions in an error message about the prefixed text to the caller's query. */
export function withoutExplainPrefix(message: string): string {
  const text = message.replace(POSITION, (_m, l: string, c: string, o: string) => {
    const p = userPosition(Number(l), Number(c), Number(o));
    return `(line ${p.line}, column ${p.column} (offset: ${p.offset}))`;
  });
  // An excerpt quoting our own EXPLAIN line (the query was empty or only a comment) means nothing to the caller.
  return text.replace(/\n"EXPLAIN"\n\s*\^\s*$/, '');
}

/** `org.neo4j.values.storable.LongValue` and the like; the simple name is the last part. */
const JAVA_CLASS = /\b(?:java|javax|jdk|sun|scala|org|com)(?:\.[a-z_$][\w$]*)+\.([A-Z][\w$]*)(: )?/g;

/**
 * `Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: nope` →
 * `Caused by: There is no such fulltext schema index: nope`; other qualified names keep their
 * simple name (`… a org.neo4j.values.storable.TextValue` → `… a TextValue`).
 */
export function withoutJavaClassNames(message: string): string {
  return message.replace(JAVA_CLASS, (_m, name: string, colon: string | undefined) => {
    // Nested classes (`Outer$Inner`) show their innermost name.
    const parts = name.split('$');
    return colon && parts.some((p) => /(Exception|Error)$/.test(p)) ? '' : `${parts.at(-1)}${colon ?? ''}`;
  });
}

/** Offset of a 1-based line/column in `text`, clamped to its length. */
function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  const before = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  return Math.min(text.length, before + Math.max(0, column - 1));
}

/**
 * Neo4j 5.26's pre-parser answers an unterminated block comment before the first clause
 * (`/* MATCH`) with Neo.DatabaseError.General.UnknownError "Lexical error at line 2, column 9.
 * Encountered: <EOF> …": the caller's syntax error, not a server fault.
 */
function lexicalError(err: Neo4jError, planning: boolean, query: string): AppError | undefined {
  const m = /^Lexical error at line (\d+), column (\d+)\./.exec(err.message);
  if (!m || err.code !== 'Neo.DatabaseError.General.UnknownError') return undefined;
  const line = planning ? Math.max(1, Number(m[1]) - 1) : Number(m[1]);
  const column = planning && Number(m[1]) < 2 ? 1 : Number(m[2]);
  const position = { line, column, offset: offsetOf(query, line, column) };
  const message = `${err.message.replace(m[0], `Lexical error at line ${line}, column ${column}.`)} (is a /* comment left open?) (line ${line}, column ${column} (offset: ${position.offset}))`;
  return new AppError(400, 'CYPHER_SYNTAX_ERROR', message, position);
}

function mapNeo4jError(err: Neo4jError, planning: boolean, query: string): AppError | undefined {
  const lexical = lexicalError(err, planning, query);
  if (lexical) return lexical;
  if (err.code === 'Neo.ClientError.Statement.AccessMode') {
    return new AppError(403, 'WRITE_NOT_ALLOWED', 'Only read queries are allowed; Neo4j refused a write in the read transaction', { neo4jCode: err.code });
  }
  const mapped = neo4jErrorToAppError(err);
  if (mapped) {
    if (!planning || (mapped.code !== 'CYPHER_SYNTAX_ERROR' && mapped.code !== 'CYPHER_ERROR')) return mapped;
    const message = withoutExplainPrefix(mapped.message);
    return new AppError(mapped.status, mapped.code, message, mapped.code === 'CYPHER_SYNTAX_ERROR' ? syntaxPosition(message) : mapped.details);
  }
  // Unknown procedures, bad arguments and the like: the caller's query is at fault, not the server.
  // So is ExecutionFailed here, a runtime refusal of what the query asked for (shortestPath between
  // a node and itself); only ad-hoc queries can ask for that, so the fixed endpoints keep their 500.
  if (err.code.startsWith('Neo.ClientError.') || err.code === 'Neo.DatabaseError.Statement.ExecutionFailed') {
    return new AppError(400, 'CYPHER_ERROR', planning ? withoutExplainPrefix(err.message) : err.message, { neo4jCode: err.code });
  }
  return undefined;
}

/**
 * Driver errors → API errors; `planning` says whether the text Neo4j saw carried the EXPLAIN
 * prefix, `query` is the caller's text (to place positions Neo4j gives without an offset).
 * Anything else (a bug, the driver losing its connection mid-way) passes through unchanged.
 */
export function cypherErrorToAppError(err: unknown, planning: boolean, query = ''): unknown {
  // The driver's own decoding recurses too: a value about 2,000 deep overflows the stack before
  // our conversion (which stops at MAX_VALUE_DEPTH) sees it. A stack overflow has no other message.
  const driverOverflow = err instanceof RangeError && err.message === 'Maximum call stack size exceeded';
  if (err instanceof ValueTooDeepError || driverOverflow) {
    return new AppError(422, 'VALUE_TOO_DEEP', `The query returned a value nested deeper than ${MAX_VALUE_DEPTH} lists or maps; flatten it (e.g. with UNWIND) before returning it`, {
      maxDepth: MAX_VALUE_DEPTH,
    });
  }
  if (!(err instanceof Neo4jError)) return err;
  const mapped = mapNeo4jError(err, planning, query);
  if (!mapped) return err;
  return new AppError(mapped.status, mapped.code, withoutJavaClassNames(mapped.message), mapped.details);
}
