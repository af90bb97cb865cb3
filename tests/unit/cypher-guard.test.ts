// The ad-hoc Cypher guard's pure parts: the plan check on plans shaped like the ones Neo4j 5.26
// returns for EXPLAIN (operator names carry `@database`), error positions, params and the watchdog.
import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/http/app-error.ts';
import { cypherRequestSchema } from '../../contract/api/cypher.ts';
import { jsonDepth } from '../../contract/json-depth.ts';
import { cypherParams } from '../../db/read.ts';
import { ValueTooDeepError } from '../../server/db/records.ts';
import {
  cypherErrorToAppError,
  userPosition,
  withoutExplainPrefix,
  withoutJavaClassNames,
} from '../../server/features/cypher/cypher.errors.ts';
import { checkReadOnly, parseOperator, procedureName, type PlanNode } from '../../server/features/cypher/cypher.guard.ts';
import { withDeadline } from '../../server/features/cypher/cypher.runner.ts';
import { ReadOnlyVerdicts } from '../../server/features/cypher/cypher.verdicts.ts';

const op = (operatorType: string, details?: string, ...children: PlanNode[]): PlanNode => ({
  operatorType,
  arguments: details === undefined ? {} : { Details: details },
  children,
});
const results = (...children: PlanNode[]) => op('ProduceResults@neo4j', undefined, ...children);
const call = (signature: string) => op('ProcedureCall@neo4j', signature);

const verdict = (queryType: string | undefined, plan: PlanNode | false) => {
  const refusal = checkReadOnly(queryType, plan, 'neo4j');
  return refusal && { status: refusal.status, code: refusal.code };
};
const WRITE = { status: 403, code: 'WRITE_NOT_ALLOWED' };
const PROCEDURE = { status: 403, code: 'PROCEDURE_NOT_ALLOWED' };
const COMMAND = { status: 403, code: 'COMMAND_NOT_ALLOWED' };

