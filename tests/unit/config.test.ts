import { describe, expect, it } from 'vitest';
import { ConfigError, LOCAL_DEFAULT_PASSWORD, parseConfig } from '../../config/config.ts';

describe('parseConfig', () => {
  it('defaults to the managed local Neo4j on loopback', () => {
    const config = parseConfig({}, '/project');
    expect(config.neo4j).toEqual({
      managedLocal: true,
      uri: 'bolt://127.0.0.1:7687',
      username: 'neo4j',
      password: LOCAL_DEFAULT_PASSWORD,
      database: 'neo4j',
    });
    expect(config.http).toMatchObject({ port: 3000, host: '127.0.0.1', corsOrigins: [] });
    expect(config.local.dir).toBe('/project/.neo4j');
  });

  it('accepts an Aura-style cluster URI with its credentials', () => {
    const config = parseConfig({
      NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'secret-password',
    });
    expect(config.neo4j).toMatchObject({ managedLocal: false, uri: 'neo4j+s://abcd1234.databases.neo4j.io', password: 'secret-password' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'long-enough' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'neo4j://db.example:7687' }, 'NEO4J_PASSWORD'],
    [{ NEO4J_LOCAL_HEAP: 'lots' }, 'NEO4J_LOCAL_HEAP'],
    [{ QUERY_TIMEOUT_MS: '-5' }, 'QUERY_TIMEOUT_MS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n\\s+${variable}:`));
  });

  it('splits CORS_ORIGINS into a list', () => {
    expect(parseConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).http.corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});

describe('the bounds and switches this phase added', () => {
  it('has one documented setting per bound, and safe defaults', () => {
    const config = parseConfig({}, '/project');
    expect(config.reads).toEqual({ timeoutMs: 10_000 });
    expect(config.cypher.timeoutMs).toBe(5_000);
    expect(config.http.trustProxyHops).toBe(0);
    expect(config.ingest).toEqual({ allowPrivateUrls: false, fetchTimeoutMs: 10_000 });
    expect(config.editorToken).toBeUndefined();
    const set = parseConfig(
      { READ_TIMEOUT_MS: '2500', TRUST_PROXY: '1', INGEST_ALLOW_PRIVATE_URLS: 'true', EDITOR_TOKEN: 'a-long-enough-editor-token' },
      '/project',
    );
    expect(set).toMatchObject({
      reads: { timeoutMs: 2500 },
      http: { trustProxyHops: 1 },
      ingest: { allowPrivateUrls: true },
      editorToken: 'a-long-enough-editor-token',
    });
  });

  it('names the variable when a value is bad', () => {
    expect(() => parseConfig({ EDITOR_TOKEN: 'short' })).toThrow(/EDITOR_TOKEN: must be 16 to 256/);
    expect(() => parseConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => parseConfig({ INGEST_ALLOW_PRIVATE_URLS: '1' })).toThrow(/INGEST_ALLOW_PRIVATE_URLS/);
  });

  it('ConfigError says its name, so an entry point can tell it from a crash', () => {
    try {
      parseConfig({ PORT: 'x' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).name).toBe('ConfigError');
      return;
    }
    throw new Error('expected a ConfigError');
  });
});
