// Serving the app on a socket: the entry point listens on the configured port, tests and
// benchmarks on a free one; all close it the same way (open keep-alive sockets included).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import type { Config, Neo4jTarget } from '../config/config.ts';
import type { AppDeps } from './app.ts';

export interface Listening {
  server: Server;
  /** http://host:port, no trailing slash. */
  baseUrl: string;
  close(): Promise<void>;
}

/** Listens on `port` (0: a free one) and resolves once the socket is bound. */
export async function listen(app: express.Express, port = 0, host = '127.0.0.1'): Promise<Listening> {
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, host, () => resolve(s));
    s.once('error', reject);
  });
  return {
    server,
    baseUrl: `http://${host}:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Per-part overrides of an app configuration. */
export type AppConfigOverrides = { [K in keyof AppDeps['config']]?: Partial<AppDeps['config'][K]> };

/**
 * The app's configuration for tests and benchmarks: one client sends everything, so the rate
 * limits are lifted; the bounds are the production defaults unless overridden.
 */
export function unthrottledAppConfig(target: Neo4jTarget, overrides: AppConfigOverrides = {}): AppDeps['config'] {
  const config: Pick<Config, 'neo4j' | 'http' | 'cypher' | 'reads' | 'ingest'> = {
    neo4j: { ...target, managedLocal: false, ...overrides.neo4j },
    http: { port: 0, host: '127.0.0.1', corsOrigins: [], rateLimitPerMinute: 1e9, trustProxyHops: 0, ...overrides.http },
    cypher: { timeoutMs: 5_000, maxRows: 10_000, rateLimitPerMinute: 1e9, ...overrides.cypher },
    reads: { timeoutMs: 10_000, ...overrides.reads },
    ingest: { allowPrivateUrls: false, fetchTimeoutMs: 10_000, ...overrides.ingest },
  };
  return config;
}
