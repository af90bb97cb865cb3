// The driver's EXPLAIN plan (ResultSummary.plan: operatorType, arguments, identifiers, children)
// → the flat operator list POST /api/cypher/explain answers. Flat, root first and depth-first,
// so the console draws it as an indented tree in one pass and the schema needs no recursion.
import type { CypherPlanOperator } from '../../../contract/api/cypher.ts';
import { parseOperator } from './cypher.guard.ts';

/** What the driver's Plan carries (its `arguments` values are driver values: strings, Integers, floats). */
export interface DriverPlan {
  operatorType: string;
  identifiers?: string[];
  arguments?: Record<string, unknown>;
  children?: DriverPlan[];
}

/** EstimatedRows arrives as a float, an Integer or (from older servers) a string; anything else is unknown. */
function estimate(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (value && typeof value === 'object' && 'toNumber' in value && typeof value.toNumber === 'function') {
    const n = (value as { toNumber(): number }).toNumber();
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** The plan's operators, root first, depth-first, children in the order the driver gives them. */
export function flattenPlan(root: DriverPlan): CypherPlanOperator[] {
  const out: CypherPlanOperator[] = [];
  // Iterative: a plan of a long UNION chain nests as deep as the query has parts.
  const stack: { plan: DriverPlan; depth: number; parent: number }[] = [{ plan: root, depth: 0, parent: -1 }];
  while (stack.length) {
    const { plan, depth, parent } = stack.pop()!;
    const index = out.length;
    const details = plan.arguments?.Details;
    out.push({
      operator: parseOperator(plan.operatorType).name,
      details: typeof details === 'string' ? details : '',
      estimatedRows: estimate(plan.arguments?.EstimatedRows),
      identifiers: [...(plan.identifiers ?? [])],
      depth,
      children: [],
    });
    if (parent >= 0) out[parent]!.children.push(index);
    const children = plan.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ plan: children[i]!, depth: depth + 1, parent: index });
  }
  return out;
}
