// The architecture check itself: it must catch a forbidden import, a cycle and a feature import
// from server/db or server/http, and read every kind of import statement.
import { describe, expect, it } from 'vitest';
import { ALLOWED_IMPORTS, folderCycles, importSpecifiers, ruleViolations } from '../../tools/dependency-rules.ts';

describe('dependency rules', () => {
  it('refuses an import a folder may not make, and names it', () => {
    const problems = ruleViolations([{ from: 'db/read.ts', to: 'server/app.ts' }]);
    expect(problems).toEqual([expect.stringContaining('db/read.ts imports server/app.ts: "db" may not depend on "server"')]);
  });

  it('accepts imports the table allows, and imports within a folder', () => {
    expect(
      ruleViolations([
        { from: 'server/app.ts', to: 'db/read.ts' },
        { from: 'client/src/api.ts', to: 'contract/api/graph.ts' },
        { from: 'seed/load.ts', to: 'seed/dataset.ts' },
      ]),
    ).toEqual([]);
  });

  it('refuses a feature import from server/db or server/http', () => {
    expect(ruleViolations([{ from: 'server/http/openapi.ts', to: 'server/features/graph/graph.routes.ts' }])).toHaveLength(1);
    expect(ruleViolations([{ from: 'server/app.ts', to: 'server/features/graph/graph.routes.ts' }])).toEqual([]);
  });

  it('refuses a folder with no rule', () => {
    expect(ruleViolations([{ from: 'misc/x.ts', to: 'db/read.ts' }])).toEqual([expect.stringContaining('no dependency rule')]);
  });

  it('finds cycles between folders, directly or through a third', () => {
    expect(
      folderCycles([
        { from: 'a/x.ts', to: 'b/y.ts' },
        { from: 'b/y.ts', to: 'c/z.ts' },
        { from: 'c/z.ts', to: 'a/w.ts' },
      ]),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      folderCycles([
        { from: 'a/x.ts', to: 'b/y.ts' },
        { from: 'b/y.ts', to: 'c/z.ts' },
      ]),
    ).toEqual([]);
  });

  it('the table itself has no cycle', () => {
    const edges = Object.entries(ALLOWED_IMPORTS).flatMap(([from, tos]) => tos.map((to) => ({ from: `${from}/a.ts`, to: `${to}/b.ts` })));
    expect(folderCycles(edges)).toEqual([]);
  });

  it('reads static, type-only, side-effect and dynamic imports and re-exports, relative ones only', () => {
    const source = [
      "import { a } from '../db/read.ts';",
      "import type { B } from './b.ts';",
      "import './styles.css';",
      "const c = await import('../contract/c.ts');",
      "export { d } from '../seed/d.ts';",
      "import neo4j from 'neo4j-driver';",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(['../contract/c.ts', '../db/read.ts', '../seed/d.ts', './b.ts', './styles.css']);
  });
});
