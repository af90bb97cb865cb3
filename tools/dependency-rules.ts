// Which top-level folder may import which: the architecture written down, so `npm run check`
// fails when an import goes against it. Lower layers never import higher ones; the table is
// acyclic, and the check also reports any cycle on its own (a rule edited into a cycle).

/** Folder → the folders it may import from (itself always allowed). */
export const ALLOWED_IMPORTS: Record<string, readonly string[]> = {
  contract: [],
  config: [],
  db: ['config', 'contract'],
  seed: ['config', 'contract', 'db', 'ingest', 'tools'],
  ingest: ['config', 'contract'],
  tools: ['config', 'contract', 'db'],
  server: ['config', 'contract', 'db', 'seed', 'ingest', 'tools'],
  client: ['contract'],
  bench: ['config', 'contract', 'db', 'seed', 'ingest', 'tools', 'server'],
  tests: ['config', 'contract', 'db', 'seed', 'ingest', 'tools', 'server', 'client', 'bench'],
  // docs/screenshots.ts takes the README's pictures from the real app, as the benchmarks run it.
  docs: ['config', 'contract', 'db', 'seed', 'tools', 'server', 'bench'],
  '.': ['config', 'contract'],
};

/** Inside server/: the shared layers must not reach into a feature. */
export const SERVER_LAYERS_WITHOUT_FEATURES = ['server/db/', 'server/http/'];

export interface ImportEdge {
  /** Importing file, relative to the project root with forward slashes. */
  from: string;
  /** Imported file, same form. */
  to: string;
}

export const topFolder = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : '.');

/** Every import that breaks a rule, as a line for a person. */
export function ruleViolations(edges: ImportEdge[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of edges) {
    const a = topFolder(from);
    const b = topFolder(to);
    if (a !== b) {
      const allowed = ALLOWED_IMPORTS[a];
      if (!allowed) problems.push(`${from}: folder "${a}" has no dependency rule (add it to tools/dependency-rules.ts)`);
      else if (!allowed.includes(b))
        problems.push(`${from} imports ${to}: "${a}" may not depend on "${b}" (allowed: ${allowed.join(', ') || 'nothing'})`);
    }
    if (SERVER_LAYERS_WITHOUT_FEATURES.some((p) => from.startsWith(p)) && to.startsWith('server/features/')) {
      problems.push(`${from} imports ${to}: server/db and server/http must not import a feature`);
    }
  }
  return problems;
}

/** Cycles between top-level folders (strongly connected components of more than one folder). */
export function folderCycles(edges: ImportEdge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = topFolder(from);
    const b = topFolder(to);
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    if (a !== b) graph.get(a)!.add(b);
  }
  // Tarjan's algorithm; the graph has a dozen nodes, so recursion depth is no concern.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** Relative module specifiers of a TypeScript source: static and dynamic imports, re-exports. */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1]!.startsWith('.')) found.push(m[1]!);
  return found;
}
