// The read-only guard: the query is planned with EXPLAIN inside the READ transaction it will run
// in, and refused on the plan (query type, procedures, LOAD CSV, administration commands, other
// databases) before it ever runs. Neo4j's own planner reads the query, so no Cypher parser of
// ours can disagree with it about what the statement does.
import type { Transaction } from 'neo4j-driver';
import type { ErrorCode } from '../../../contract/api/errors.ts';
import { AppError } from '../../http/app-error.ts';
import { cypherErrorToAppError, EXPLAIN_PREFIX } from './cypher.errors.ts';

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

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
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

/**
 * Plans `query` with EXPLAIN in `tx` and returns its query type and plan, or throws the refusal
 * (403) or the planning error (syntax, unknown procedure …, positions in the caller's text).
 */
export async function planReadOnly(
  tx: Transaction,
  query: string,
  params: Record<string, unknown>,
  database: string,
): Promise<{ queryType: string | undefined; plan: PlanNode }> {
  const summary = await tx
    .run(EXPLAIN_PREFIX + query, params)
    .summary()
    .catch((err: unknown) => {
      throw cypherErrorToAppError(err, true, query);
    });
  const refusal = checkReadOnly(summary.queryType, summary.plan, database);
  if (refusal) throw refusal;
  // checkReadOnly refuses a summary without a plan, so one is there.
  return { queryType: summary.queryType, plan: summary.plan as PlanNode };
}

/** planReadOnly for the runner, which needs only the query type (for the verdict cache). */
export async function assertReadOnly(tx: Transaction, query: string, params: Record<string, unknown>, database: string): Promise<string | undefined> {
  return (await planReadOnly(tx, query, params, database)).queryType;
}
