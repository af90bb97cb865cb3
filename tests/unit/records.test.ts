// Driver values → plain JSON (server/db/records.ts): the fast path for strings, numbers and
// booleans must give what the full type checks gave, and driver types must still be converted.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { plainProperties, toGraphNode, toNodeSummary, toPlain } from '../../server/db/records.ts';

const { Node, Date: CypherDate, DateTime, Duration, Point } = neo4j.types;

describe('toPlain', () => {
  it('keeps strings, booleans and finite numbers; null for undefined; non-finite numbers as strings', () => {
    expect(toPlain('Kyushu')).toBe('Kyushu');
    expect(toPlain('')).toBe('');
    expect(toPlain(false)).toBe(false);
    expect(toPlain(1.5)).toBe(1.5);
    expect(toPlain(0)).toBe(0);
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(null)).toBeNull();
    expect(toPlain(Number.NaN)).toBe('NaN');
    expect(toPlain(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('turns driver integers into numbers, or strings beyond 2^53', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(BigInt(7))).toBe(7);
    expect(toPlain(BigInt('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns temporals into ISO strings and points into plain objects', () => {
    expect(toPlain(new CypherDate(2025, 11, 25))).toBe('2025-11-25');
    expect(toPlain(new DateTime(2025, 3, 5, 10, 0, 0, 0, 0))).toBe('2025-03-05T10:00:00Z');
    expect(toPlain(new Duration(0, 1, 3600, 0))).toBe('P1DT1H');
    expect(toPlain(new Point(neo4j.int(7203), 1, 2))).toEqual({ srid: 7203, x: 1, y: 2 });
  });

  it('converts inside lists and maps', () => {
    expect(toPlain(['a', neo4j.int(2), [new CypherDate(2025, 1, 2)]])).toEqual(['a', 2, ['2025-01-02']]);
    expect(plainProperties({ n: neo4j.int(3), list: ['x'], nested: { at: new CypherDate(2025, 1, 2) } })).toEqual({
      n: 3,
      list: ['x'],
      nested: { at: '2025-01-02' },
    });
  });
});

describe('nodes', () => {
  const node = new Node(
    neo4j.int(1),
    ['Entity', 'Official'],
    { id: 'pham-minh-chinh', name: 'Phạm Minh Chính', rank: neo4j.int(1) },
    '4:x:1',
  );

  it('toNodeSummary gives id, primary label and name without converting properties', () => {
    expect(toNodeSummary(node)).toEqual({ id: 'pham-minh-chinh', label: 'Official', name: 'Phạm Minh Chính' });
  });

  it('toGraphNode adds the plain properties', () => {
    expect(toGraphNode(node)).toEqual({
      id: 'pham-minh-chinh',
      label: 'Official',
      name: 'Phạm Minh Chính',
      properties: { id: 'pham-minh-chinh', name: 'Phạm Minh Chính', rank: 1 },
    });
  });

  it('falls back to the elementId for a node without id or name', () => {
    const bare = new Node(neo4j.int(2), ['Article'], { title: 'Forum' }, '4:x:2');
    expect(toNodeSummary(bare)).toEqual({ id: '4:x:2', label: 'Article', name: 'Forum' });
  });
});
