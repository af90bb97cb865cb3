// A response that breaks its schema is our bug: route.ts parses every response against its
// schema and answers 500 instead of sending it, wherever in the value the break is.
import express from 'express';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from '../../server/http/errors.ts';
import { defineRoute, mountRoutes } from '../../server/http/route.ts';
import { listen, type Listening } from '../../server/serve.ts';

const listSchema = z.object({ items: z.array(z.object({ id: z.string(), n: z.number() })), total: z.number() });
type List = z.infer<typeof listSchema>;

const items = (count: number) => Array.from({ length: count }, (_v, i) => ({ id: `i${i}`, n: i }));
/** What each path's handler returns: one fits the schema, the others break it in a chosen place. */
const answers: Record<string, () => unknown> = {
  fits: () => ({ items: items(50), total: 50 }),
  'wrong-type': () => ({ items: items(3), total: '3' }),
  'bad-first': () => ({ items: [{ id: 1, n: 0 }, ...items(40)], total: 41 }),
  'bad-middle': () => ({ items: [...items(20), { id: 'x', n: 'twenty' }, ...items(20)], total: 41 }),
  'missing-field': () => ({ items: [...items(40), { id: 'x' }], total: 41 }),
};

describe('a response checked against its schema', () => {
  let app: Listening;
  beforeAll(async () => {
    const server = express();
    server.use(pinoHttp({ logger: pino({ level: 'silent' }) }));
    const router = express.Router();
    const routes = Object.entries(answers).map(([name, answer]) =>
      defineRoute({
        method: 'get',
        path: `/${name}`,
        summary: name,
        tag: 'test',
        response: listSchema,
        handler: async () => answer() as List,
      }),
    );
    mountRoutes(router, routes, () => ({ tokenId: 'unused' }));
    server.use(router, errorHandler);
    app = await listen(server);
  });
  afterAll(() => app.close());
  const get = async (name: string) => {
    const res = await fetch(`${app.baseUrl}/${name}`);
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('is sent as the handler made it when it fits', async () => {
    expect(await get('fits')).toEqual({ status: 200, body: answers.fits!() });
  });

  it.each(['wrong-type', 'bad-first', 'bad-middle', 'missing-field'])(
    'is a 500 INTERNAL_ERROR, never sent, when it breaks it: %s',
    async (name) => {
      expect(await get(name)).toEqual({ status: 500, body: { error: { code: 'INTERNAL_ERROR', message: 'Internal server error' } } });
    },
  );
});
