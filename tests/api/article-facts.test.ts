// What each article contributes, over HTTP on the real Neo4j with the seed loaded: the counts
// the Sources tab lists, an article's facts, and the retract preview checked against what
// retracting actually removes.
import { describe, expect, it } from 'vitest';
import { articleFactCountsSchema, articleFactsSchema } from '../../contract/api/sources.ts';
import { retractResponseSchema } from '../../contract/ingest.ts';
import { seedDatabase } from '../../seed/seed-database.ts';
import { editorHeaders, getJson, requestJson, useSeededApiApp } from '../support/api-app.ts';
import { testNeo4j } from '../support/neo4j-context.ts';
import { SECOND_ARTICLE_ID, secondCitationDraft, SHARED_FACT } from '../support/second-citation.ts';

const FORUM = 'quang-ninh-local-cooperation-forum';
const KYUSHU = 'kyushu-economic-federation-hanoi-visit';

const api = useSeededApiApp();

async function read<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.driver.executeQuery(query, params, { database: testNeo4j().database });
  return records.map((r) => r.toObject() as T);
}

describe('GET /api/facts/by-article', () => {
  it('counts each seed article’s relationships, and its facts with parallel statements counted once', async () => {
    const { status, body } = await getJson(api.baseUrl, '/api/facts/by-article');
    expect(status).toBe(200);
    const { articles } = articleFactCountsSchema.parse(body);
    expect(articles.map((a) => a.id)).toEqual([KYUSHU, FORUM]);
    const truth = await read<{ id: string; rels: { toNumber(): number }; facts: { toNumber(): number } }>(
      'MATCH (a)-[r]->(b) WITH r.source AS id, r, [type(r), a.id, b.id] AS fact RETURN id, count(r) AS rels, count(DISTINCT fact) AS facts',
    );
    for (const a of articles) {
      const t = truth.find((x) => x.id === a.id)!;
      expect(a).toEqual({ id: a.id, relationships: t.rels.toNumber(), facts: t.facts.toNumber() });
    }
    expect(articles.find((a) => a.id === KYUSHU)!.relationships).toBe(52);
    // The seed states some facts in two sentences: fewer facts than relationships.
    expect(articles.some((a) => a.facts < a.relationships)).toBe(true);
  });
});

describe('the OpenAPI document', () => {
  it('describes both endpoints from their schemas', async () => {
    const { body } = await getJson(api.baseUrl, '/api/openapi.json');
    expect(body.paths['/api/articles/{id}/facts'].get.responses['404']).toBeDefined();
    expect(body.paths['/api/facts/by-article'].get.responses['200']).toBeDefined();
  });
});

describe('GET /api/articles/:id/facts', () => {
  it('returns every relationship the article states, with both ends, and how many nodes it mentions', async () => {
    const { status, body } = await getJson(api.baseUrl, `/api/articles/${FORUM}/facts`);
    expect(status).toBe(200);
    const facts = articleFactsSchema.parse(body);
    expect(facts.articleId).toBe(FORUM);
    const expected = await read<{ id: string }>('MATCH ()-[r]->() WHERE r.source = $id RETURN r.id AS id ORDER BY id', { id: FORUM });
    expect(facts.edges.map((e) => e.id).sort()).toEqual(expected.map((r) => r.id));
    const nodeIds = new Set(facts.nodes.map((n) => n.id));
    for (const e of facts.edges) {
      expect(e.properties.source).toBe(FORUM);
      expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
    }
    const [{ n }] = await read<{ n: { toNumber(): number } }>('MATCH (n:Entity) WHERE $id IN n.sources RETURN count(n) AS n', {
      id: FORUM,
    });
    expect(facts.mentioned).toBe(n.toNumber());
    expect(facts.mentioned).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown article and 400 for an id too long to be one', async () => {
    const missing = await getJson(api.baseUrl, '/api/articles/no-such-article/facts');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    expect((await getJson(api.baseUrl, `/api/articles/${'x'.repeat(201)}/facts`)).status).toBe(400);
  });

  it('counts a fact a second article restates once per article, and leaves its nodes out of that article’s orphans', async () => {
    const commit = await requestJson(api.baseUrl, 'POST', '/api/ingest/commit', { body: secondCitationDraft(), headers: editorHeaders() });
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    try {
      const facts = articleFactsSchema.parse((await getJson(api.baseUrl, `/api/articles/${SECOND_ARTICLE_ID}/facts`)).body);
      expect(facts.edges.map((e) => [e.type, e.source, e.target])).toEqual([[SHARED_FACT.type, SHARED_FACT.from, SHARED_FACT.to]]);
      expect(facts).toMatchObject({ mentioned: 2, orphans: [] });
      const { articles } = articleFactCountsSchema.parse((await getJson(api.baseUrl, '/api/facts/by-article')).body);
      expect(articles.find((a) => a.id === SECOND_ARTICLE_ID)).toEqual({ id: SECOND_ARTICLE_ID, facts: 1, relationships: 1 });
    } finally {
      expect((await requestJson(api.baseUrl, 'DELETE', `/api/articles/${SECOND_ARTICLE_ID}`, { headers: editorHeaders() })).status).toBe(
        200,
      );
    }
  });

  it('previews exactly what retracting removes: its relationships and the nodes left with no mention', async () => {
    const preview = articleFactsSchema.parse((await getJson(api.baseUrl, `/api/articles/${KYUSHU}/facts`)).body);
    // Kyushu's federation appears in that article only; Phạm Minh Chính is in the other one too.
    const orphanIds = preview.orphans.map((n) => n.id).sort();
    expect(orphanIds).toContain('kyushu-economic-federation');
    expect(orphanIds).not.toContain('pham-minh-chinh');
    try {
      const res = await requestJson(api.baseUrl, 'DELETE', `/api/articles/${KYUSHU}`, { headers: editorHeaders() });
      const { removed } = retractResponseSchema.parse(res.body);
      expect(removed.relationships).toBe(preview.edges.length);
      expect(removed.nodes).toBe(preview.orphans.length);
      expect(removed.mentions).toBeGreaterThanOrEqual(preview.mentioned);
      const left = await read<{ id: string }>('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', { ids: orphanIds });
      expect(left).toEqual([]);
      expect((await getJson(api.baseUrl, `/api/articles/${KYUSHU}/facts`)).status).toBe(404);
    } finally {
      await seedDatabase(api.driver, testNeo4j().database);
    }
  });
});
