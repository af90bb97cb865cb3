// The checks on the ad-hoc query text before Neo4j plans it: pre-parser options, PROFILE and the
// bound on range() (issue 13 items 1, 3 and 9). The API tests run the same cases on the real Neo4j.
import { describe, expect, it } from 'vitest';
import { checkQueryText, MAX_RANGE_VALUES, tokenize } from '../../server/features/cypher/cypher.text-guard.ts';

const code = (query: string, params: Record<string, unknown> = {}) => checkQueryText(query, params)?.code;
/** Each query with its code, so a failure names the query. */
const expectCodes = (queries: string[], expected: string | undefined, params: Record<string, unknown> = {}) => {
  for (const q of queries) expect({ q, code: code(q, params) }).toEqual({ q, code: expected });
};

describe('tokenize', () => {
  it('tells words from strings, comments, quoted names and parameters', () => {
    const tokens = tokenize(
      "MATCH (n) // CYPHER debug=ast\nWHERE n.x = 'CYPHER debug=ast' /* PROFILE */ RETURN `a``b`, $p, $`q r`, 1_000, 0x1F",
    );
    expect(tokens.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['MATCH', 'n', 'WHERE', 'n', 'x', 'RETURN']);
    expect(tokens.filter((t) => t.kind !== 'word' && t.kind !== 'punct')).toEqual([
      { kind: 'string', text: "'CYPHER debug=ast'" },
      { kind: 'quoted', text: 'a`b' },
      { kind: 'param', text: 'p' },
      { kind: 'param', text: 'q r' },
      { kind: 'number', text: '1_000' },
      { kind: 'number', text: '0x1F' },
    ]);
  });

  it('stops at an unterminated string or comment (Neo4j refuses those as syntax errors)', () => {
    expect(tokenize("RETURN 'open").map((t) => t.text)).toEqual(['RETURN']);
    expect(tokenize('RETURN 1 /* open').map((t) => t.text)).toEqual(['RETURN', '1']);
  });
});

describe('pre-parser options', () => {
  it('allows none, a version, runtime and planner', () => {
    expectCodes(
      [
        'RETURN 1',
        'CYPHER 5 RETURN 1',
        'CYPHER runtime=slotted RETURN 1',
        'cypher planner=dp runtime=interpreted MATCH (n) RETURN n',
        'EXPLAIN CYPHER runtime=slotted RETURN 1',
      ],
      undefined,
    );
  });

  it('refuses debug and every other option, however it is written', () => {
    expectCodes(
      [
        'CYPHER debug=ast RETURN 1',
        'CYPHER DEBUG=tostring CREATE ()',
        'CYPHER 5 runtime=slotted debug=printcostcomparisons RETURN 1',
        "CYPHER runtime='slotted' debug=ast RETURN 1",
        '/* c */ CYPHER debug = semanticstate RETURN 1',
        'EXPLAIN CYPHER `debug`=ast RETURN 1',
        'CYPHER replan=force RETURN 1',
        'RETURN 1 UNION CYPHER debug=ast RETURN 1',
        'CYPHER runtime=slotted as=1 debug=ast RETURN 1',
        "CYPHER 'debug'=ast RETURN 1",
      ],
      'CYPHER_OPTION_NOT_ALLOWED',
    );
    expect(checkQueryText('CYPHER debug=ast RETURN 1', {})).toMatchObject({
      status: 400,
      details: { option: 'debug' },
      message: expect.stringMatching(/debug is not allowed; allowed: CYPHER runtime=…, CYPHER planner=…/),
    });
  });

  it('leaves a variable or property named cypher alone', () => {
    expect(code('WITH 1 AS cypher, 2 AS x WITH cypher, x WHERE x = 2 RETURN cypher')).toBeUndefined();
    expect(code("MATCH (n) WHERE n.cypher = 'debug=ast' RETURN n")).toBeUndefined();
  });
});

