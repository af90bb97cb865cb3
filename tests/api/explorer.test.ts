// The explorer endpoints over HTTP against the real Neo4j with the seed loaded.
import { describe, expect, it } from 'vitest';
import { getJson, useSeededApiApp } from '../support/api-app.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const api = useSeededApiApp();
const get = (path: string) => getJson(api.baseUrl, path);

describe('GET /api/health', () => {
  it('reports the connected Neo4j and its version', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', neo4j: { connected: true, version: expect.stringMatching(/^5\.26\./) } });
  });
});

describe('GET /api/graph', () => {
  it('returns the whole seed graph while it is small', async () => {
    const { status, body } = await get('/api/graph');
    expect(status).toBe(200);
    expect(body.truncated).toBe(false);
    expect(body.nodes.length).toBe(62);
    expect(body.edges.length).toBe(81);
    expect(body).toMatchObject({ relationshipsAmong: 81, edgesTruncated: false });
    const ids = new Set(body.nodes.map((n: any) => n.id));
    for (const e of body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.properties).toMatchObject({ source: expect.any(String), evidence: expect.any(String) });
    }
  });

  it('caps at limit, keeps the hubs and says it was truncated', async () => {
    const { body } = await get('/api/graph?limit=5');
    expect(body.truncated).toBe(true);
    expect(body.nodes).toHaveLength(5);
    expect(body.nodes.map((n: any) => n.id)).toContain('kyushu');
  });

  it('keeps the best-connected entities, ties by id, and does not send the stored degree as a property', async () => {
    const counted = await api.driver.executeQuery(
      'MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 12',
      {},
      { database: testNeo4j().database },
    );
    const { body } = await get('/api/graph?limit=12');
    expect(body.nodes.map((n: any) => n.id)).toEqual(counted.records.map((r) => r.get('id')));
    expect(body.nodes.every((n: any) => !('degree' in n.properties))).toBe(true);
  });

  it('caps the relationships among the nodes at edges, sending whole facts, the most cited first', async () => {
    const all = (await get('/api/graph?limit=30&edges=50000')).body;
    const cut = (await get('/api/graph?limit=30&edges=12')).body;
    expect(cut.nodes.map((n: any) => n.id)).toEqual(all.nodes.map((n: any) => n.id));
    expect(all.edgesTruncated).toBe(false);
    expect(all.relationshipsAmong).toBe(all.edges.length);
    expect(cut).toMatchObject({ relationshipsAmong: all.edges.length, edgesTruncated: true });
    expect(cut.edges).toHaveLength(12);

    // Citations per fact (one type between the same two nodes), in the whole set and in the cut.
    const citations = (edges: any[]) => {
      const byFact = new Map<string, number>();
      for (const e of edges) byFact.set(`${e.source}|${e.type}|${e.target}`, (byFact.get(`${e.source}|${e.type}|${e.target}`) ?? 0) + 1);
      return byFact;
    };
    const whole = citations(all.edges);
    const sent = citations(cut.edges);
    expect(Math.max(...whole.values())).toBeGreaterThan(1); // the seed has facts cited more than once
    const leastSent = Math.min(...[...sent.keys()].map((f) => whole.get(f)!));
    // No fact left out is cited more than a fact sent; every fact sent is whole but perhaps the last one.
    for (const [fact, n] of whole) if (!sent.has(fact)) expect(n).toBeLessThanOrEqual(leastSent);
    expect([...sent].filter(([fact, n]) => n < whole.get(fact)!).length).toBeLessThanOrEqual(1);
  });

  it('sends at most twice limit relationships by default, and none when edges is 0', async () => {
    const five = (await get('/api/graph?limit=5')).body;
    expect(five.edges.length).toBeLessThanOrEqual(10);
    expect(five.edges.length).toBe(Math.min(10, five.relationshipsAmong));
    const none = (await get('/api/graph?limit=5&edges=0')).body;
    expect(none.edges).toEqual([]);
    expect(none).toMatchObject({ relationshipsAmong: five.relationshipsAmong, edgesTruncated: five.relationshipsAmong > 0 });
    expect((await get('/api/graph?edges=-1')).status).toBe(400);
    // Regression: a blank count is not 0 (coercion read "" as 0; Schemathesis found edges= accepted).
    for (const path of ['/api/graph?edges=', '/api/graph?edges=%20', '/api/nodes/kyushu/neighbors?skip=']) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.error.message, path).toMatch(/edges|skip/);
    }
  });

  it('filters by label and relationship type', async () => {
    const { body } = await get('/api/graph?labels=Prefecture,Region&types=PART_OF');
    expect(new Set(body.nodes.map((n: any) => n.label))).toEqual(new Set(['Prefecture', 'Region']));
    expect(body.edges.length).toBe(8);
    expect(body.edges.every((e: any) => e.type === 'PART_OF' && e.target === 'kyushu')).toBe(true);
  });
});

