// Two projects: `unit` needs nothing running; `db` (integration, API and browser tests) shares
// one real Neo4j started by the global setup, so its files run one at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The closing line is the one CI reads (see the reporter).
    reporters: ['default', './tests/support/closing-line-reporter.ts'],
    projects: [
      // The first test of a file pays for loading what it imports (the gazetteers, the lexicons):
      // seconds on a loaded machine, past vitest's 5 s default.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
      {
        test: {
          name: 'db',
          include: [
            'tests/integration/**/*.test.ts',
            'tests/api/**/*.test.ts',
            'tests/e2e/**/*.test.ts',
            'tests/schemathesis/**/*.test.ts',
          ],
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