describe('execution mode', () => {
  it('refuses PROFILE with a message pointing at EXPLAIN, keeps EXPLAIN', () => {
    expectCodes(
      [
        'PROFILE RETURN 1',
        'profile MATCH (n) RETURN n',
        'CYPHER runtime=slotted PROFILE RETURN 1',
        'EXPLAIN PROFILE RETURN 1',
        '// c\nPROFILE RETURN 1',
      ],
      'PROFILE_NOT_SUPPORTED',
    );
    expect(checkQueryText('PROFILE RETURN 1', {})).toMatchObject({
      status: 400,
      message: expect.stringMatching(/PROFILE is not supported.*EXPLAIN/),
    });
    expect(code('EXPLAIN MATCH (n) RETURN n')).toBeUndefined();
    expect(code('WITH 1 AS profile RETURN profile')).toBeUndefined();
  });
});

describe('range() bounds', () => {
  it('refuses the reported queries (each kept Neo4j busy long after its 504)', () => {
    for (const n of ['10000000', '1000000']) {
      const refusal = checkQueryText(`RETURN size(reduce(s='', x IN range(1,${n}) | s + 'x'))`, {});
      expect(refusal).toMatchObject({
        status: 400,
        code: 'QUERY_TOO_COSTLY',
        details: { maxRangeValues: MAX_RANGE_VALUES, rangeValues: Number(n) },
      });
    }
  });

  it('lets UNWIND range(…) AS stream any size: Neo4j stops rows at the time limit', () => {
    expect(code('UNWIND range(1, 100000000) AS i RETURN i')).toBeUndefined();
    expect(code('UNWIND range(0, size($l) - 1) AS i RETURN i', { l: [1] })).toBeUndefined();
    // …but not a range that only starts like one, or one nested in its bounds.
    expect(code('UNWIND range(1, 1000000) + [1] AS i RETURN i')).toBe('QUERY_TOO_COSTLY');
    expect(code('UNWIND range(1, size(range(1, 1000000))) AS i RETURN i')).toBe('QUERY_TOO_COSTLY');
  });

  it('counts literals, parameters and arithmetic, with a step', () => {
    expect(code(`RETURN range(1, ${MAX_RANGE_VALUES})`)).toBeUndefined();
    expect(code(`RETURN range(1, ${MAX_RANGE_VALUES + 1})`)).toBe('QUERY_TOO_COSTLY');
    expect(code('RETURN range(1, 1000000, 10)')).toBeUndefined();
    expect(code('RETURN range(1, 1000 * 1000)')).toBe('QUERY_TOO_COSTLY');
    expect(code('RETURN range(1, 10 ^ 7)')).toBe('QUERY_TOO_COSTLY');
    expect(code('RETURN range(1, 1e7)')).toBe('QUERY_TOO_COSTLY');
    expect(code('RETURN range(1, 10_000_000)')).toBe('QUERY_TOO_COSTLY');
    expect(code('RETURN range(-(5), $n)', { n: 10 })).toBeUndefined();
    expect(code('RETURN range(1, $n)', { n: 10_000_000 })).toBe('QUERY_TOO_COSTLY');
    expect(code('RETURN `RANGE`(1, 10000000)')).toBe('QUERY_TOO_COSTLY');
    expect(code('RETURN range /* c */ (1, 10000000)')).toBe('QUERY_TOO_COSTLY');
  });

  it('multiplies ranges, since one may loop inside the other', () => {
    expect(code('RETURN [x IN range(1, 1000) | [y IN range(1, 100) | x * y]]')).toBeUndefined();
    const nested = checkQueryText("RETURN reduce(s = '', x IN range(1, 1000) | s + reduce(t = '', y IN range(1, 1000) | t + 'x'))", {});
    expect(nested).toMatchObject({ code: 'QUERY_TOO_COSTLY', details: { rangeValues: 1_000_000 } });
  });

  it('refuses bounds it cannot know before the query runs', () => {
    expectCodes(
      ['MATCH (n) RETURN range(1, n.count)', 'RETURN range(1, toInteger("10000000"))', 'RETURN range(1, $missing)', 'RETURN range(1, $s)'],
      'QUERY_TOO_COSTLY',
      { s: 'x' },
    );
    expect(checkQueryText('MATCH (n) RETURN range(1, n.count)', {})?.message).toMatch(/integers or \$parameters/);
  });

  it('ignores range in strings, comments and property names', () => {
    expect(code("RETURN 'range(1, 10000000)' AS s // range(1, 10000000)")).toBeUndefined();
    expect(code('MATCH (n) RETURN n.range')).toBeUndefined();
  });
});

