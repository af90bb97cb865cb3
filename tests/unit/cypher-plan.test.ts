// EXPLAIN's plan as the driver gives it → the flat operator list the explain endpoint answers.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { flattenPlan } from '../../server/features/cypher/cypher.plan.ts';

describe('flattenPlan', () => {
  it('lists the operators root first, depth-first, with details, estimates, identifiers and children by index', () => {
    const plan = {
      operatorType: 'ProduceResults@neo4j',
      identifiers: ['name'],
      arguments: { Details: 'name', EstimatedRows: 8.5 },
      children: [
        {
          operatorType: 'CartesianProduct@neo4j',
          identifiers: ['a', 'b'],
          arguments: { EstimatedRows: neo4j.int(12) },
          children: [
            {
              operatorType: 'NodeByLabelScan@neo4j',
              identifiers: ['a'],
              arguments: { Details: 'a:Region', EstimatedRows: '4' },
              children: [],
            },
            { operatorType: 'AllNodesScan@neo4j', identifiers: ['b'], arguments: { Details: 'b' } },
          ],
        },
      ],
    };
    expect(flattenPlan(plan)).toEqual([
      { operator: 'ProduceResults', details: 'name', estimatedRows: 8.5, identifiers: ['name'], depth: 0, children: [1] },
      { operator: 'CartesianProduct', details: '', estimatedRows: 12, identifiers: ['a', 'b'], depth: 1, children: [2, 3] },
      { operator: 'NodeByLabelScan', details: 'a:Region', estimatedRows: 4, identifiers: ['a'], depth: 2, children: [] },
      { operator: 'AllNodesScan', details: 'b', estimatedRows: null, identifiers: ['b'], depth: 2, children: [] },
    ]);
  });

  it('keeps the children of a deep subtree under their own parent', () => {
    const leaf = (name: string) => ({ operatorType: name, identifiers: [], arguments: {} });
    const flat = flattenPlan({
      operatorType: 'Union',
      children: [{ operatorType: 'Apply', children: [leaf('A'), leaf('B')] }, leaf('C')],
    });
    expect(flat.map((op) => [op.operator, op.depth, op.children])).toEqual([
      ['Union', 0, [1, 4]],
      ['Apply', 1, [2, 3]],
      ['A', 2, []],
      ['B', 2, []],
      ['C', 1, []],
    ]);
  });

  it('gives unknown estimates as null, not as a number', () => {
    expect(flattenPlan({ operatorType: 'X', arguments: { EstimatedRows: 'n/a' } })[0]!.estimatedRows).toBeNull();
    expect(flattenPlan({ operatorType: 'X', arguments: { EstimatedRows: Number.NaN } })[0]!.estimatedRows).toBeNull();
  });
});