describe('GET /api/search', () => {
  it.each([
    ['pham minh chinh', 'pham-minh-chinh'],
    ['quang ninh', 'quang-ninh'],
    ['kyu', 'kyushu'],
    ['Bùi Thanh Sơn', 'bui-thanh-son'],
    ['bui thanh son', 'bui-thanh-son'],
    ['semi', 'semiconductors'],
    ['九州', 'kyushu'],
  ])('"%s" finds %s first', async (q, id) => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ id, label: expect.any(String), name: expect.any(String), score: expect.any(Number) });
  });

  it('filters by label', async () => {
    const { body } = await get('/api/search?q=kyushu&labels=Organization');
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.every((r: any) => r.label === 'Organization')).toBe(true);
  });

  it.each(['name:kyushu', 'kyushu AND NOT', '"unbalanced', '*', 'a~2 OR (b', '\\', 'id:* OR 1=1'])(
    'treats Lucene syntax in "%s" as text',
    async (q) => {
      const { status, body } = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(Array.isArray(body.results)).toBe(true);
    },
  );

  it('requires q', async () => {
    const { status, body } = await get('/api/search');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'VALIDATION_ERROR', message: expect.stringContaining('"q"') });
  });
});

describe('GET /api/nodes/:id', () => {
  it('returns the node, its properties and every relationship with evidence', async () => {
    const { status, body } = await get('/api/nodes/kuratomi-sumio');
    expect(status).toBe(200);
    expect(body.node).toMatchObject({ id: 'kuratomi-sumio', label: 'Official', name: 'Kuratomi Sumio' });
    const metBy = body.relationships.find((r: any) => r.type === 'MET_WITH');
    expect(metBy).toMatchObject({ direction: 'in', source: 'bui-thanh-son', target: 'kuratomi-sumio', other: { id: 'bui-thanh-son' } });
    expect(metBy.properties.evidence).toContain('Kuratomi Sumio');
    expect(body.relationships.every((r: any) => r.properties.source && r.properties.evidence)).toBe(true);
    // The other end is read from a projection of the node (node-details.cypher), not the node: the same summary.
    expect(metBy.other).toEqual({ id: 'bui-thanh-son', label: 'Official', name: 'Bùi Thanh Sơn' });
    for (const r of body.relationships) expect(Object.keys(r.other).sort()).toEqual(['id', 'label', 'name']);
  });

  it('caps a hub at limit relationships and says so; a node within the cap gets them all', async () => {
    const all = await get('/api/nodes/kyushu');
    expect(all.body.truncated).toBe(false);
    const n = all.body.relationships.length;
    expect(n).toBeGreaterThan(2);
    const capped = await get('/api/nodes/kyushu?limit=2');
    expect(capped.status).toBe(200);
    expect(capped.body.truncated).toBe(true);
    expect(capped.body.relationships).toHaveLength(2);
    const exact = await get(`/api/nodes/kyushu?limit=${n}`);
    expect(exact.body.truncated).toBe(false);
    expect(exact.body.relationships).toEqual(all.body.relationships);
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await get('/api/nodes/no-such-node');
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('finds that Bùi Thanh Sơn met Kuratomi Sumio', async () => {
    const { body } = await get('/api/nodes/bui-thanh-son/neighbors?types=MET_WITH');
    expect(body.nodes.map((n: any) => n.id).sort()).toEqual(['bui-thanh-son', 'kuratomi-sumio']);
    expect(body.edges).toEqual([expect.objectContaining({ type: 'MET_WITH', source: 'bui-thanh-son', target: 'kuratomi-sumio' })]);
  });

  it('reaches further at depth 2 and filters by label', async () => {
    const one = (await get('/api/nodes/kuratomi-sumio/neighbors?depth=1')).body;
    const two = (await get('/api/nodes/kuratomi-sumio/neighbors?depth=2')).body;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.map((n: any) => n.id)).toContain('kyushu');
    const sectors = (await get('/api/nodes/bui-thanh-son/neighbors?labels=Sector')).body;
    expect(sectors.nodes.filter((n: any) => n.id !== 'bui-thanh-son').every((n: any) => n.label === 'Sector')).toBe(true);
  });

  it('caps the result and says so', async () => {
    const { body } = await get('/api/nodes/bui-thanh-son/neighbors?limit=3');
    expect(body.truncated).toBe(true);
    expect(body.nodes.length).toBeLessThanOrEqual(4);
  });

  it('caps two rings as a whole at depth 2: the centre first, then limit others, ring 1 before ring 2, only edges among them', async () => {
    const ring1 = new Set((await get('/api/nodes/kuratomi-sumio/neighbors?depth=1&limit=1000')).body.nodes.map((n: any) => n.id));
    // Up to limit + 1 relationships a ring: up to 1 + 4 + 4 nodes reached, 1 + 3 sent.
    const { body } = await get('/api/nodes/kuratomi-sumio/neighbors?depth=2&limit=3');
    expect(body.truncated).toBe(true);
    expect(body.nodes).toHaveLength(4);
    expect(body.nodes[0].id).toBe('kuratomi-sumio');
    const rings = body.nodes.map((n: any) => (ring1.has(n.id) ? 1 : 2));
    expect(rings).toEqual([...rings].sort());
    const kept = new Set(body.nodes.map((n: any) => n.id));
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e: any) => kept.has(e.source) && kept.has(e.target))).toBe(true);
  });

  it.each([
    ['/api/nodes/bui-thanh-son/neighbors?depth=3', '"depth"'],
    ['/api/nodes/bui-thanh-son/neighbors?limit=0', '"limit"'],
    ['/api/nodes/bui-thanh-son/neighbors?types=LIKES', '"types": must be a comma-separated list of: MET_WITH'],
  ])('rejects %s naming the field', async (path, field) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error.message).toContain(field);
  });

  it('answers 404 for an unknown id', async () => {
    expect((await get('/api/nodes/nobody/neighbors')).status).toBe(404);
  });
});

