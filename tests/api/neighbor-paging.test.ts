// Expanding past the cap and by kind, on the seeded Neo4j: the per-type and per-label counts of
// GET /api/nodes/:id/neighbor-counts equal what a plain Cypher count gives, and the pages of
// GET /api/nodes/:id/neighbors?skip= neither overlap nor leave a neighbour out.
import { describe, expect, it } from 'vitest';
import { getJson, useSeededApiApp } from '../support/api-app.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const api = useSeededApiApp();
const get = (path: string) => getJson(api.baseUrl, path);

/** A count straight from Cypher, to hold the endpoint's figures against. */
async function cypherCount(query: string, params: Record<string, unknown>): Promise<Map<string, number>> {
  const { records } = await api.driver.executeQuery(query, params, { database: testNeo4j().database });
  return new Map(records.map((r) => [String(r.get('key')), Number(r.get('n'))]));
}

const HUB = 'kyushu';

describe('GET /api/nodes/:id/neighbor-counts', () => {
  it('counts neighbours per relationship type as Cypher does', async () => {
    const { status, body } = await get(`/api/nodes/${HUB}/neighbor-counts`);
    expect(status).toBe(200);
    const expected = await cypherCount('MATCH (:Entity {id: $id})-[r]-(m:Entity) RETURN type(r) AS key, count(DISTINCT m) AS n', {
      id: HUB,
    });
    expect(expected.size).toBeGreaterThan(1);
    expect(new Map(body.byType.map((t: any) => [t.type, t.neighbours]))).toEqual(expected);
    const rels = await cypherCount('MATCH (:Entity {id: $id})-[r]-(:Entity) RETURN type(r) AS key, count(r) AS n', { id: HUB });
    expect(new Map(body.byType.map((t: any) => [t.type, t.relationships]))).toEqual(rels);
    // Most neighbours first.
    const sizes = body.byType.map((t: any) => t.neighbours);
    expect(sizes).toEqual([...sizes].sort((a: number, b: number) => b - a));
  });

  it('counts neighbours per label and in all as Cypher does', async () => {
    const { body } = await get(`/api/nodes/${HUB}/neighbor-counts`);
    const expected = await cypherCount(
      "MATCH (:Entity {id: $id})--(m:Entity) WITH DISTINCT m UNWIND [l IN labels(m) WHERE l <> 'Entity'] AS key RETURN key, count(m) AS n",
      { id: HUB },
    );
    expect(new Map(body.byLabel.map((l: any) => [l.label, l.neighbours]))).toEqual(expected);
    const total = await cypherCount('MATCH (:Entity {id: $id})--(m:Entity) RETURN 1 AS key, count(DISTINCT m) AS n', { id: HUB });
    expect(body.neighbours).toBe(total.get('1'));
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await get('/api/nodes/nobody/neighbor-counts');
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/nodes/:id/neighbors paging', () => {
  const neighbourIds = (body: any, center: string) => body.nodes.map((n: any) => n.id).filter((id: string) => id !== center);

  it('walks all neighbours in pages that do not overlap, then says there is no next page', async () => {
    const all = neighbourIds((await get(`/api/nodes/${HUB}/neighbors?limit=1000`)).body, HUB);
    expect(all.length).toBeGreaterThan(6);
    const seen: string[] = [];
    let skip: number | null = 0;
    let pages = 0;
    while (skip !== null) {
      const { status, body } = await get(`/api/nodes/${HUB}/neighbors?limit=3&skip=${skip}`);
      expect(status).toBe(200);
      const page = neighbourIds(body, HUB);
      expect(page.length).toBeLessThanOrEqual(3);
      expect(page.filter((id: string) => seen.includes(id))).toEqual([]);
      expect(body.truncated).toBe(body.next !== null);
      // Every edge of a page joins the centre to a node of that page.
      for (const e of body.edges) expect([e.source, e.target]).toContain(HUB);
      seen.push(...page);
      skip = body.next;
      pages++;
      expect(pages).toBeLessThan(50);
    }
    expect([...seen].sort()).toEqual([...all].sort());
    expect(pages).toBe(Math.ceil(all.length / 3));
  });

  it('pages within a type filter, in the same stable order', async () => {
    const first = (await get(`/api/nodes/${HUB}/neighbors?types=PART_OF&limit=2`)).body;
    const again = (await get(`/api/nodes/${HUB}/neighbors?types=PART_OF&limit=2`)).body;
    expect(neighbourIds(first, HUB)).toEqual(neighbourIds(again, HUB));
    expect(first.next).toBe(2);
    const second = (await get(`/api/nodes/${HUB}/neighbors?types=PART_OF&limit=2&skip=2`)).body;
    expect(second.edges.every((e: any) => e.type === 'PART_OF')).toBe(true);
    expect(neighbourIds(second, HUB).filter((id: string) => neighbourIds(first, HUB).includes(id))).toEqual([]);
  });

  it.each([
    ['skip=-1', '"skip"'],
    ['skip=100001', '"skip"'],
    ['skip=abc', '"skip"'],
    ['depth=2&skip=3', 'paging applies to depth 1 only'],
  ])('rejects %s with a 400 naming it', async (query, words) => {
    const { status, body } = await get(`/api/nodes/${HUB}/neighbors?${query}`);
    expect(status).toBe(400);
    expect(body.error.message).toContain(words);
  });

  it('documents skip, next and the counts endpoint in the OpenAPI document', async () => {
    const { body } = await get('/api/openapi.json');
    const params = body.paths['/api/nodes/{id}/neighbors'].get.parameters;
    // Regression: countOf's preprocessing had made zod drop the default from the document.
    expect(params.find((p: any) => p.name === 'skip').schema).toMatchObject({ type: 'integer', minimum: 0, default: 0 });
    expect(body.paths['/api/nodes/{id}/neighbor-counts']).toBeDefined();
  });
});
