// GET /api/timeline over HTTP on the real Neo4j with the seed loaded: the seed's facts carry
// inferred dates only (neither article states a year) and are counted per day and type, undated
// facts per type, and a committed article's dated fact appears (and goes again with the article).
import { describe, expect, it } from 'vitest';
import { timelineResponseSchema, type TimelineResponse } from '../../contract/api/timeline.ts';
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
  it('counts every seed fact on its inferred day, as inferred, oldest day first', async () => {
    const t = await timeline();
    const inferred = await count('MATCH (:Entity)-[r]->(:Entity) WHERE r.inferredDate IS NOT NULL RETURN count(r) AS n');
    expect(t.days.reduce((n, d) => n + d.facts, 0)).toBe(inferred);
    expect(t.days.every((d) => d.inferred === d.facts)).toBe(true);
    const dates = t.days.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    // The forum's facts are dated 25 Nov 2023 and the Kyushu visit's 5 Mar 2025 (from their publication dates).
    expect(new Set(dates)).toEqual(new Set(['2023-11-25', '2025-03-05']));
    const onDay = async (article: string) =>
      count(`MATCH (:Entity)-[r]->(:Entity) WHERE r.source = '${article}' AND r.inferredDate IS NOT NULL RETURN count(r) AS n`);
    const factsOn = (date: string) => t.days.filter((d) => d.date === date).reduce((n, d) => n + d.facts, 0);
    expect(factsOn('2023-11-25')).toBe(await onDay(FORUM));
    expect(factsOn('2025-03-05')).toBe(await onDay(KYUSHU));
    // One row per day and type; any dated type is counted, not only the three the histogram stacks on their own.
    expect(new Set(t.days.map((d) => `${d.date} ${d.type}`)).size).toBe(t.days.length);
    const types = new Set(t.days.map((d) => d.type));
    expect(types.has('MET_WITH') && types.has('REQUESTED_COOPERATION_IN') && types.has('HELD_IN')).toBe(true);
    expect(t.days.find((d) => d.date === '2023-11-25' && d.type === 'MET_WITH')!.facts).toBe(
      await count(`MATCH (:Entity)-[r:MET_WITH]->(:Entity) WHERE r.inferredDate = '2023-11-25' RETURN count(r) AS n`),
    );
  });

  it('counts the undated facts per type, and together with the dated ones they are every relationship', async () => {
    const t = await timeline();
    expect(t.undated['PART_OF']).toBe(await count('MATCH (:Entity)-[r:PART_OF]->(:Entity) RETURN count(r) AS n'));
    expect(t.undated['MET_WITH']).toBeUndefined();
    const undated = Object.values(t.undated).reduce((a, b) => a + b, 0);
    expect(undated).toBeGreaterThan(0);
    const dated = t.days.reduce((n, d) => n + d.facts, 0);
    expect(dated + undated).toBe(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'));
  });

  it('counts on one day the facts whose raw dates differ but date them alike, and a malformed date as undated', async () => {
    const write = (query: string) => api.driver.executeQuery(query, {}, { database: testNeo4j().database });
    const before = await timeline();
    // Four MET_WITH between two seed entities: stated, inferred, stated beside another inferred
    // day (the stated one wins), and a date in words (no ISO day: undated).
    await write(`MATCH (a:Entity {id: 'kyushu'}), (b:Entity {id: 'quang-ninh'})
      UNWIND [{date: '2030-01-02'}, {inferredDate: '2030-01-02'}, {date: '2030-01-02', inferredDate: '2029-12-31'}, {date: 'janvier'}] AS p
      CREATE (a)-[r:MET_WITH {timelineFixture: true}]->(b) SET r += p`);
    try {
      const t = await timeline();
      expect(t.days.filter((d) => d.date === '2030-01-02')).toEqual([{ date: '2030-01-02', type: 'MET_WITH', facts: 3, inferred: 1 }]);
      expect(t.days.some((d) => d.date === '2029-12-31')).toBe(false);
      expect(t.undated['MET_WITH'] ?? 0).toBe((before.undated['MET_WITH'] ?? 0) + 1);
    } finally {
      await write('MATCH ()-[r:MET_WITH {timelineFixture: true}]->() DELETE r');
    }
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
      const day = t.days.filter((d) => d.date === '2024-04-02');
      expect(day).toEqual([{ date: '2024-04-02', type: 'MET_WITH', facts: 1, inferred: 0 }]);
      // Oldest day first: between the two seed articles'.
      const at = t.days.indexOf(day[0]!);
      expect(t.days.slice(0, at).every((d) => d.date <= '2024-04-02')).toBe(true);
      expect(t.days.slice(at + 1).every((d) => d.date >= '2024-04-02')).toBe(true);
    } finally {
      const retract = await requestJson(api.baseUrl, 'DELETE', `/api/articles/${SECOND_ARTICLE_ID}`, { headers: editorHeaders() });
      expect(retract.status).toBe(200);
    }
    expect((await timeline()).days.some((d) => d.date === '2024-04-02')).toBe(false);
  });
});
