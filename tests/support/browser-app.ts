// For browser suites: the real app serving the built client, on a freshly seeded database, and
// a headless Chromium; pages that collect their uncaught errors (a suite expects none).
import type { Browser, Page } from 'playwright-core';
import { seedDatabase } from '../../seed/seed-database.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { CLIENT_OUT_DIR, ensureClientBuild } from '../../tools/ensure-client-build.ts';
import { startApiApp, type ApiApp } from './api-app.ts';
import { clearDatabase, testNeo4j } from './neo4j-context.ts';

export interface BrowserApp {
  app: ApiApp;
  browser: Browser;
}

/** Clears the database and loads the seed again (after a test that wrote to it). */
export async function reseed(app: ApiApp): Promise<void> {
  await clearDatabase(app.driver);
  await seedDatabase(app.driver, testNeo4j().database);
}

export async function startBrowserApp(): Promise<BrowserApp> {
  await ensureClientBuild({ quiet: true });
  const app = await startApiApp({}, { clientDir: CLIENT_OUT_DIR });
  await reseed(app);
  return { app, browser: await launchBrowser() };
}

/** Stops what started (either may be missing when the start failed half-way) and clears the database. */
export async function stopBrowserApp({ app, browser }: Partial<BrowserApp>): Promise<void> {
  await browser?.close();
  if (app) {
    await clearDatabase(app.driver);
    await app.close();
  }
}

export async function trackedPage(browser: Browser, viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors };
}

/** Rows of a query against the test database, as plain objects (driver values left as they are). */
export async function readRows<T>({ driver }: Pick<ApiApp, 'driver'>, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params, { database: testNeo4j().database });
  return records.map((r) => r.toObject() as T);
}

/** Loads the app at `hash` and waits until it has restored the view the link describes. */
export async function openApp(page: Page, app: ApiApp, hash = ''): Promise<void> {
  await page.goto(`${app.baseUrl}/${hash}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20_000 });
}
