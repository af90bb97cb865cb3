// Ad-hoc Cypher, read-only and bounded. The query is first planned with EXPLAIN inside a READ
// transaction and refused on the plan (query type, procedures, LOAD CSV, administration commands,
// other databases) before it ever runs (a text already found read-only is not planned again); then it runs in the same transaction under the
// transaction timeout, streamed and cut after `limit` rows. The transaction is always rolled
// back: even if a write slipped past the plan check and the READ access mode, nothing persists.
import neo4j, { Neo4jError, type Driver, type Transaction } from 'neo4j-driver';
import { cypher } from '../../../db/queries.ts';
import { neo4jErrorToAppError, syntaxPosition } from '../../http/neo4j-errors.ts';
import { GraphCollector, toPlain } from '../../db/records.ts';
import type { ErrorCode } from '../../../contract/api/errors.ts';
import { AppError } from '../../http/app-error.ts';
import type { CypherRequest, CypherResult } from '../../../contract/api/cypher.ts';

/** Read-only procedures the explorer needs; everything else (even read-only ones) is refused. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'dbms.components',
]);

/**
 * Allowed procedures that run in DBMS mode. Neo4j then reports the whole query as type 's', which
 * also masks any write next to them (EXPLAIN `CALL dbms.components() YIELD name MATCH (n) DETACH
 * DELETE n` says 's', not 'w'). So such a query is accepted only when every other operator is one
 * of PROJECTION_OPERATORS: no graph access, nothing that could write.
 */
const DBMS_MODE_PROCEDURES: ReadonlySet<string> = new Set(['dbms.components']);
const PROJECTION_OPERATORS: ReadonlySet<string> = new Set([
  'ProduceResults',
  'ProcedureCall',
  'Projection',
  'Filter',
  'Unwind',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Limit',
  'Skip',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Union',
  'EmptyResult',
]);
/** Operators that change the graph; named in refusals when a DBMS-mode procedure hides the 'w'. */
const WRITE_OPERATOR = /^(Create|Merge|LockingMerge|Set|Remove|Delete|DetachDelete|Foreach|SubqueryForeach|TransactionForeach)/;

/** Batched transactions commit on their own, outside the READ transaction we roll back. */
const IN_TRANSACTIONS_OPERATORS = new Set(['TransactionApply', 'TransactionForeach']);

/** EXPLAIN on a line of its own, so the user's lines keep their numbers (shifted by one) and columns. */
const EXPLAIN_PREFIX = 'EXPLAIN\n';

/** The client gets its 504 this long after the transaction timeout even if the server has not stopped. */
export const WATCHDOG_GRACE_MS = 2_000;

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export interface CypherLimits {
  database: string;
  timeoutMs: number;
  maxRows: number;
}

/** `ProcedureCall@neo4j` → ProcedureCall on neo4j; a query with `USE system` plans operators `…@system`. */
export function parseOperator(operatorType: string): { name: string; database?: string } {
  const at = operatorType.lastIndexOf('@');
  return at < 0 ? { name: operatorType } : { name: operatorType.slice(0, at), database: operatorType.slice(at + 1) };
}

