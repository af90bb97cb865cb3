// Builds the real app (createApp) around a driver to the test Neo4j and serves it on an
// ephemeral port, so API tests go over HTTP like the client does. Limits default to generous
// values; a test overrides the parts it exercises (e.g. a tiny rate limit or timeout).
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.ts';
import { createApp, type AppDeps } from '../../server/app.ts';
import { listen, unthrottledAppConfig, type AppConfigOverrides } from '../../server/serve.ts';
import { clearDatabase, testDriver, testNeo4j } from './neo4j-context.ts';

export interface ApiApp {
  baseUrl: string;
  /** The app's own driver (closed by close()); suites use it to seed and clear. */
  driver: Driver;
  close(): Promise<void>;
}

/** The editor token every test app accepts for writes. */
export const TEST_EDITOR_TOKEN = 'test-editor-token-0123456789';

export async function startApiApp(
  overrides: AppConfigOverrides = {},
  extra: Partial<Pick<AppDeps, 'clientDir' | 'editorToken' | 'cypherVerdicts'>> = {},
): Promise<ApiApp> {
  const driver = testDriver();
  const app = createApp({
    driver,
    config: unthrottledAppConfig(testNeo4j(), overrides),
    logger: pino({ level: 'silent' }),
    editorToken: TEST_EDITOR_TOKEN,
    ...extra,
  });
  const serving = await listen(app);
  return {
    baseUrl: serving.baseUrl,
    driver,
    close: async () => {
      await serving.close();
      await driver.close();
    },
  };
}

/**
 * For a suite: starts the app on a freshly cleared and seeded database before its tests, clears
 * the database and stops the app after them. Read `baseUrl`/`driver` inside tests or hooks.
 */
export function useSeededApiApp(overrides: AppConfigOverrides = {}): Pick<ApiApp, 'baseUrl' | 'driver'> {
  let app: ApiApp | undefined;
  beforeAll(async () => {
    app = await startApiApp(overrides);
    await clearDatabase(app.driver);
    await seedDatabase(app.driver, testNeo4j().database);
  });
  afterAll(async () => {
    if (!app) return;
    await clearDatabase(app.driver);
    await app.close();
  });
  const current = () => {
    if (!app) throw new Error('useSeededApiApp: the app starts in beforeAll; use it inside tests or hooks');
    return app;
  };
  return {
    get baseUrl() {
      return current().baseUrl;
    },
    get driver() {
      return current().driver;
    },
  };
}

export interface JsonResponse {
  status: number;
  body: any;
  headers: Headers;
}

async function readJson(res: Response): Promise<JsonResponse> {
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: res.status, body, headers: res.headers };
}

/**
 * A request that returns status, parsed JSON (raw text when it is not JSON) and headers. A
 * string body is sent as is (for malformed or oversized JSON); anything else is serialised.
 */
export async function requestJson(
  baseUrl: string,
  method: string,
  path: string,
  opts: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<JsonResponse> {
  const hasBody = opts.body !== undefined;
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    body: hasBody ? (typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)) : undefined,
  });
  return readJson(res);
}

export const getJson = (baseUrl: string, path: string): Promise<JsonResponse> => requestJson(baseUrl, 'GET', path);
export const postJson = (baseUrl: string, path: string, body: unknown): Promise<JsonResponse> =>
  requestJson(baseUrl, 'POST', path, { body });

/** The header a write needs. */
export const editorHeaders = (token = TEST_EDITOR_TOKEN): Record<string, string> => ({ authorization: `Bearer ${token}` });