describe('nesting', () => {
  it('refuses a reduce() that nests its accumulator, however it is wrapped', () => {
    expectCodes(
      [
        'RETURN reduce(l = [], i IN range(1, 4000) | [l])',
        'RETURN reduce(l = [], i IN range(1, 10) | l + [l])',
        'RETURN reduce(m = {}, i IN range(1, 10) | {inner: m})',
        'RETURN reduce(`l` = [], i IN range(1, 10) | [x IN [1] | l])',
        'RETURN reduce(l = [], i IN range(1, 10) | CASE WHEN i > 0 THEN [(l)] ELSE l END)',
        'RETURN reduce(l = [], i IN range(1, 10) | reduce(k = l, j IN [1] | [k]))',
        'RETURN reduce(l = [], i IN range(1, 10) | COLLECT { RETURN l AS z })',
      ],
      'VALUE_TOO_DEEP',
    );
    expect(checkQueryText('RETURN reduce(l = [], i IN range(1, 10) | [l])', {})).toMatchObject({
      status: 422,
      details: { maxDepth: 100 },
      message: expect.stringMatching(/accumulator l/),
    });
  });

  it('lets flat accumulations through', () => {
    expectCodes(
      [
        'RETURN reduce(acc = [], x IN [1, 2, 3] | acc + [x])',
        'RETURN reduce(s = 0, x IN [[1], [2]] | s + size(x))',
        'RETURN reduce(s = 0, x IN $lists | s + size(x))',
        "RETURN reduce(m = '', x IN ['a'] | m + {m: x}.m)",
        'MATCH p = (a)-->(b) RETURN reduce(total = 0, r IN relationships(p) | total + r.weight)',
      ],
      undefined,
    );
  });

  it('refuses lists and maps written more than 100 deep', () => {
    expect(code(`RETURN ${'['.repeat(100)}${']'.repeat(100)}`)).toBeUndefined();
    expect(code(`RETURN ${'['.repeat(101)}${']'.repeat(101)}`)).toBe('VALUE_TOO_DEEP');
    expect(code(`RETURN ${'{a: '.repeat(101)}1${'}'.repeat(101)}`)).toBe('VALUE_TOO_DEEP');
  });
});