describe('GET /api/paths', () => {
  it('finds all shortest routes between Kyushu and the semiconductor sector, nodes in walking order, each step linked', async () => {
    const { status, body } = await get('/api/paths?from=kyushu&to=semiconductors');
    expect(status).toBe(200);
    expect(body.paths.length).toBeGreaterThan(0);
    const hops = new Set(body.paths.map((p: any) => p.nodes.length));
    expect(hops.size).toBe(1);
    for (const p of body.paths) {
      expect(p.nodes[0].id).toBe('kyushu');
      expect(p.nodes.at(-1).id).toBe('semiconductors');
      for (let i = 0; i + 1 < p.nodes.length; i++) {
        const [x, y] = [p.nodes[i].id, p.nodes[i + 1].id];
        expect(
          p.edges.some((e: any) => (e.source === x && e.target === y) || (e.source === y && e.target === x)),
          `${x} — ${y}`,
        ).toBe(true);
      }
    }
    // Distinct routes: no node sequence twice.
    const routes = body.paths.map((p: any) => p.nodes.map((n: any) => n.id).join(' → '));
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('counts a route once however many articles state its facts: parallel relationships come with the one route', async () => {
    // Bùi Thanh Sơn asked for cooperation in digital transformation in three sentences.
    const { records } = await api.driver.executeQuery(
      "MATCH (:Entity {id: 'bui-thanh-son'})-[r:REQUESTED_COOPERATION_IN]->(:Entity {id: 'digital-transformation'}) RETURN count(r) AS count",
      {},
      { database: testNeo4j().database },
    );
    const count = records[0]!.get('count').toNumber();
    expect(count).toBeGreaterThan(1);
    const { body } = await get('/api/paths?from=bui-thanh-son&to=digital-transformation');
    expect(body.paths).toHaveLength(1);
    expect(body.paths[0].nodes.map((n: any) => n.id)).toEqual(['bui-thanh-son', 'digital-transformation']);
    expect(body.paths[0].edges).toHaveLength(count);
  });

  it('returns an empty list when no path fits in maxHops', async () => {
    const { status, body } = await get('/api/paths?from=gunma&to=okinawa&maxHops=1');
    expect(status).toBe(200);
    expect(body.paths).toEqual([]);
  });

  it.each([
    ['/api/paths?from=kyushu&to=nowhere', 404],
    ['/api/paths?from=kyushu&to=kyushu', 400],
    ['/api/paths?from=kyushu&to=saga&maxHops=7', 400],
    ['/api/paths?from=kyushu', 400],
  ])('%s → %i', async (path, status) => {
    expect((await get(path)).status).toBe(status);
  });
});

describe('GET /api/insights/region-sector', () => {
  it('links Kyushu to the sectors requested of its federation, with the sentences', async () => {
    const { status, body } = await get('/api/insights/region-sector');
    expect(status).toBe(200);
    const kyushu = body.facts.filter((f: any) => f.place === 'kyushu');
    const sectors = kyushu.map((f: any) => f.sector);
    expect(sectors).toEqual(
      expect.arrayContaining([
        'renewable-energy',
        'semiconductors',
        'digital-transformation',
        'artificial-intelligence',
        'big-data',
        'labour',
      ]),
    );
    expect(body.places.find((p: any) => p.id === 'kyushu')).toMatchObject({ id: 'kyushu', label: 'Region', name: 'Kyushu', side: 'japan' });
    const semis = kyushu.filter((f: any) => f.sector === 'semiconductors');
    expect(semis.every((f: any) => f.source === 'kyushu-economic-federation-hanoi-visit' && f.evidence.length > 20)).toBe(true);
  });

  it('links Vietnamese localities through the meetings held there when venues count', async () => {
    const { body } = await get('/api/insights/region-sector?venues=true');
    const quangNinh = body.facts.filter((f: any) => f.place === 'quang-ninh');
    expect(quangNinh.map((f: any) => f.sector)).toEqual(expect.arrayContaining(['tourism', 'culture', 'semiconductors']));
    expect(quangNinh.every((f: any) => f.via.includes('meeting-place'))).toBe(true);
  });
});

describe('GET /api/articles', () => {
  it('lists the sources without their text (its length instead), one article with its text, and the year marked as inferred', async () => {
    const { body } = await get('/api/articles');
    expect(body.articles).toHaveLength(2);
    for (const listed of body.articles) {
      expect(listed).not.toHaveProperty('text');
      const whole = (await get(`/api/articles/${listed.id}`)).body;
      expect(listed.characters).toBe(whole.text.length);
      expect({ ...listed, characters: undefined }).toEqual({ ...whole, text: undefined, characters: undefined });
    }
    const kyushu = (await get('/api/articles/kyushu-economic-federation-hanoi-visit')).body;
    expect(kyushu).toMatchObject({ date: null, inferredDate: '2025-03-05', language: 'fr' });
    expect(kyushu.text).toContain('Kuratomi Sumio');
    expect((await get('/api/articles/nope')).status).toBe(404);
  });
});

describe('the API as a whole', () => {
  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    // No array-form `items` (a zod tuple's, OpenAPI 3.0 style): 3.1 rejects it, and so did Schemathesis.
    const arrayItems: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if (key === 'items' && Array.isArray(child)) arrayItems.push(at);
        walk(child, `${at}/${key}`);
      }
    };
    walk(body, '');
    expect(arrayItems).toEqual([]);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/graph',
        '/api/search',
        '/api/nodes/{id}',
        '/api/nodes/{id}/neighbors',
        '/api/paths',
        '/api/insights/region-sector',
        '/api/articles',
        '/api/cypher',
      ]),
    );
    const depth = body.paths['/api/nodes/{id}/neighbors'].get.parameters.find((p: any) => p.name === 'depth');
    expect(depth).toMatchObject({ in: 'query', required: false });
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const { status, body } = await get('/api/does-not-exist');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'NOT_FOUND', message: 'No route for GET /api/does-not-exist' } });
  });

  it('sends security headers, a request id, and no CORS by default', async () => {
    const res = await fetch(`${api.baseUrl}/api/health`, { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('rejects an oversized JSON body with 413', async () => {
    const res = await fetch(`${api.baseUrl}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN 1', params: { x: 'x'.repeat(200_000) } }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await fetch(`${api.baseUrl}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('INVALID_JSON');
  });
});
