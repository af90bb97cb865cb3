// npm run docs:screenshots: the README's pictures, taken from the real app on the seed graph (a
// Neo4j of its own, headless Chromium at 1280×800), so they show what a user sees today:
//   docs/screenshot.png         Explore: the seed graph, a MET_WITH relationship selected with its
//                               evidence in context, the timeline under the canvas;
//   docs/screenshot-map.png     Map: the seed's places and the links between them;
//   docs/screenshot-matrix.png  Region × sector: both sides, counted by facts.
import path from 'node:path';
import { startBenchNeo4j } from '../bench/bench-neo4j.ts';
import { createDriver } from '../db/driver.ts';
import { loadQueries } from '../db/queries.ts';
import { seedDatabase } from '../seed/seed-database.ts';
import { createApp } from '../server/app.ts';
import { createLogger } from '../server/logger.ts';
import { listen, unthrottledAppConfig } from '../server/serve.ts';
import { projectPath } from '../config/paths.ts';
import { launchBrowser } from '../tools/browser.ts';
import { CLIENT_OUT_DIR, ensureClientBuild } from '../tools/ensure-client-build.ts';

const SHOTS = [
  { file: 'screenshot.png', hash: '#edge=met-with.1ce1db0a3f', wait: '[data-testid="evidence-sentence"]' },
  { file: 'screenshot-map.png', hash: '#tab=map', wait: '.map-places circle, .map-places g' },
  { file: 'screenshot-matrix.png', hash: '#tab=insights', wait: '[data-testid="matrix-japan"] table' },
];

loadQueries();
await ensureClientBuild({ quiet: true });
const neo4j = await startBenchNeo4j({ heap: '512m', pagecache: '64m', log: (l) => console.error(l) });
const driver = createDriver(neo4j);
try {
  await seedDatabase(driver, neo4j.database);
  const app = createApp({ driver, config: unthrottledAppConfig(neo4j), logger: createLogger('silent'), clientDir: CLIENT_OUT_DIR });
  const serving = await listen(app);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const shot of SHOTS) {
      await page.goto('about:blank');
      await page.goto(`${serving.baseUrl}/${shot.hash}`);
      await page.waitForSelector('body[data-ready="true"]');
      await page.waitForSelector(shot.wait, { timeout: 20_000 });
      // Layouts animate and lazy tabs draw after their data: let them settle.
      await page.waitForTimeout(1500);
      const file = projectPath('docs', shot.file);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
    await serving.close();
  }
} finally {
  await driver.close();
  await neo4j.stop();
}
