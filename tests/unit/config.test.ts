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
    const config = parseConfig({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io', NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'secret-password' });
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
    expect(parseConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });
});
