// Ends the run with one plain line, "vitest: N passed, N failed, N skipped", after the default
// reporter's coloured summary. CI reads a run's closing line to tell whether tests ran, and does
// not read vitest's summary; without this line the last test-runner-looking lines it saw were
// Schemathesis's pytest-style banners, and a 716-test run was taken for one that ran no test.
import type { Reporter, TestModule } from 'vitest/node';

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    process.stdout.write(`\nvitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