describe('checkReadOnly', () => {
  it('lets plain reads and the listed procedures through', () => {
    expect(verdict('r', results(op('Projection@neo4j', '$autoint_0 AS `1`')))).toBeUndefined();
    expect(verdict('r', results(op('Filter@neo4j', 'label STARTS WITH $s', call('db.labels() :: (label :: STRING)'))))).toBeUndefined();
    expect(verdict('r', results(call('db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)')))).toBeUndefined();
  });

  it('accepts query type s only because of an allowed DBMS-mode procedure', () => {
    expect(verdict('s', results(call('dbms.components() :: (name :: STRING)')))).toBeUndefined();
    const union = results(
      op('Union@neo4j', undefined, call('db.labels() :: (label :: STRING)'), call('dbms.components() :: (name :: STRING)')),
    );
    expect(verdict('s', union)).toBeUndefined();
    expect(verdict('s', results(call('dbms.listConfig() :: (name :: STRING)')))).toEqual(PROCEDURE);
    expect(verdict('s', op('CreateIndex@neo4j', 'RANGE INDEX foo FOR (:X) ON (y)'))).toEqual(WRITE);
    expect(verdict('s', op('DropConstraint@neo4j', 'CONSTRAINT entity_id'))).toEqual(WRITE);
  });

  it('sees through the s that a DBMS-mode procedure puts on a whole query', () => {
    const components = call('dbms.components() :: (name :: STRING)');
    // EXPLAIN CALL dbms.components() YIELD name MATCH (n) DETACH DELETE n → 's'
    const hiddenDelete = results(
      op(
        'EmptyResult@neo4j',
        undefined,
        op('DetachDelete@neo4j', 'n', op('Apply@neo4j', undefined, components, op('AllNodesScan@neo4j', 'n'))),
      ),
    );
    expect(verdict('s', hiddenDelete)).toEqual(WRITE);
    expect(verdict('s', results(op('Foreach@neo4j', 'i IN [1], CREATE (x)', components)))).toEqual(WRITE);
    // Graph access next to it is refused too: only projections may accompany it.
    expect(verdict('s', results(op('Apply@neo4j', undefined, components, op('AllNodesScan@neo4j', 'n'))))).toEqual(PROCEDURE);
    const projections = results(
      op('Limit@neo4j', '3', op('OrderedDistinct@neo4j', 'v', op('Sort@neo4j', 'v', op('Unwind@neo4j', 'versions AS v', components)))),
    );
    expect(verdict('s', projections)).toBeUndefined();
  });

  it('refuses writes by query type, wherever the writing operator sits', () => {
    expect(verdict('w', results(op('EmptyResult@neo4j', undefined, op('Create@neo4j', '(n)'))))).toEqual(WRITE);
    const subquery = results(op('SubqueryForeach@neo4j', undefined, op('AllNodesScan@neo4j', 'n'), op('SetProperty@neo4j', 'n.x = 1')));
    expect(verdict('rw', subquery)).toEqual(WRITE);
    // A write procedure: the query type decides before the allow-list does.
    expect(verdict('w', results(call('db.createLabel($s) :: ()')))).toEqual(WRITE);
  });

  it('refuses procedures outside the allow-list, even read-only ones, and unreadable calls', () => {
    expect(checkReadOnly('r', results(call('db.awaitIndexes($n) :: ()')), 'neo4j')?.details).toEqual({ procedure: 'db.awaitIndexes' });
    const nested = results(
      op('Apply@neo4j', undefined, call('db.labels() :: (label :: STRING)'), call('db.stats.retrieve($s) :: (section :: STRING)')),
    );
    expect(verdict('r', nested)).toEqual(PROCEDURE);
    expect(checkReadOnly('r', results(call('???')), 'neo4j')?.details).toEqual({ procedure: null });
    expect(verdict('r', results(op('ProcedureCall@neo4j')))).toEqual(PROCEDURE);
  });

  it('refuses LOAD CSV with a message saying so', () => {
    const refusal = checkReadOnly('r', results(op('LoadCSV@neo4j', 'line')), 'neo4j');
    expect(refusal).toMatchObject(WRITE);
    expect(refusal?.message).toMatch(/LOAD CSV is not allowed/);
  });

  it('refuses administration, SHOW and TERMINATE commands and batched transactions', () => {
    expect(verdict('s', op('AdministrationCommand@system'))).toEqual(COMMAND);
    expect(verdict('r', results(op('ShowIndexes@neo4j', 'allIndexes, defaultColumns')))).toEqual(COMMAND);
    expect(verdict('r', results(op('ShowTransactions@neo4j')))).toEqual(COMMAND);
    expect(verdict('r', results(op('TerminateTransactions@neo4j', 'transactions(x)')))).toEqual(COMMAND);
    expect(verdict('r', results(op('TransactionApply@neo4j', 'IN TRANSACTIONS OF 1000 ROWS')))).toEqual(COMMAND);
    expect(verdict('rw', results(op('TransactionForeach@neo4j', 'IN TRANSACTIONS OF 1000 ROWS')))).toEqual(WRITE);
  });

  it('refuses plans on another database (USE system …)', () => {
    expect(verdict('s', op('dbms.components@system'))).toEqual(COMMAND);
    expect(verdict('r', results(op('Projection@other')))).toEqual(COMMAND);
  });

  it('fails closed without a plan or with an unknown query type', () => {
    expect(verdict('r', false)).toEqual(COMMAND);
    expect(verdict(undefined, results())).toEqual(WRITE);
    expect(verdict('x', results())).toEqual(WRITE);
  });

  it('reads operator names and procedure signatures', () => {
    expect(parseOperator('ProcedureCall@neo4j')).toEqual({ name: 'ProcedureCall', database: 'neo4j' });
    expect(parseOperator('Projection')).toEqual({ name: 'Projection' });
    expect(procedureName('db.schema.visualization() :: (nodes :: LIST<NODE>)')).toBe('db.schema.visualization');
    expect(procedureName('tx.setMetaData({a: $autoint_0}) :: ()')).toBe('tx.setMetaData');
    expect(procedureName(undefined)).toBeUndefined();
  });
});