describe('reduce() lists', () => {
  it('refuses a reduce() over a list the text does not bound (a collect()ed one outlasted its 504)', () => {
    expectCodes(
      [
        "UNWIND range(1, 300000) AS x WITH collect(x) AS l RETURN size(reduce(s = '', y IN l | s + 'x'))",
        "MATCH (n) RETURN reduce(s = '', x IN collect(n.name) | s + x)",
        'RETURN reduce(s = 0, x IN COLLECT { UNWIND range(1, 10) AS i RETURN i } | s + x)',
        'RETURN reduce(s = 0, x IN [y IN $l | y] | s + x)',
        "RETURN reduce(s = 0, x IN split($text, '') | s + 1)",
        'RETURN reduce(s = 0, x IN tail(nodes(p)) | s + 1)',
      ],
      'QUERY_TOO_COSTLY',
      { l: [1], text: 'ab' },
    );
    expect(checkQueryText('WITH [1] AS l RETURN reduce(s = 0, x IN l | s + x)', {})?.message).toMatch(
      /reduce\(\) may only step through a list whose size the query bounds.*aggregate instead/,
    );
  });

  it('lets it step through literals, range(), parameters, properties and path functions', () => {
    expectCodes(
      [
        'RETURN reduce(s = 0, x IN [1, 2, 3] | s + x)',
        'RETURN reduce(s = 0, x IN range(1, 10) | s + x)',
        'RETURN reduce(s = 0, x IN $l | s + x)',
        'MATCH (n) RETURN reduce(s = 0, x IN n.scores | s + x)',
        'MATCH p = (a)-[*1..3]-(b) RETURN reduce(s = 0, n IN nodes(p) | s + size(n.name)), reduce(t = 0, r IN relationships(p) | t + 1)',
        'MATCH (n) RETURN reduce(s = 0, k IN keys(n) | s + 1), reduce(s = 0, l IN labels(n) | s + 1)',
      ],
      undefined,
      { l: [1] },
    );
  });
});

describe('nested loops', () => {
  it('refuses a loop inside another when either list is unbounded (quadratic, in one expression)', () => {
    expectCodes(
      [
        'UNWIND range(1, 1000000) AS x WITH collect(x) AS l RETURN size([x IN l WHERE x IN l])',
        'WITH [1] AS l RETURN [x IN l | size([y IN l WHERE y < x])]',
        'WITH [1] AS l RETURN any(x IN l WHERE all(y IN l WHERE y <> x))',
        'WITH [1] AS l RETURN reduce(s = 0, i IN range(1, 100000) | s + size([x IN l WHERE x > i]))',
        'WITH [1] AS l RETURN [x IN range(1, 100000) WHERE x IN l]',
        'WITH [1] AS l RETURN none(x IN l WHERE x IN $p)',
      ],
      'QUERY_TOO_COSTLY',
      { p: [1] },
    );
    expect(checkQueryText('WITH [1] AS l RETURN [x IN l WHERE x IN l]', {})?.message).toMatch(/A loop over a list inside another loop/);
  });

  it('lets single loops over any list, and nested ones over bounded lists, through', () => {
    expectCodes(
      [
        'WITH [1] AS l RETURN [x IN l WHERE x > 1 | x * 2], any(x IN l WHERE x = 1), size(l)',
        'MATCH (n) WHERE n.id IN $ids RETURN n',
        'WITH [1] AS l UNWIND l AS x WITH x, l WHERE x IN l RETURN x',
        'RETURN [x IN range(1, 100) | [y IN range(1, 100) WHERE y IN [1, 2, 3]]]',
        'MATCH p = (a)-[*1..2]-(b) RETURN [n IN nodes(p) WHERE any(l IN labels(n) WHERE l IN $labels)]',
        // The inner comprehension builds the outer one's list once, not once per element.
        'WITH [1] AS l RETURN [x IN [y IN $p | y] | x]',
      ],
      undefined,
      { ids: ['a'], labels: ['Official'], p: [1] },
    );
  });

  it('accepts long queries built to pass every check the slow way', () => {
    // Once measured at 10–45 ms each (a check that rescanned the text per bracket took seconds).
    // How long it takes is not asserted here: a timed test fails on a loaded machine and proves
    // nothing on a fast one; these inputs stay so a rescan shows up as a slow unit run.
    const awkward = [
      `RETURN ${'[x IN [1] WHERE x IN [2] | x] + '.repeat(400)}[]`.slice(0, 10_000),
      `RETURN ${'reduce(s = 0, x IN [1] | s + x) + '.repeat(400)}0`.slice(0, 10_000),
      `RETURN ${'reduce(s = 0, x IN [1] | s + '.repeat(300)}0${')'.repeat(300)}`,
    ];
    for (const query of awkward) expect(checkQueryText(query, {})).toBeUndefined();
  });
});
