// GET /api/map on the real Neo4j: the seed's places with their positions from the gazetteer, the
// links its meetings and requests draw (Phạm Minh Chính meets Gunma's governor: Vietnam–Gunma),
// each fact with its sentence and date; then a committed article's new places and their
// partnership appear, and retracting it takes them away again. Bad limits are a 400.
import { describe, expect, it } from 'vitest';
import { mapResponseSchema, type MapResponse } from '../../contract/api/map.ts';
import { MAP_LIMITS } from '../../contract/api/limits.ts';
import { loadCoordinates } from '../../ingest/gazetteers/coordinates.ts';
import { editorHeaders, getJson, requestJson, useSeededApiApp } from '../support/api-app.ts';
import { MAP_ARTICLE_DATE, MAP_ARTICLE_ID, MAP_PLACES, MAP_SENTENCE, mapArticleDraft } from '../support/map-article.ts';

const api = useSeededApiApp();

async function map(query = ''): Promise<MapResponse> {
  const res = await getJson(api.baseUrl, `/api/map${query}`);
  expect(res.status).toBe(200);
  return mapResponseSchema.parse(res.body);
}

const link = (m: MapResponse, a: string, b: string) => m.links.find((l) => l.places.join('|') === [a, b].sort().join('|'));

describe('GET /api/map', () => {
  it('places every seed place at its gazetteer position and lists none apart', async () => {
    const m = await map();
    const ids = m.places.map((p) => p.id);
    for (const id of ['gunma', 'quang-ninh', 'hanoi', 'kyushu', 'kansai', 'fukuoka', 'vietnam', 'japan']) expect(ids).toContain(id);
    expect(m.unplaced).toEqual([]);
    const gunma = m.places.find((p) => p.id === 'gunma')!;
    expect(gunma).toMatchObject({ label: 'Prefecture', name: 'Gunma', placedBy: 'id', ...loadCoordinates().byId('gunma') });
    expect(m.places.find((p) => p.id === 'quang-ninh')).toMatchObject({ label: 'Locality', name: 'Quảng Ninh' });
    expect(m.truncated).toBe(false);
  });

  it('links the places a seed meeting ties together, with the meeting’s sentence and date', async () => {
    const m = await map();
    // Phạm Minh Chính REPRESENTS the government, LOCATED_IN Vietnam; Yamamoto Ichita REPRESENTS Gunma.
    const vietnamGunma = link(m, 'vietnam', 'gunma');
    expect(vietnamGunma).toBeDefined();
    const meeting = vietnamGunma!.facts.find((f) => f.type === 'MET_WITH')!;
    expect(meeting).toMatchObject({
      source: 'quang-ninh-local-cooperation-forum',
      inferredDate: '2023-11-25',
      date: null,
      dateText: '25 novembre',
    });
    expect(meeting.evidence).toContain('Yamamoto Ichita');
    // The nearest place only: Gunma, not the Japan it is LOCATED_IN.
    expect(link(m, 'vietnam', 'japan')?.facts.some((f) => f.id === meeting.id) ?? false).toBe(false);
    // Bùi Thanh Sơn meets Kuratomi Sumio of the Kyushu Economic Federation; the requests he made
    // of Kuratomi and his federation are one fact each on the same link.
    const kyushu = link(m, 'vietnam', 'kyushu')!;
    expect(kyushu.facts.filter((f) => f.type === 'MET_WITH')).toHaveLength(1);
    expect(kyushu.facts.filter((f) => f.type === 'REQUESTED_COOPERATION_IN').length).toBeGreaterThan(5);
    expect(new Set(kyushu.facts.map((f) => f.id)).size).toBe(kyushu.facts.length);
    // A request naming a region (region: kansai) links the requester's place and that region.
    expect(link(m, 'vietnam', 'kansai')?.facts.every((f) => f.type === 'REQUESTED_COOPERATION_IN')).toBe(true);
    // Most facts first.
    const counts = m.links.map((l) => l.facts.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('bounds the facts it reads, and says so', async () => {
    const m = await map('?limit=1');
    expect(m.truncated).toBe(true);
    expect(m.links.flatMap((l) => l.facts.map((f) => f.id)).length).toBeLessThanOrEqual(2);
    for (const bad of ['0', '-1', 'abc', String(MAP_LIMITS.facts.max + 1)]) {
      const res = await getJson(api.baseUrl, `/api/map?limit=${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
      expect(res.body.error.message).toContain('limit');
    }
  });

  it('draws a committed article’s new places and their partnership, and forgets them when it is retracted', async () => {
    const before = await map();
    expect(before.places.map((p) => p.id)).not.toContain(MAP_PLACES.prefecture);
    const res = await requestJson(api.baseUrl, 'POST', '/api/ingest/commit', { body: mapArticleDraft(), headers: editorHeaders() });
    expect(res.status).toBe(201);
    try {
      const after = await map();
      const ids = after.places.map((p) => p.id);
      expect(ids).toContain(MAP_PLACES.province);
      expect(ids).toContain(MAP_PLACES.prefecture);
      const tottori = after.places.find((p) => p.id === MAP_PLACES.prefecture)!;
      expect(tottori).toMatchObject({ placedBy: 'id', ...loadCoordinates().byId('tottori') });
      // Not a gazetteer id: placed by its name, "Thái Nguyên".
      const province = after.places.find((p) => p.id === MAP_PLACES.province)!;
      expect(province).toMatchObject({ placedBy: 'name', ...loadCoordinates().byId('thai-nguyen') });
      const partnership = link(after, MAP_PLACES.province, MAP_PLACES.prefecture);
      expect(partnership?.facts).toEqual([
        expect.objectContaining({ type: 'PARTNERS_WITH', source: MAP_ARTICLE_ID, evidence: MAP_SENTENCE, date: MAP_ARTICLE_DATE }),
      ]);
    } finally {
      const gone = await requestJson(api.baseUrl, 'DELETE', `/api/articles/${MAP_ARTICLE_ID}`, { headers: editorHeaders() });
      expect(gone.status).toBe(200);
    }
    const retracted = await map();
    expect(retracted.places.map((p) => p.id)).not.toContain(MAP_PLACES.prefecture);
    expect(retracted.links.map((l) => l.id)).toEqual(before.links.map((l) => l.id));
  });
});
