// Caller mistakes the HTTP layer must answer with a precise 4xx before any query runs (the
// driver points at a closed port: a test that reached the database would get a 503), and the
// OpenAPI document must say what the server does.
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../db/driver.ts';
import { createApp } from '../../server/app.ts';
import { listen, unthrottledAppConfig, type AppConfigOverrides, type Listening } from '../../server/serve.ts';

const nowhere = { uri: 'bolt://127.0.0.1:9', username: 'neo4j', password: 'unused-password', database: 'neo4j' };

async function serve(overrides: AppConfigOverrides = {}): Promise<Listening & { stop(): Promise<void> }> {
  const driver = createDriver(nowhere, { connectionTimeout: 300 });
  const serving = await listen(createApp({ driver, config: unthrottledAppConfig(nowhere, overrides), logger: pino({ level: 'silent' }) }));
  return { ...serving, stop: async () => (await serving.close(), await driver.close()) };
}

describe('caller errors answered before the database', () => {
  let app: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => (app = await serve()));
  afterAll(() => app.stop());

  it('a malformed percent-escape in the path is a 400 naming it', async () => {
    const res = await fetch(`${app.baseUrl}/api/nodes/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'VALIDATION_ERROR', message: expect.stringContaining('%E0%A4%A') });
  });

  it('a body that does not decode under its content-encoding is a 400, an unknown encoding a 415', async () => {
    const post = (encoding: string, body: BodyInit) =>
      fetch(`${app.baseUrl}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        body,
      });
    for (const encoding of ['br', 'gzip', 'deflate']) {
      const res = await post(encoding, '{"query":"RETURN 1"}');
      expect(res.status, encoding).toBe(400);
      expect((await res.json()).error.code).toBe('INVALID_BODY');
    }
    const unknown = await post('zstd-nope', '{}');
    expect(unknown.status).toBe(415);
    expect((await unknown.json()).error.code).toBe('UNSUPPORTED_ENCODING');
    // A body that does decode passes the HTTP layer (and then needs the database: 503).
    expect((await post('gzip', new Blob([gzipSync('{"query":"RETURN 1"}')]))).status).toBe(503);
  });

  it('a method a path does not serve is a 405 with Allow; OPTIONS answers the Allow alone', async () => {
    for (const method of ['DELETE', 'PUT', 'PATCH', 'POST']) {
      const res = await fetch(`${app.baseUrl}/api/graph`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect((await res.json()).error.code).toBe('METHOD_NOT_ALLOWED');
    }
    // fetch refuses to send TRACE; a raw request does.
    const trace = await new Promise<number>((resolve, reject) => {
      const req = request(`${app.baseUrl}/api/nodes/x`, { method: 'TRACE' }, (res) => (res.resume(), resolve(res.statusCode!)));
      req.on('error', reject);
      req.end();
    });
    expect(trace).toBe(405);
    const options = await fetch(`${app.baseUrl}/api/cypher`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('POST');
  });

  it('a label outside the model is refused with the list of names', async () => {
    const res = await fetch(`${app.baseUrl}/api/graph?labels=Official,Person`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('Official, Organization');
  });

  it('health says the database is unreachable without naming its address', async () => {
    const res = await fetch(`${app.baseUrl}/api/health`);
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.neo4j).toMatchObject({ connected: false, error: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|:9\b|bolt:/);
  });
});

describe('the OpenAPI document matches behaviour', () => {
  let app: Awaited<ReturnType<typeof serve>>;
  let doc: any;
  beforeAll(async () => {
    app = await serve();
    doc = await (await fetch(`${app.baseUrl}/api/openapi.json`)).json();
  });
  afterAll(() => app.stop());

  it("documents health's 503 with the health body, not the error body", () => {
    const health = doc.paths['/api/health'].get.responses;
    expect(health['503'].content['application/json'].schema).toEqual(health['200'].content['application/json'].schema);
  });

  it('documents 405 everywhere and 413/415 where there is a body', () => {
    expect(Object.keys(doc.paths['/api/graph'].get.responses)).toContain('405');
    expect(Object.keys(doc.paths['/api/cypher'].post.responses)).toEqual(expect.arrayContaining(['405', '413', '415']));
    expect(Object.keys(doc.paths['/api/graph'].get.responses)).not.toContain('415');
  });

  it('documents labels and types by their names, not as any string', () => {
    const labels = doc.paths['/api/graph'].get.parameters.find((p: any) => p.name === 'labels');
    expect(labels.schema.pattern).toContain('Official|Organization');
    const types = doc.paths['/api/nodes/{id}/neighbors'].get.parameters.find((p: any) => p.name === 'types');
    expect(types.schema.pattern).toContain('MET_WITH');
  });
});

describe('rate limits and forwarded headers', () => {
  it('a varying X-Forwarded-For does not buy a new budget unless TRUST_PROXY says a proxy sets it', async () => {
    const budget = 3;
    const untrusted = await serve({ http: { rateLimitPerMinute: budget } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < budget + 3; i++)
        statuses.push((await fetch(`${untrusted.baseUrl}/api/openapi.json`, { headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status);
      expect(statuses.slice(budget)).toEqual([429, 429, 429]);
    } finally {
      await untrusted.stop();
    }
    const proxied = await serve({ http: { rateLimitPerMinute: budget, trustProxyHops: 1 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < budget + 3; i++)
        statuses.push((await fetch(`${proxied.baseUrl}/api/openapi.json`, { headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status);
      // Behind one trusted proxy each forwarded address is its own client.
      expect(statuses.every((s) => s === 200)).toBe(true);
    } finally {
      await proxied.stop();
    }
  });
});
