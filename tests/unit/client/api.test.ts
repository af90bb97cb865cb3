// The client's API module against a stand-in fetch: what the server sends must reach the caller
// as the server said it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, prefetchOverview } from '../../../client/src/api.ts';
import type { Article } from '../../../contract/api/articles.ts';
import type { Health } from '../../../contract/api/health.ts';

const answer = (status: number, body: unknown) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })),
  );

describe('api', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("health: a 503 is read as the server's answer, keeping the database's error text", async () => {
    const down: Health = {
      status: 'unavailable',
      neo4j: { connected: false, database: 'neo4j', error: 'Could not perform discovery: connection refused' },
    };
    answer(503, down);
    await expect(api.health()).resolves.toEqual(down);
  });

  it('health: a 503 without the health body (a proxy) is still an error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Service Unavailable', { status: 503, statusText: 'Service Unavailable' })),
    );
    const err = await api.health().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 503, code: 'HTTP_503' });
  });

  it('other endpoints turn an error body into an ApiError with its code, message and details', async () => {
    answer(404, { error: { code: 'NOT_FOUND', message: 'No node with id "x"', details: { id: 'x' } } });
    await expect(api.node('x')).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      message: 'No node with id "x"',
      details: { id: 'x' },
    });
    answer(503, { error: { code: 'DATABASE_UNAVAILABLE', message: 'down' } });
    await expect(api.node('x')).rejects.toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  });

  it('article: the body is the article itself', async () => {
    const article: Article = {
      id: 'a1',
      title: 'T',
      titleSource: 'editorial',
      language: 'fr',
      dateText: '5 mars',
      date: null,
      inferredDate: '2025-03-05',
      inference: 'why',
      url: null,
      outlet: null,
      addedAt: null,
      text: 'x',
    };
    answer(200, article);
    await expect(api.article('a1')).resolves.toEqual(article);
  });

  it('a prefetched overview is fetched once, taken by the matching api.graph once, and later ones fetch afresh', async () => {
    const overview = { nodes: [], edges: [], truncated: false, relationshipsAmong: 0, edgesTruncated: false };
    const fetchMock = vi.fn(async (_path: string) => new Response(JSON.stringify(overview), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    prefetchOverview({ limit: 300 });
    prefetchOverview({ limit: 300 }); // a second prefetch of the same path starts nothing
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/graph?limit=300');
    await expect(api.graph({ limit: 1000 })).resolves.toEqual(overview); // another path: its own request
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await expect(api.graph({ limit: 300 })).resolves.toEqual(overview); // the prefetched response
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await expect(api.graph({ limit: 300 })).resolves.toEqual(overview); // taken already: fetched again
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('a prefetch that failed is reported by the request taking it, as any network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    prefetchOverview({ limit: 7 });
    await expect(api.graph({ limit: 7 })).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
