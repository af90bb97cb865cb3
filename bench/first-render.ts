// npm run bench:first-render — time from navigation to the first rendered graph on the seed,
// measured in headless Chromium: the page marks body[data-ready] once the graph is drawn and
// laid out; we read performance.now() (ms since navigation start) at that moment. 5 runs,
// each in a fresh browser context (cold cache), against the real app and the configured Neo4j.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { pino } from 'pino';
import { seedDatabase } from '../seed/seed-database.ts';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver } from '../server/db/neo4j.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { CLIENT_OUT_DIR, ensureClientBuild } from '../tools/ensure-client-build.ts';
import { ensureLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';

const RUNS = 5;
const config = loadConfig();
if (config.neo4j.managedLocal) await ensureLocalNeo4j({ ...config.local, password: config.neo4j.password });
await ensureClientBuild({ quiet: true });
const driver = createDriver(config.neo4j);
await seedDatabase(driver, config.neo4j.database, { onlyIfEmpty: true });
const app = createApp({ driver, config, logger: pino({ level: 'silent' }), clientDir: CLIENT_OUT_DIR });
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const browser = await launchBrowser();
const runs: { readyMs: number; domContentLoadedMs: number; nodes: number }[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30_000 });
    runs.push(
      await page.evaluate(() => ({
        readyMs: Math.round(performance.now()),
        domContentLoadedMs: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
        nodes: (window as unknown as { __cy: { nodes(): { length: number } } }).__cy.nodes().length,
      })),
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  await driver.close();
}
console.table(runs);
const sorted = runs.map((r) => r.readyMs).sort((a, b) => a - b);
console.log(`navigation → first rendered graph: median ${sorted[Math.floor(RUNS / 2)]} ms (min ${sorted[0]}, max ${sorted.at(-1)}), load average ${os.loadavg()[0]!.toFixed(2)}`);