/** A ProcedureCall's Details read `db.labels() :: (label :: STRING)`; undefined when they do not. */
export function procedureName(details: unknown): string | undefined {
  if (typeof details !== 'string') return undefined;
  return /^\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*\(/.exec(details)?.[1];
}

function operators(plan: PlanNode): PlanNode[] {
  const all: PlanNode[] = [];
  const stack = [plan];
  while (stack.length) {
    const op = stack.pop()!;
    all.push(op);
    stack.push(...(op.children ?? []));
  }
  return all;
}

const refuse = (code: ErrorCode, message: string, details: Record<string, unknown>) => new AppError(403, code, message, details);

/**
 * Decides from EXPLAIN's query type and plan whether a query may run; returns the refusal, or
 * undefined when it is read-only. Fails closed: no plan or an unreadable procedure is refused.
 */
export function checkReadOnly(queryType: string | undefined, plan: PlanNode | false | null | undefined, database: string): AppError | undefined {
  if (!plan) return refuse('COMMAND_NOT_ALLOWED', 'Only read queries can run here; this statement has no query plan', { queryType });
  const ops = operators(plan).map((op) => ({ ...parseOperator(op.operatorType), details: op.arguments?.Details }));

  const foreign = ops.find((op) => op.database !== undefined && op.database !== database);
  if (foreign) {
    return refuse('COMMAND_NOT_ALLOWED', `Queries may only read the ${database} database (this one targets ${foreign.database})`, { database: foreign.database });
  }
  const admin = ops.find((op) => op.name === 'AdministrationCommand' || /^(Show|Terminate)[A-Z]/.test(op.name));
  if (admin) {
    return refuse('COMMAND_NOT_ALLOWED', 'Administration commands (SHOW, TERMINATE, users, databases) are not allowed', { operator: admin.name });
  }
  if (ops.some((op) => op.name === 'LoadCSV')) {
    return refuse('WRITE_NOT_ALLOWED', 'LOAD CSV is not allowed: queries may only read the graph', { operator: 'LoadCSV' });
  }
  if (queryType === 'w' || queryType === 'rw') {
    return refuse('WRITE_NOT_ALLOWED', 'Only read queries are allowed; this query writes to the database', { queryType });
  }
  const maskedWrite = queryType === 's' ? ops.find((op) => WRITE_OPERATOR.test(op.name)) : undefined;
  if (maskedWrite) {
    return refuse('WRITE_NOT_ALLOWED', 'Only read queries are allowed; this query writes to the database', { queryType, operator: maskedWrite.name });
  }
  const batched = ops.find((op) => IN_TRANSACTIONS_OPERATORS.has(op.name));
  if (batched) {
    return refuse('COMMAND_NOT_ALLOWED', 'CALL { … } IN TRANSACTIONS is not allowed', { operator: batched.name });
  }
  const procedures = ops.filter((op) => op.name === 'ProcedureCall').map((op) => procedureName(op.details));
  const forbidden = procedures.findIndex((p) => p === undefined || !ALLOWED_PROCEDURES.has(p));
  if (forbidden >= 0) {
    const name = procedures[forbidden];
    return refuse('PROCEDURE_NOT_ALLOWED', `Procedure ${name ?? '(unrecognised)'} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`, {
      procedure: name ?? null,
    });
  }
  if (queryType === 'r') return undefined;
  const dbmsMode = procedures.find((p) => p !== undefined && DBMS_MODE_PROCEDURES.has(p));
  if (queryType === 's' && dbmsMode) {
    const other = ops.find((op) => !PROJECTION_OPERATORS.has(op.name));
    if (!other) return undefined;
    return refuse('PROCEDURE_NOT_ALLOWED', `${dbmsMode}() can only be combined with WITH, WHERE, UNWIND, ORDER BY and RETURN, not with graph access`, {
      procedure: dbmsMode,
      operator: other.name,
    });
  }
  if (queryType === 's') return refuse('WRITE_NOT_ALLOWED', 'Schema changes are not allowed; queries may only read the graph', { queryType });
  return refuse('WRITE_NOT_ALLOWED', `Only read queries are allowed (Neo4j reports query type ${queryType ?? 'unknown'})`, { queryType: queryType ?? null });
}

/** JSON params → driver values: whole numbers become Cypher integers (LIMIT $n, range($a, $b) need them). */
export function toDriverParams(value: unknown): any {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  return value;
}

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

/**
 * Driver errors → API errors; `planning` says whether the text Neo4j saw carried the EXPLAIN
 * prefix, `query` is the caller's text (to place positions Neo4j gives without an offset).
 */
export function cypherErrorToAppError(err: unknown, planning: boolean, query = ''): unknown {
  if (!(err instanceof Neo4jError)) return err;
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
  if (err.code.startsWith('Neo.ClientError.')) {
    return new AppError(400, 'CYPHER_ERROR', planning ? withoutExplainPrefix(err.message) : err.message, { neo4jCode: err.code });
  }
  return err;
}

/**
 * Resolves or rejects like `work`, but rejects with a 504 once `ms` have passed; `onExpire` runs
 * then (to release resources) and a late rejection of `work` is swallowed.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onExpire: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      work.catch(() => undefined);
      onExpire();
      reject(new AppError(504, 'QUERY_TIMEOUT', 'The query ran longer than the time limit and was stopped'));
    }, ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Query texts EXPLAIN has already found read-only on a database, so a repeated query (a console
 * re-run, a shared link, a dashboard polling) skips that round trip and its plan walk. Only
 * plain reads (query type 'r') are kept, never refusals; a text that names a graph (USE) is
 * always planned again, since a parameter could choose the graph. Bounded, least recently used
 * out first. The READ access mode and the rollback still hold for every run.
 */
export class ReadOnlyVerdicts {
  private readonly known = new Map<string, true>();

  constructor(private readonly capacity = 1_000) {}

  has(database: string, query: string): boolean {
    const key = `${database}\u0000${query}`;
    if (!this.known.delete(key)) return false;
    this.known.set(key, true);
    return true;
  }

  remember(database: string, query: string, queryType: string | undefined): void {
    if (queryType !== 'r' || /\buse\b/i.test(query)) return;
    this.known.set(`${database}\u0000${query}`, true);
    if (this.known.size > this.capacity) this.known.delete(this.known.keys().next().value!);
  }
}

const readOnlyVerdicts = new ReadOnlyVerdicts();

async function explain(tx: Transaction, query: string, params: Record<string, unknown>) {
  try {
    return await tx.run(EXPLAIN_PREFIX + query, params).summary();
  } catch (err) {
    throw cypherErrorToAppError(err, true, query);
  }
}

async function stream(tx: Transaction, query: string, params: Record<string, unknown>, limit: number) {
  const result = tx.run(query, params);
  const rows: Record<string, unknown>[] = [];
  const graph = new GraphCollector();
  let truncated = false;
  // Async iteration pulls fetchSize records at a time; leaving the loop discards the rest on the server.
  for await (const record of result) {
    if (rows.length === limit) {
      truncated = true;
      break;
    }
    const values = record.keys.map((_k, i) => record.get(i));
    values.forEach((v) => graph.add(v));
    rows.push(Object.fromEntries(record.keys.map((k, i) => [k, toPlain(values[i])])));
  }
  const columns = (await result.keys()).map(String);
  const missing = graph.missingEndpoints();
  if (missing.length) {
    const ends = await tx.run(cypher('nodes-by-element-id'), { ids: missing });
    for (const record of ends.records) graph.add(record.get('n'));
  }
  return { columns, rows, graph: graph.payload(), truncated };
}

export async function runReadOnlyCypher(driver: Driver, limits: CypherLimits, request: CypherRequest): Promise<CypherResult> {
  const started = performance.now();
  const limit = Math.min(request.limit, limits.maxRows);
  const params = toDriverParams(request.params) as Record<string, unknown>;
  // One more than the limit, so the record that proves truncation arrives in the same batch.
  const session = driver.session({ database: limits.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(limit + 1, 1_000) });
  const work = (async () => {
    // An explicit transaction, not executeRead: a user's query must not be retried. Not awaited:
    // BEGIN then goes out with the EXPLAIN's RUN in one round trip (its errors surface there).
    const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'vj-graph-explorer', feature: 'cypher' } });
    try {
      if (!readOnlyVerdicts.has(limits.database, request.query)) {
        const summary = await explain(tx, request.query, params);
        const refusal = checkReadOnly(summary.queryType, summary.plan, limits.database);
        if (refusal) throw refusal;
        readOnlyVerdicts.remember(limits.database, request.query, summary.queryType);
      }
      try {
        return await stream(tx, request.query, params, limit);
      } catch (err) {
        throw cypherErrorToAppError(err, false, request.query);
      }
    } finally {
      await tx.close().catch(() => undefined);
    }
  })().finally(() => session.close().catch(() => undefined));
  const result = await withDeadline(work, limits.timeoutMs + WATCHDOG_GRACE_MS, () => void session.close().catch(() => undefined));
  return { ...result, summary: { queryType: 'r', ms: Math.round(performance.now() - started) } };
}
