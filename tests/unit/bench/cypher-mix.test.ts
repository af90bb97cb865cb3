// The ad-hoc Cypher mix bench:serve sends: enough distinct texts, parameters that vary with the
// request and are plain JSON, and a cold variant whose every text is new. (That each text runs,
// read-only, through the API, the driver and the Query API is checked by bench:serve's preflight,
// which the benchmark smoke test runs.)
import { describe, expect, it } from 'vitest';
import { CYPHER_MIX, mixPicker, mixPools, mixStatement } from '../../../bench/cypher-mix.ts';
import { queryApiBody, queryApiFailed } from '../../../bench/serve.bench.ts';
import type { SeedNode } from '../../../contract/dataset.ts';
import { NODE_LABELS } from '../../../contract/model.ts';

const propertiesOf = (label: SeedNode['label'], k: number): SeedNode['properties'] =>
  label === 'Event'
    ? { year: 2015 + (k % 5), place: `place-${k % 4}` }
    : label === 'Official'
      ? { title: `Title${k % 3} of X`, country: k % 2 ? 'japan' : 'vietnam' }
      : {};
const nodes: SeedNode[] = NODE_LABELS.flatMap((label) =>
  Array.from({ length: 20 }, (_v, k) => ({
    id: `${label.toLowerCase()}-${k}`,
    label,
    name: `${label} Number ${k}`,
    aliases: [],
    properties: propertiesOf(label, k),
    mentions: [],
  })),
);
const ids = nodes.map((n) => n.id);
const picker = mixPicker(
  mixPools(
    nodes,
    ids,
    ids.map((id, i) => [id, ids[(i + 5) % ids.length]!] as [string, string]),
  ),
);

describe('the ad-hoc Cypher mix', () => {
  it('has at least 50 distinct texts, in every shape a console sees', () => {
    const texts = new Set(CYPHER_MIX.map((e) => e.query));
    expect(texts.size).toBe(CYPHER_MIX.length);
    expect(texts.size).toBeGreaterThanOrEqual(50);
    const all = [...texts].join('\n');
    for (const shape of [
      /\{id: \$/,
      /OPTIONAL MATCH/,
      /\nWITH /,
      /COUNT \{/,
      /ORDER BY .* LIMIT/,
      /\*1\.\.2/,
      /shortestPath/,
      /CALL \(/,
      /fulltext/,
      /count\(/,
    ])
      expect(all).toMatch(shape);
  });

  it('cycles through the texts and varies their parameters, which name every $parameter the text uses', () => {
    const n = CYPHER_MIX.length;
    expect(mixStatement(picker, 3).query).toBe(mixStatement(picker, 3 + n).query);
    expect(mixStatement(picker, 3).params).not.toEqual(mixStatement(picker, 3 + n).params);
    for (let i = 0; i < n; i++) {
      const { query, params } = mixStatement(picker, i);
      const used = [...query.matchAll(/\$(\w+)/g)].map((m) => m[1]!);
      expect(Object.keys(params).sort(), query).toEqual([...new Set(used)].sort());
      for (const v of Object.values(params)) expect(['string', 'number', 'object']).toContain(typeof v);
    }
  });

  it('cold: the same text and parameters, made unique to the request by a comment', () => {
    const warm = mixStatement(picker, 7);
    const cold = mixStatement(picker, 7, true);
    expect(cold.params).toEqual(warm.params);
    expect(cold.query.startsWith(warm.query)).toBe(true);
    expect(cold.query).not.toBe(
      mixStatement(picker, 7 + CYPHER_MIX.length, true)
        .query.replace('request 65', 'request 7')
        .slice(0, -1),
    );
    expect(new Set(Array.from({ length: 200 }, (_v, i) => mixStatement(picker, i, true).query)).size).toBe(200);
  });
});

describe('the Query API peer', () => {
  it('sends the statement with plain JSON parameters (whole numbers stay integers) and read access', () => {
    expect(JSON.parse(queryApiBody({ query: 'MATCH (n) RETURN n LIMIT $limit', params: { limit: 25, ids: ['a'] } }))).toEqual({
      statement: 'MATCH (n) RETURN n LIMIT $limit',
      parameters: { limit: 25, ids: ['a'] },
      accessMode: 'READ',
    });
  });

  it("reads a 202 whose body carries Neo4j's errors as a failure, and a value that merely mentions them as data", () => {
    expect(
      queryApiFailed(
        '{"data":{"fields":["boom"],"values":[]},"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}',
      ),
    ).toBe(true);
    expect(queryApiFailed('{"data":{"fields":["x"],"values":[["\\"errors\\":[{\\"code\\":\\"Neo."]]},"bookmarks":["FB:x"]}')).toBe(false);
    expect(queryApiFailed('{"data":{"fields":["x"],"values":[[1]]},"bookmarks":["FB:x"]}')).toBe(false);
  });
});
