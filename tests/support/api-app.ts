// Builds the real app (createApp) around a driver to the test Neo4j and serves it on an
// ephemeral port, so API tests go over HTTP like the client does. Limits default to generous
// values; a test overrides the parts it exercises (e.g. a tiny rate limit or timeout).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { seedDatabase } from '../../seed/seed-database.ts';
import { createApp, type AppDeps } from '../../server/app.ts';
import { clearDatabase, testDriver, testNeo4j } from './neo4j-context.ts';

type AppConfig = AppDeps['config'];

export interface ApiApp {
  baseUrl: string;
  /** The app's own driver (closed by close()); suites use it to seed and clear. */
  driver: Driver;
  close(): Promise<void>;
}

export type ApiConfigOverrides = { [K in keyof AppConfig]?: Partial<AppConfig[K]> };

export function testAppConfig(overrides: ApiConfigOverrides = {}): AppConfig {
  return {
    neo4j: { ...testNeo4j(), managedLocal: false, ...overrides.neo4j },
    http: { port: 0, host: '127.0.0.1', corsOrigins: [], rateLimitPerMinute: 100_000, ...overrides.http },
    cypher: { timeoutMs: 5_000, maxRows: 10_000, rateLimitPerMinute: 100_000, ...overrides.cypher },
  };
}

export async function startApiApp(overrides: ApiConfigOverrides = {}, extra: Partial<Pick<AppDeps, 'clientDir' | 'cypherVerdicts'>> = {}): Promise<ApiApp> {
  const driver = testDriver();
  const app = createApp({ driver, config: testAppConfig(overrides), logger: pino({ level: 'silent' }), ...extra });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    driver,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await driver.close();
    },
  };
}

/**
 * For a suite: starts the app on a freshly cleared and seeded database before its tests, clears
 * the database and stops the app after them. Read `baseUrl`/`driver` inside tests or hooks.
 */
export function useSeededApiApp(overrides: ApiConfigOverrides = {}): Pick<ApiApp, 'baseUrl' | 'driver'> {
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

/** GET/POST helpers that return status, parsed JSON (raw text when it is not JSON) and headers. */
export async function getJson(baseUrl: string, path: string): Promise<JsonResponse> {
  return readJson(await fetch(`${baseUrl}${path}`));
}

/** A string body is sent as is (for malformed or oversized JSON); anything else is serialised. */
export async function postJson(baseUrl: string, path: string, body: unknown): Promise<JsonResponse> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return readJson(res);
}
