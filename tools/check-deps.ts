// npm run check:deps (part of npm run check): every relative import of every TypeScript file
// the repo tracks, checked against tools/dependency-rules.ts. Exits 1 naming each offending import.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/paths.ts';
import { folderCycles, importSpecifiers, ruleViolations, type ImportEdge } from './dependency-rules.ts';

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'], {
  cwd: PROJECT_ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

const edges: ImportEdge[] = [];
for (const file of tracked) {
  let source: string;
  try {
    source = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
  } catch {
    continue; // deleted in the work tree but still in the index
  }
  for (const spec of importSpecifiers(source)) {
    const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    edges.push({ from: file, to });
  }
}

const problems = [...ruleViolations(edges), ...folderCycles(edges).map((c) => `import cycle between folders: ${c.join(' ↔ ')}`)];
if (problems.length) {
  console.error(`check:deps: ${problems.length} import(s) against the architecture:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`check:deps: ${edges.length} imports in ${tracked.length} files follow tools/dependency-rules.ts`);
