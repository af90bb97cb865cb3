// The only module that reads process.env: parsed once with zod, so a bad value stops
// start-up with a message naming the variable instead of failing later at runtime.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const LOCAL_DEFAULT_PASSWORD = 'local-dev-password';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

const envSchema = z
  .object({
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI')
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
    NEO4J_DATABASE: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9.-]*$/, 'must be a Neo4j database name')
      .default('neo4j'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NEO4J_LOCAL_DIR: z.string().min(1).default('.neo4j'),
    NEO4J_LOCAL_BOLT_PORT: port.default(7687),
    NEO4J_LOCAL_HEAP: z
      .string()
      .regex(/^\d+[mg]$/, 'must look like 512m or 1g')
      .default('512m'),
    NEO4J_LOCAL_PAGECACHE: z
      .string()
      .regex(/^\d+[mg]$/, 'must look like 128m or 1g')
      .default('128m'),
    QUERY_TIMEOUT_MS: positiveInt.default(5000),
    READ_TIMEOUT_MS: positiveInt.default(10_000),
    CYPHER_MAX_ROWS: positiveInt.max(10_000).default(10_000),
    CYPHER_RATE_LIMIT_PER_MINUTE: positiveInt.default(60),
    RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    EDITOR_TOKEN: z
      .string()
      .regex(/^[\x21-\x7e]{16,256}$/, 'must be 16 to 256 printable characters without spaces')
      .optional(),
    INGEST_ALLOW_PRIVATE_URLS: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    INGEST_FETCH_TIMEOUT_MS: positiveInt.max(60_000).default(10_000),
    XDG_CACHE_HOME: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'is required when NEO4J_URI points at a server (the local default password is never sent to a remote one)',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Where a Neo4j database is and how to log in (the one definition; db/driver.ts connects to it). */
export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface Config {
  /** Where to connect; `managedLocal` says whether we start the local Neo4j ourselves. */
  neo4j: Neo4jTarget & { managedLocal: boolean };
  /** The managed local Neo4j; cacheDir holds the server jars, shared by every instance folder. */
  local: { dir: string; boltPort: number; heap: string; pagecache: string; cacheDir: string };
  /** trustProxyHops: how many reverse proxies in front may set X-Forwarded-For (0: none, the client is the socket's peer). */
  http: { port: number; host: string; corsOrigins: string[]; rateLimitPerMinute: number; trustProxyHops: number };
  /** The fixed endpoints' reads (and the health query): transaction timeout of each. */
  reads: { timeoutMs: number };
  /** Ad-hoc Cypher (POST /api/cypher): transaction timeout, row cap, per-client requests a minute. */
  cypher: { timeoutMs: number; maxRows: number; rateLimitPerMinute: number };
  /** Article ingestion: whether POST /api/ingest/fetch may read loopback, private and link-local addresses (tests). */
  ingest: { allowPrivateUrls: boolean; fetchTimeoutMs: number };
  /** The bearer token writes need; unset: the server makes one and keeps it in the local data folder. */
  editorToken?: string;
  logLevel: Env['LOG_LEVEL'];
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function parseConfig(source: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const managedLocal = !env.NEO4J_URI;
  return {
    neo4j: {
      managedLocal,
      uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_LOCAL_BOLT_PORT}`,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD ?? LOCAL_DEFAULT_PASSWORD,
      database: env.NEO4J_DATABASE,
    },
    local: {
      dir: path.resolve(cwd, env.NEO4J_LOCAL_DIR),
      boltPort: env.NEO4J_LOCAL_BOLT_PORT,
      heap: env.NEO4J_LOCAL_HEAP,
      pagecache: env.NEO4J_LOCAL_PAGECACHE,
      cacheDir: path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'vj-graph-explorer'),
    },
    http: {
      port: env.PORT,
      host: env.HOST,
      corsOrigins: env.CORS_ORIGINS,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      trustProxyHops: env.TRUST_PROXY,
    },
    reads: { timeoutMs: env.READ_TIMEOUT_MS },
    cypher: { timeoutMs: env.QUERY_TIMEOUT_MS, maxRows: env.CYPHER_MAX_ROWS, rateLimitPerMinute: env.CYPHER_RATE_LIMIT_PER_MINUTE },
    ingest: { allowPrivateUrls: env.INGEST_ALLOW_PRIVATE_URLS, fetchTimeoutMs: env.INGEST_FETCH_TIMEOUT_MS },
    editorToken: env.EDITOR_TOKEN,
    logLevel: env.LOG_LEVEL,
  };
}

/** Reads `.env` (when present) into process.env, then parses it. Entry points call this once. */
export function loadConfig(): Config {
  const dotenv = path.resolve('.env');
  if (existsSync(dotenv)) process.loadEnvFile(dotenv);
  return parseConfig(process.env);
}