describe('error positions without the EXPLAIN line', () => {
  it('maps positions from the prefixed text back to the caller’s query', () => {
    expect(userPosition(2, 11, 18)).toEqual({ line: 1, column: 11, offset: 10 });
    expect(userPosition(4, 8, 52)).toEqual({ line: 3, column: 8, offset: 44 });
    expect(userPosition(1, 8, 7)).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it('rewrites the message and drops an excerpt of our own EXPLAIN line', () => {
    expect(
      withoutExplainPrefix('Invalid input \'RETRUN\': expected … (line 2, column 11 (offset: 18))\n"MATCH (n) RETRUN n"\n          ^'),
    ).toBe('Invalid input \'RETRUN\': expected … (line 1, column 11 (offset: 10))\n"MATCH (n) RETRUN n"\n          ^');
    expect(
      withoutExplainPrefix(
        'Unexpected end of input: expected CYPHER, EXPLAIN, PROFILE or Query (line 1, column 8 (offset: 7))\n"EXPLAIN"\n        ^',
      ),
    ).toBe('Unexpected end of input: expected CYPHER, EXPLAIN, PROFILE or Query (line 1, column 1 (offset: 0))');
  });

  it('maps driver errors: syntax with position, access mode to 403, other client errors to 400', () => {
    const syntax = new Neo4jError('Invalid input (line 2, column 3 (offset: 10))', 'Neo.ClientError.Statement.SyntaxError', '42001', '');
    expect(cypherErrorToAppError(syntax, true)).toMatchObject({
      status: 400,
      code: 'CYPHER_SYNTAX_ERROR',
      details: { line: 1, column: 3, offset: 2 },
    });
    expect(cypherErrorToAppError(syntax, false)).toMatchObject({ details: { line: 2, column: 3, offset: 10 } });
    const accessMode = new Neo4jError('Writing in read access mode not allowed', 'Neo.ClientError.Statement.AccessMode', '50N42', '');
    expect(cypherErrorToAppError(accessMode, false)).toMatchObject({ status: 403, code: 'WRITE_NOT_ALLOWED' });
    const notFound = new Neo4jError('There is no procedure', 'Neo.ClientError.Procedure.ProcedureNotFound', '42001', '');
    expect(cypherErrorToAppError(notFound, true)).toMatchObject({ status: 400, code: 'CYPHER_ERROR' });
    const timeout = new Neo4jError('terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '50N42', '');
    expect(cypherErrorToAppError(timeout, false)).toMatchObject({ status: 504, code: 'QUERY_TIMEOUT' });
    // Neo4j 5.26 reports an open /* comment before the first clause as a DatabaseError.
    const lexical = new Neo4jError(
      'Lexical error at line 2, column 9.  Encountered: <EOF> after : ""',
      'Neo.DatabaseError.General.UnknownError',
      '50N00',
      '',
    );
    expect(cypherErrorToAppError(lexical, true, '/* MATCH')).toMatchObject({
      status: 400,
      code: 'CYPHER_SYNTAX_ERROR',
      details: { line: 1, column: 9, offset: 8 },
    });
    const unknown = new Neo4jError('Something else', 'Neo.DatabaseError.General.UnknownError', '50N00', '');
    expect(cypherErrorToAppError(unknown, true, 'x')).toBe(unknown);
    const other = new Error('boom');
    expect(cypherErrorToAppError(other, false)).toBe(other);
  });
});

describe('error messages', () => {
  it('drops Java class names and keeps the Neo4j code', () => {
    const failed = new Neo4jError(
      'Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: nope',
      'Neo.ClientError.Procedure.ProcedureCallFailed',
      '52N37',
      '',
    );
    expect(cypherErrorToAppError(failed, false)).toMatchObject({
      status: 400,
      code: 'CYPHER_ERROR',
      message: 'Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: There is no such fulltext schema index: nope',
      details: { neo4jCode: 'Neo.ClientError.Procedure.ProcedureCallFailed' },
    });
    expect(
      withoutJavaClassNames(
        'Expected Long(1) to be a org.neo4j.values.storable.TextValue, but it was a org.neo4j.values.storable.LongValue',
      ),
    ).toBe('Expected Long(1) to be a TextValue, but it was a LongValue');
    expect(withoutJavaClassNames('org.neo4j.exceptions.CypherTypeException$Inner: bad')).toBe('bad');
    expect(withoutJavaClassNames('Type mismatch: expected Map but was Integer (line 1, column 20 (offset: 19))')).toBe(
      'Type mismatch: expected Map but was Integer (line 1, column 20 (offset: 19))',
    );
  });

  it('answers a runtime refusal (ExecutionFailed) and a value too deep as the caller’s errors', () => {
    const sameEnds = new Neo4jError(
      'The shortest path algorithm does not work when the start and end nodes are the same.',
      'Neo.DatabaseError.Statement.ExecutionFailed',
      '51N00',
      '',
    );
    expect(cypherErrorToAppError(sameEnds, false)).toMatchObject({
      status: 400,
      code: 'CYPHER_ERROR',
      message: expect.stringMatching(/start and end nodes are the same/),
    });
    expect(cypherErrorToAppError(new ValueTooDeepError(), false)).toMatchObject({
      status: 422,
      code: 'VALUE_TOO_DEEP',
      details: { maxDepth: 100 },
    });
    // The driver overflows its own stack decoding a value some 2,000 deep, before our conversion runs.
    expect(cypherErrorToAppError(new RangeError('Maximum call stack size exceeded'), false)).toMatchObject({
      status: 422,
      code: 'VALUE_TOO_DEEP',
    });
    const otherRange = new RangeError('Invalid array length');
    expect(cypherErrorToAppError(otherRange, false)).toBe(otherRange);
  });

  it('tells the per-query memory cap (422) from the shared pool running out (503)', () => {
    const mk = (message: string, code = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError') => new Neo4jError(message, code, '', '');
    const perQuery = mk(
      'The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. Currently using 254.6 MiB. db.memory.transaction.max threshold reached',
    );
    expect(cypherErrorToAppError(perQuery, false)).toMatchObject({
      status: 422,
      code: 'QUERY_MEMORY_LIMIT',
      details: { limit: '256.0 MiB' },
      message: expect.stringMatching(/more memory than one query may \(256.0 MiB\)/),
    });
    const shared = mk(
      'The allocation of an extra 2.0 MiB would use more than the limit 1.0 GiB. Currently using 1.0 GiB. dbms.memory.transaction.total.max threshold reached',
    );
    expect(cypherErrorToAppError(shared, false)).toMatchObject({ status: 503, code: 'DATABASE_BUSY' });
    expect(cypherErrorToAppError(mk('Java heap space', 'Neo.TransientError.General.OutOfMemoryError'), false)).toMatchObject({
      status: 503,
      code: 'DATABASE_OUT_OF_MEMORY',
    });
  });
});

describe('params and request', () => {
  it('sends whole numbers as Cypher integers, everything else as is', () => {
    const out = cypherParams({ n: 5, f: 1.5, big: 2 ** 60, s: 'x', list: [1, { m: 2 }], nothing: null }) as {
      n: unknown;
      f: unknown;
      big: unknown;
      list: [unknown, { m: unknown }];
      nothing: unknown;
    };
    expect(neo4j.isInt(out.n) && out.n.toNumber()).toBe(5);
    expect(out.f).toBe(1.5);
    expect(out.big).toBe(2 ** 60);
    expect(neo4j.isInt(out.list[0]) && neo4j.isInt(out.list[1].m)).toBe(true);
    expect(out.nothing).toBeNull();
  });

  it('defaults limit and params and bounds their size and depth', () => {
    expect(cypherRequestSchema.parse({ query: 'RETURN 1' })).toEqual({ query: 'RETURN 1', params: {}, limit: 1000 });
    expect(jsonDepth({ a: [[1]] })).toBe(3);
    const deep = JSON.parse('['.repeat(5000) + ']'.repeat(5000));
    expect(jsonDepth(deep)).toBe(5000);
    const tooDeep = cypherRequestSchema.safeParse({ query: 'RETURN 1', params: { deep } });
    expect(tooDeep.success).toBe(false);
    expect(tooDeep.error?.issues[0]?.path).toEqual(['params']);
    expect(cypherRequestSchema.safeParse({ query: 'RETURN 1', params: { s: 'x'.repeat(16_000) } }).success).toBe(true);
    expect(cypherRequestSchema.safeParse({ query: 'RETURN 1', params: { s: 'x'.repeat(16_400) } }).success).toBe(false);
  });
});

describe('withDeadline', () => {
  it('passes results and errors through before the deadline', async () => {
    await expect(withDeadline(Promise.resolve(1), 1_000, () => undefined)).resolves.toBe(1);
    await expect(withDeadline(Promise.reject(new Error('no')), 1_000, () => undefined)).rejects.toThrow('no');
  });

  it('answers 504 at the deadline, releases resources and swallows the late outcome', async () => {
    let expired = false;
    let rejectLate!: (e: Error) => void;
    const late = new Promise<number>((_r, reject) => (rejectLate = reject));
    const err = await withDeadline(late, 20, () => (expired = true)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 504, code: 'QUERY_TIMEOUT' });
    expect(expired).toBe(true);
    rejectLate(new Error('late')); // must not surface as an unhandled rejection
    await new Promise((r) => setTimeout(r, 10));
  });
});

describe('read-only verdicts remembered per query text', () => {
  it('remembers plain reads per database, never other query types or texts that name a graph', () => {
    const v = new ReadOnlyVerdicts();
    v.remember('neo4j', 'MATCH (n) RETURN n', 'r');
    v.remember('neo4j', 'CREATE (n)', 'w');
    v.remember('neo4j', 'CALL dbms.components()', 's');
    v.remember('neo4j', 'USE neo4j MATCH (n) RETURN n', 'r');
    v.remember('neo4j', 'use graph.byName($g) MATCH (n) RETURN n', 'r');
    expect(v.has('neo4j', 'MATCH (n) RETURN n')).toBe(true);
    expect(v.has('other', 'MATCH (n) RETURN n')).toBe(false);
    expect(v.has('neo4j', 'MATCH (n) RETURN n ')).toBe(false);
    for (const q of ['CREATE (n)', 'CALL dbms.components()', 'USE neo4j MATCH (n) RETURN n', 'use graph.byName($g) MATCH (n) RETURN n'])
      expect(v.has('neo4j', q)).toBe(false);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const v = new ReadOnlyVerdicts(2);
    v.remember('db', 'a', 'r');
    v.remember('db', 'b', 'r');
    expect(v.has('db', 'a')).toBe(true); // a is now the most recent
    v.remember('db', 'c', 'r');
    expect([v.has('db', 'a'), v.has('db', 'b'), v.has('db', 'c')]).toEqual([true, false, true]);
  });

  it('counts its hits and misses (the serving benchmark reports the hit rate)', () => {
    const v = new ReadOnlyVerdicts();
    expect(v.lookups()).toEqual({ hits: 0, misses: 0 });
    v.has('db', 'a');
    v.remember('db', 'a', 'r');
    v.has('db', 'a');
    v.has('db', 'a');
    v.has('db', 'b');
    expect(v.lookups()).toEqual({ hits: 2, misses: 2 });
  });
});
