// For a browser suite: the real app (client bundle built if stale) on a freshly cleared and
// seeded Neo4j, one headless Chromium, and a new page per test (a new context, so local storage
// starts empty). A failed test leaves a full-page screenshot in test-output/; an uncaught error
// on the page fails the test that caused it. Read the getters inside tests or hooks.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { CLIENT_OUT_DIR, ensureClientBuild } from '../../tools/ensure-client-build.ts';
import { startApiApp, type ApiApp } from './api-app.ts';
import { clearDatabase, testNeo4j } from './neo4j-context.ts';

const OUTPUT = path.resolve('test-output');

export interface BrowserSuite {
  readonly app: ApiApp;
  readonly browser: Browser;
  /** This test's page. */
  readonly page: Page;
  /** Rows of a Cypher read against the suite's database, as plain objects. */
  read<T>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Loads the app at `pathAndHash` (from a blank page, so a link differing only in its hash loads afresh) and waits until it has restored the view. */
  open(pathAndHash?: string): Promise<void>;
  /** Clears the database and loads the seed again (after a test that wrote to it). */
  reseed(): Promise<void>;
  /** Screen position of a node (centred first, so it is on screen), for real mouse clicks on the canvas. */
  nodePoint(id: string): Promise<{ x: number; y: number }>;
}

export function useBrowserSuite(opts: { viewport: { width: number; height: number }; screenshotPrefix: string }): BrowserSuite {
  let app: ApiApp | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useBrowserSuite: the ${what} starts in a hook; use it inside tests or hooks`);
    return value;
  };

  beforeAll(async () => {
    await ensureClientBuild({ quiet: true });
    app = await startApiApp({}, { clientDir: CLIENT_OUT_DIR });
    await suite.reseed();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (app) {
      await clearDatabase(app.driver);
      await app.close();
    }
  });
  beforeEach(async () => {
    page = await need(browser, 'browser').newPage({ viewport: opts.viewport });
    pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
  });
  afterEach(async (ctx) => {
    const current = need(page, 'page');
    if (ctx.task.result?.state === 'fail') {
      mkdirSync(OUTPUT, { recursive: true });
      const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await current.screenshot({ path: path.join(OUTPUT, `${opts.screenshotPrefix}${name}.png`), fullPage: true }).catch(() => undefined);
    }
    await current.close();
    expect(pageErrors).toEqual([]);
  });

  const suite: BrowserSuite = {
    get app() {
      return need(app, 'app');
    },
    get browser() {
      return need(browser, 'browser');
    },
    get page() {
      return need(page, 'page');
    },
    async read<T>(query: string, params: Record<string, unknown> = {}) {
      const { records } = await need(app, 'app').driver.executeQuery(query, params, { database: testNeo4j().database });
      return records.map((r) => r.toObject() as T);
    },
    async open(pathAndHash = '') {
      const current = need(page, 'page');
      await current.goto('about:blank');
      await current.goto(`${need(app, 'app').baseUrl}/${pathAndHash}`);
      await current.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20_000 });
    },
    nodePoint(id: string) {
      return need(page, 'page').evaluate((nodeId) => {
        const cy = window.__cy!;
        const n = cy.getElementById(nodeId);
        cy.center(n);
        const p = n.renderedPosition();
        const r = cy.container()!.getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, id);
    },
    async reseed() {
      const { driver } = need(app, 'app');
      await clearDatabase(driver);
      await seedDatabase(driver, testNeo4j().database);
    },
  };
  return suite;
}
