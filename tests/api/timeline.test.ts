// GET /api/timeline over HTTP on the real Neo4j with the seed loaded: the seed's facts carry
// inferred dates only (neither article states a year), undated facts are counted per type, and
// a committed article's dated fact appears (and goes again with the article).
import { describe, expect, it } from 'vitest';
import { TIMELINE_LIMITS } from '../../contract/api/limits.ts';
import { timelineResponseSchema, type TimelineResponse } from '../../contract/api/timeline.ts';
import { TimelineRepository } from '../../server/features/timeline/timeline.repository.ts';
import { editorHeaders, getJson, requestJson, useSeededApiApp } from '../support/api-app.ts';
import { testNeo4j } from '../support/neo4j-context.ts';
import { SECOND_ARTICLE_ID, secondCitationDraft } from '../support/second-citation.ts';

const FORUM = 'quang-ninh-local-cooperation-forum';
const KYUSHU = 'kyushu-economic-federation-hanoi-visit';

const api = useSeededApiApp();

async function timeline(): Promise<TimelineResponse> {
  const { status, body } = await getJson(api.baseUrl, '/api/timeline');
  expect(status).toBe(200);
  return timelineResponseSchema.parse(body);
}

async function count(query: string): Promise<number> {
  const { records } = await api.driver.executeQuery(query, {}, { database: testNeo4j().database });
  return (records[0]!.get('n') as { toNumber(): number }).toNumber();
}

describe('GET /api/timeline on the seed', () => {
  it('lists every seed fact with an inferred date, as inferred, oldest first, with its article', async () => {
    const t = await timeline();
    expect(t.truncated).toBe(false);
    expect(t.limit).toBe(TIMELINE_LIMITS.facts);
    expect(t.facts.length).toBe(await count('MATCH (:Entity)-[r]->(:Entity) WHERE r.inferredDate IS NOT NULL RETURN count(r) AS n'));
    expect(t.facts.every((f) => f.inferred)).toBe(true);
    const dates = t.facts.map((f) => f.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(t.facts.filter((f) => f.source === FORUM).map((f) => f.date))).toEqual(new Set(['2023-11-25']));
    expect(new Set(t.facts.filter((f) => f.source === KYUSHU).map((f) => f.date))).toEqual(new Set(['2025-03-05']));
    const types = new Set(t.facts.map((f) => f.type));
    expect(types.has('MET_WITH') && types.has('REQUESTED_COOPERATION_IN')).toBe(true);
    // Any dated type is listed, not only the three the histogram stacks on their own.
    expect(types.has('HELD_IN')).toBe(true);
  });

  it('counts the undated facts per type, and together with the dated ones they are every relationship', async () => {
    const t = await timeline();
    expect(t.undated['PART_OF']).toBe(await count('MATCH (:Entity)-[r:PART_OF]->(:Entity) RETURN count(r) AS n'));
    expect(t.undated['MET_WITH']).toBeUndefined();
    const undated = Object.values(t.undated).reduce((a, b) => a + b, 0);
    expect(undated).toBeGreaterThan(0);
    expect(t.facts.length + undated).toBe(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'));
  });

  it('says when it lists fewer facts than the graph has, keeping the oldest', async () => {
    const all = await timeline();
    const capped = await new TimelineRepository({ driver: api.driver, database: testNeo4j().database }, 3).timeline();
    expect(capped.truncated).toBe(true);
    expect(capped.limit).toBe(3);
    expect(capped.facts.map((f) => f.date)).toEqual(all.facts.slice(0, 3).map((f) => f.date));
    expect(capped.undated).toEqual(all.undated);
  });

  it('is in the OpenAPI document', async () => {
    const { body } = await getJson(api.baseUrl, '/api/openapi.json');
    expect(body.paths['/api/timeline'].get.responses['200']).toBeDefined();
  });
});

describe('GET /api/timeline after a commit', () => {
  it('lists a committed article’s stated date as not inferred, and forgets it once the article is retracted', async () => {
    const draft = secondCitationDraft();
    draft.relationships[0]!.properties = { dateText: '2 avril 2024', date: '2024-04-02' };
    const commit = await requestJson(api.baseUrl, 'POST', '/api/ingest/commit', { body: draft, headers: editorHeaders() });
    expect(commit.status, JSON.stringify(commit.body)).toBe(201);
    try {
      const t = await timeline();
      const mine = t.facts.filter((f) => f.source === SECOND_ARTICLE_ID);
      expect(mine.map(({ type, date, inferred }) => ({ type, date, inferred }))).toEqual([
        { type: 'MET_WITH', date: '2024-04-02', inferred: false },
      ]);
      // Oldest first: between the two seed articles.
      const at = t.facts.indexOf(mine[0]!);
      expect(t.facts.slice(0, at).every((f) => f.date <= '2024-04-02')).toBe(true);
      expect(t.facts.slice(at + 1).every((f) => f.date >= '2024-04-02')).toBe(true);
    } finally {
      const retract = await requestJson(api.baseUrl, 'DELETE', `/api/articles/${SECOND_ARTICLE_ID}`, { headers: editorHeaders() });
      expect(retract.status).toBe(200);
    }
    expect((await timeline()).facts.some((f) => f.source === SECOND_ARTICLE_ID)).toBe(false);
  });
});
