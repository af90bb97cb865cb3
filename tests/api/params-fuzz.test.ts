// Property-based fuzzing of request parameters: whatever a client sends to the read endpoints,
// the answer is a 2xx or a 4xx in the error shape, never a 5xx.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useSeededApiApp } from '../support/api-app.ts';

const api = useSeededApiApp();

const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '',
    '1',
    '2',
    '0',
    '-1',
    '6',
    '7',
    '1e3',
    'NaN',
    'Official,Sector',
    'MET_WITH',
    'kyushu',
    'semiconductors',
    '%',
    '"',
    "'",
    '\\',
    '*',
    '[]',
    '{}',
    '../..',
  ),
);
const params = fc.dictionary(fc.constantFrom('q', 'labels', 'types', 'limit', 'depth', 'from', 'to', 'maxHops', 'x'), value, {
  maxKeys: 5,
});
const path = fc.constantFrom(
  '/api/graph',
  '/api/search',
  '/api/nodes/kyushu/neighbors',
  '/api/paths',
  '/api/insights/region-sector',
  '/api/articles',
);
const id = fc.oneof(value, fc.constantFrom('kyushu', 'bui-thanh-son'));

async function expectNo5xx(url: string): Promise<void> {
  const res = await fetch(url);
  expect(res.status, url).toBeLessThan(500);
  const body = await res.json();
  if (res.status >= 400) expect(body.error, url).toMatchObject({ code: expect.any(String), message: expect.any(String) });
}

describe('fuzzed request parameters', () => {
  it('never produce a 5xx on the list and graph endpoints', async () => {
    await fc.assert(
      fc.asyncProperty(path, params, async (p, q) => expectNo5xx(`${api.baseUrl}${p}?${new URLSearchParams(q)}`)),
      { numRuns: 150 },
    );
  }, 120_000);

  it('never produce a 5xx on node ids', async () => {
    await fc.assert(
      fc.asyncProperty(id, fc.constantFrom('', '/neighbors'), async (nodeId, suffix) =>
        expectNo5xx(`${api.baseUrl}/api/nodes/${encodeURIComponent(nodeId)}${suffix}`),
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
