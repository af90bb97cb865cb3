// GET /api/insights/region-sector on the real Neo4j with the seed and one committed article: the
// asked-of rule (Kyushu through its federation; Kansai only named by a request's `region`), the
// requester's-place rule (a provincial leader's request reaches his province), the venue rule
// off by default and on when asked, the roll-up hierarchy, and the facts' date properties.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionSectorResponseSchema, type RegionSectorResponse } from '../../contract/api/insights.ts';
import { editorHeaders, getJson, requestJson, useSeededApiApp } from '../support/api-app.ts';
import { regionSectorDraft, RS_ARTICLE_ID, RS_PARTNERSHIP_SECTOR, RS_SECTOR } from '../support/region-sector-draft.ts';

describe('GET /api/insights/region-sector', () => {
  const api = useSeededApiApp();
  const read = async (query = ''): Promise<RegionSectorResponse> => {
    const res = await getJson(api.baseUrl, `/api/insights/region-sector${query}`);
    expect(res.status).toBe(200);
    return regionSectorResponseSchema.parse(res.body);
  };
  const factsAt = (body: RegionSectorResponse, place: string) => body.facts.filter((f) => f.place === place);

  beforeAll(async () => {
    const res = await requestJson(api.baseUrl, 'POST', '/api/ingest/commit', { body: regionSectorDraft(), headers: editorHeaders() });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
  afterAll(async () => {
    await requestJson(api.baseUrl, 'DELETE', `/api/articles/${RS_ARTICLE_ID}`, { headers: editorHeaders() });
  });

  it('links Kyushu to the sectors asked of its federation, one fact per relationship, with sentence and dates', async () => {
    const body = await read();
    const semis = factsAt(body, 'kyushu').filter((f) => f.sector === 'semiconductors');
    expect(semis.length).toBeGreaterThanOrEqual(2);
    expect(new Set(semis.map((f) => f.id)).size).toBe(semis.length);
    for (const f of semis) {
      expect(f).toMatchObject({
        type: 'REQUESTED_COOPERATION_IN',
        source: 'kyushu-economic-federation-hanoi-visit',
        inferredDate: '2025-03-05',
      });
      expect(f.via).toContain('asked-of');
      expect(f.evidence.length).toBeGreaterThan(20);
      // The fact's relationship is among the elements, so a cell can draw it.
      expect(body.elements.edges.find((e) => e.id === f.id)).toMatchObject({ source: 'bui-thanh-son', target: 'semiconductors' });
    }
    // Through the federation: the chain leads from Kuratomi Sumio or the federation to Kyushu.
    const economic = factsAt(body, 'kyushu').find((f) => f.sector === 'economic-cooperation')!;
    const chainTypes = economic.chain.map((id) => body.elements.edges.find((e) => e.id === id)?.type);
    expect(chainTypes).toContain('LOCATED_IN');
    expect(economic.askedOf).toEqual(expect.arrayContaining(['kuratomi-sumio', 'kyushu-economic-federation']));
  });

  it('links Kansai to SME connection only through the request naming it, with nothing to chain', async () => {
    const body = await read();
    const sme = factsAt(body, 'kansai').filter((f) => f.sector === 'sme-connection');
    expect(sme).toHaveLength(1);
    expect(sme[0]).toMatchObject({ requester: 'pham-minh-chinh', via: ['asked-of'], chain: [] });
    expect(sme[0]!.askedOf).toEqual(expect.arrayContaining(['japan', 'kansai']));
  });

  it("links a province to what its leader asked for (requester's place), rolled up into its successor", async () => {
    const body = await read();
    const [fact, ...more] = factsAt(body, 'bac-giang').filter((f) => f.sector === RS_SECTOR);
    expect(more).toEqual([]);
    expect(fact).toMatchObject({ sector: RS_SECTOR, via: ['requester-place'], requester: 'tran-van-thu', source: RS_ARTICLE_ID });
    expect(fact!.chain.map((id) => body.elements.edges.find((e) => e.id === id)?.type)).toEqual(['REPRESENTS', 'LOCATED_IN']);
    expect(body.places.find((p) => p.id === 'bac-giang')).toMatchObject({
      side: 'vietnam',
      parent: { id: 'bac-ninh', kind: 'merged-into', edge: null },
      inGraph: true,
    });
    // The successor is not in the graph: it is named from the gazetteer.
    expect(body.places.find((p) => p.id === 'bac-ninh')).toMatchObject({ name: 'Bắc Ninh', side: 'vietnam', inGraph: false });
  });

  it('does not link a venue city unless venues are asked for', async () => {
    const off = await read();
    expect(factsAt(off, 'hanoi')).toEqual([]);
    expect(factsAt(off, 'quang-ninh')).toEqual([]);
    const on = await read('?venues=true');
    const hanoi = factsAt(on, 'hanoi');
    expect(hanoi.map((f) => f.via)).toEqual(hanoi.map(() => ['meeting-place']));
    expect(hanoi.find((f) => f.source === RS_ARTICLE_ID)).toMatchObject({ sector: RS_SECTOR, requester: 'tran-van-thu' });
    expect(factsAt(on, 'quang-ninh').map((f) => f.sector)).toEqual(expect.arrayContaining(['tourism', 'culture']));
    // The venue rule adds facts and takes none away.
    expect(on.facts.length).toBe(off.facts.length + hanoi.length + factsAt(on, 'quang-ninh').length);
  });

  it('rolls prefectures up into their region and tells the sides apart', async () => {
    const body = await read();
    expect(body.places.find((p) => p.id === 'fukuoka')).toMatchObject({ side: 'japan', parent: { id: 'kyushu', kind: 'part-of' } });
    expect(body.places.find((p) => p.id === 'kyushu')).toMatchObject({ side: 'japan', parent: null });
    expect(body.places.find((p) => p.id === 'quang-ninh')).toMatchObject({ side: 'vietnam', parent: null });
    const edge = body.places.find((p) => p.id === 'fukuoka')!.parent!.edge!;
    expect(body.elements.edges.find((e) => e.id === edge)).toMatchObject({ type: 'PART_OF', source: 'fukuoka', target: 'kyushu' });
  });

  it('rolls a Japanese city into its prefecture (LOCATED_IN), and that into its region', async () => {
    const body = await read();
    expect(body.places.find((p) => p.id === 'kitakyushu')).toMatchObject({ side: 'japan', parent: { id: 'fukuoka', kind: 'part-of' } });
    const [fact, ...more] = factsAt(body, 'kitakyushu');
    expect(more).toEqual([]);
    expect(fact).toMatchObject({ sector: 'tourism', via: ['asked-of'], askedOf: ['kitakyushu'], requester: 'tran-van-thu' });
    const edge = body.places.find((p) => p.id === 'kitakyushu')!.parent!.edge!;
    expect(body.elements.edges.find((e) => e.id === edge)).toMatchObject({ type: 'LOCATED_IN', source: 'kitakyushu', target: 'fukuoka' });
  });

  it('links both partners of an agreement to the sectors it names, and nothing for an agreement naming none', async () => {
    const body = await read();
    const partnerships = body.facts.filter((f) => f.via.includes('partnership'));
    expect(partnerships.map((f) => [f.place, f.sector]).sort()).toEqual([
      ['bac-giang', RS_PARTNERSHIP_SECTOR],
      ['gunma', RS_PARTNERSHIP_SECTOR],
    ]);
    expect(new Set(partnerships.map((f) => f.id)).size).toBe(1);
    expect(partnerships[0]).toMatchObject({ type: 'PARTNERS_WITH', source: RS_ARTICLE_ID, requester: null });
    // The agreement's other end is drawn too.
    const edge = body.elements.edges.find((e) => e.id === partnerships[0]!.id)!;
    expect(body.elements.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([edge.source, edge.target]));
  });

  it.each(['?venues=yes', '?venues=1', '?venues='])('refuses %s with a 400 naming the parameter', async (query) => {
    const res = await getJson(api.baseUrl, `/api/insights/region-sector${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(res.body.error.message).toContain('"venues"');
  });
});
