// Converting a result value nests no deeper than MAX_VALUE_DEPTH: ad-hoc Cypher can return a list
// 4,000 deep (`reduce(l = [], i IN range(1, 4000) | [l])`), whose recursive conversion overflowed
// the stack (RangeError → 500). Past the bound both conversions throw ValueTooDeepError instead.
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
  });

  it('throws ValueTooDeepError past it, not a stack overflow, for lists and maps', () => {
    for (const value of [nested(MAX_VALUE_DEPTH + 1), nested(4_000), nested(100_000), nested(4_000, (inner) => ({ inner }))]) {
      expect(() => toPlain(value)).toThrow(ValueTooDeepError);
      expect(() => new GraphCollector().add(value)).toThrow(ValueTooDeepError);
    }
  });
});
