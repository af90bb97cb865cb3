// Converting a result value nests no deeper than MAX_VALUE_DEPTH: ad-hoc Cypher can return a list
// 4,000 deep (`reduce(l = [], i IN range(1, 4000) | [l])`), whose recursive conversion overflowed
// the stack (RangeError → 500). Past the bound both conversions throw ValueTooDeepError instead.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GraphCollector, MAX_VALUE_DEPTH, toPlain, ValueTooDeepError } from '../../server/db/records.ts';

function nested(depth: number, wrap: (inner: unknown) => unknown = (inner) => [inner]): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = wrap(value);
  return value;
}

describe('value depth', () => {
  it('converts values up to the bound', () => {
    const deepest = nested(MAX_VALUE_DEPTH);
    expect(toPlain(deepest)).toEqual(deepest);
    expect(() => new GraphCollector().add(deepest)).not.toThrow();
    expect(toPlain(nested(MAX_VALUE_DEPTH, (inner) => ({ inner })))).toEqual(nested(MAX_VALUE_DEPTH, (inner) => ({ inner })));
    // Scalars inside the deepest list are not one level more.
    let full: unknown = [neo4j.int(7), 'x', 1.5];
    for (let i = 1; i < MAX_VALUE_DEPTH; i++) full = [full];
    expect(JSON.stringify(toPlain(full))).toBe(`${'['.repeat(MAX_VALUE_DEPTH)}7,"x",1.5${']'.repeat(MAX_VALUE_DEPTH)}`);
    expect(() => new GraphCollector().add(full)).not.toThrow();
  });

  it('throws ValueTooDeepError past it, not a stack overflow, for lists and maps', () => {
    for (const value of [nested(MAX_VALUE_DEPTH + 1), nested(4_000), nested(100_000), nested(4_000, (inner) => ({ inner }))]) {
      expect(() => toPlain(value)).toThrow(ValueTooDeepError);
      expect(() => new GraphCollector().add(value)).toThrow(ValueTooDeepError);
    }
  });
});
