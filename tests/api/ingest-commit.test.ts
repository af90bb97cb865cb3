// The write path over HTTP on the real Neo4j: a reviewed draft is committed in one transaction
// (only accepted items, matched nodes merged), twice is a 409, bad drafts are 4xx that change
// nothing, a failure mid-commit leaves the graph as it was, writes need the editor token, and
// retracting the article gives back exactly the graph there was before.
import { describe, expect, it } from 'vitest';
import { commitResponseSchema, retractResponseSchema, type Draft } from '../../contract/ingest.ts';
import { nodeDetailsSchema } from '../../contract/api/graph.ts';
import { articleSchema } from '../../contract/api/articles.ts';
import { editorHeaders, getJson, requestJson, useSeededApiApp } from '../support/api-app.ts';
import { graphFingerprint, staleDegrees } from '../support/graph-fingerprint.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const TEXT = [
  'Hanoï (VNA) - Le Premier ministre Phạm Minh Chính a reçu le 12 mars M. Tanaka Hiroshi, gouverneur de la préfecture de Gunma.',
  'Les deux parties ont convenu de renforcer la coopération dans les domaines des semi-conducteurs et du tourisme.',
  'Ce texte contient <img src=x onerror=alert(1)> et MATCH (n) DETACH DELETE n, qui ne sont que du texte.',
].join('\n');
const [MEETING, REQUEST, HOSTILE] = TEXT.split('\n') as [string, string, string];
const ARTICLE_ID = 'pm-receives-gunma-governor-3f2a9c10';

const review = (status: 'proposed' | 'accepted' | 'rejected' = 'accepted') => ({ status, confidence: 0.9, spans: [{ start: 0, end: 10 }] });
const mention = (evidence: string) => [{ source: ARTICLE_ID, evidence }];

/** A draft as the review screen would send it: one new official, three nodes matched to the seed, a rejected guess, a fact left proposed. */
function draft(): Draft {
  return {
    articles: [
      {
        id: ARTICLE_ID,
        title: 'Le Premier ministre reçoit le gouverneur de Gunma',
        titleSource: 'editorial',
        language: 'fr',
        published: { dateText: '12 mars', date: null, yearStated: false },
        url: 'https://example.org/pm-gunma',
        outlet: 'Test agency',
        text: TEXT,
      },
    ],
    nodes: [
      {
        id: 'tanaka-hiroshi',
        label: 'Official',
        name: 'Tanaka Hiroshi',
        aliases: ['Hiroshi Tanaka'],
        properties: { title: 'gouverneur de la préfecture de Gunma' },
        mentions: mention(MEETING),
        review: { ...review(), match: null, candidates: [] },
      },
      {
        id: 'pham-minh-chinh-draft',
        label: 'Official',
        name: 'Phạm Minh Chính',
        aliases: ['le Premier ministre Phạm Minh Chính'],
        properties: {},
        mentions: mention(MEETING),
        review: { ...review(), match: { existingId: 'pham-minh-chinh', reason: 'same name', score: 1 }, candidates: [] },
      },
      {
        id: 'gunma-draft',
        label: 'Prefecture',
        name: 'Gunma',
        aliases: ['préfecture de Gunma'],
        properties: {},
        mentions: mention(MEETING),
        review: { ...review(), match: { existingId: 'gunma', reason: 'gazetteer id', score: 1 }, candidates: [] },
      },
      {
        id: 'tourism-draft',
        label: 'Sector',
        name: 'tourisme',
        aliases: [],
        properties: {},
        mentions: mention(REQUEST),
        review: { ...review(), match: { existingId: 'tourism', reason: 'lexicon id', score: 1 }, candidates: [] },
      },
      {
        id: 'img-src-x',
        label: 'Organization',
        name: '<img src=x onerror=alert(1)>',
        aliases: [],
        properties: {},
        mentions: mention(HOSTILE),
        review: { ...review('rejected'), match: null, candidates: [] },
      },
      {
        id: 'match-n-detach-delete-n',
        label: 'Organization',
        name: 'MATCH (n) DETACH DELETE n',
        aliases: ["'}) DETACH DELETE n //"],
        properties: { note: '$x }) SET n.hacked = true' },
        mentions: mention(HOSTILE),
        review: { ...review(), match: null, candidates: [] },
      },
    ],
    relationships: [
      {
        type: 'MET_WITH',
        from: 'pham-minh-chinh-draft',
        to: 'tanaka-hiroshi',
        properties: { dateText: '12 mars' },
        source: ARTICLE_ID,
        evidence: MEETING,
        review: review(),
      },
      {
        type: 'REPRESENTS',
        from: 'tanaka-hiroshi',
        to: 'gunma-draft',
        properties: { role: 'gouverneur' },
        source: ARTICLE_ID,
        evidence: MEETING,
        review: review(),
      },
      {
        type: 'REQUESTED_COOPERATION_IN',
        from: 'pham-minh-chinh-draft',
        to: 'tourism-draft',
        properties: { askedOf: ['tanaka-hiroshi', 'img-src-x'] },
        source: ARTICLE_ID,
        evidence: REQUEST,
        review: review(),
      },
      {
        type: 'SUPPORTS',
        from: 'tanaka-hiroshi',
        to: 'tourism-draft',
        properties: {},
        source: ARTICLE_ID,
        evidence: REQUEST,
        review: review('rejected'),
      },
      { type: 'SUPPORTS', from: 'img-src-x', to: 'tourism-draft', properties: {}, source: ARTICLE_ID, evidence: HOSTILE, review: review() },
      {
        type: 'LOCATED_IN',
        from: 'match-n-detach-delete-n',
        to: 'gunma-draft',
        properties: {},
        source: ARTICLE_ID,
        evidence: HOSTILE,
        review: review('proposed'),
      },
    ],
  };
}

describe('committing and retracting an article', () => {
  const api = useSeededApiApp();
  const fingerprint = () => graphFingerprint(api.driver, testNeo4j().database);
  const commit = (body: unknown, headers = editorHeaders()) => requestJson(api.baseUrl, 'POST', '/api/ingest/commit', { body, headers });

  it('refuses writes without the right token, whatever the other headers say, and writes nothing', async () => {
    const before = await fingerprint();
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token-0123456789' },
      { authorization: 'Basic dGVzdDp0ZXN0' },
      { 'x-forwarded-for': '127.0.0.1', host: 'localhost', 'x-real-ip': '127.0.0.1' },
    ];
    for (const headers of attempts) {
      const res = await commit(draft(), headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHORIZED');
      expect((await requestJson(api.baseUrl, 'DELETE', '/api/articles/quang-ninh-local-cooperation-forum', { headers })).status).toBe(401);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('refuses bad drafts with a 4xx naming the problem, and writes nothing', async () => {
    const before = await fingerprint();
    const cases: [string, (d: Draft) => unknown, number, RegExp][] = [
      ['an unknown id in a fact', (d) => ((d.relationships[0]!.to = 'nobody-at-all'), d), 400, /unknown node id "nobody-at-all"/],
      [
        'evidence not in the article',
        (d) => ((d.relationships[0]!.evidence = 'Une phrase que le texte ne contient pas du tout.'), d),
        400,
        /not verbatim/,
      ],
      ['a relationship type outside the model', (d) => (((d.relationships[0] as { type: string }).type = 'HATES'), d), 400, /type/],
      ['a label outside the model', (d) => (((d.nodes[0] as { label: string }).label = 'Person'), d), 400, /label/],
      [
        'a match to a node that does not exist',
        (d) => ((d.nodes[1]!.review.match!.existingId = 'not-in-the-graph'), d),
        400,
        /not in the graph: not-in-the-graph/,
      ],
      ['two articles', (d) => ({ ...d, articles: [d.articles[0], { ...d.articles[0], id: 'another' }] }), 400, /exactly one article/],
      ['no body', () => undefined, 400, /articles/],
    ];
    for (const [name, edit, status, message] of cases) {
      const res = await commit(edit(draft()) ?? {});
      expect(res.status, name).toBe(status);
      expect(res.body.error.message, name).toMatch(message);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('leaves the graph as it was when the database fails in the middle of the commit', async () => {
    const database = testNeo4j().database;
    // A constraint the new official's name breaks: the article is created first, then the node CREATE fails.
    await api.driver.executeQuery(
      'CREATE CONSTRAINT test_official_name IF NOT EXISTS FOR (n:Official) REQUIRE n.name IS UNIQUE',
      {},
      { database },
    );
    try {
      const before = await fingerprint();
      const clash = draft();
      clash.nodes[0]!.name = 'Phạm Minh Chính';
      const res = await commit(clash);
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('CONFLICT');
      expect(await fingerprint()).toBe(before);
      expect((await getJson(api.baseUrl, `/api/articles/${ARTICLE_ID}`)).status).toBe(404);
    } finally {
      await api.driver.executeQuery('DROP CONSTRAINT test_official_name IF EXISTS', {}, { database });
    }
  });

  it('commits accepted items only, merges matched nodes, says so twice with 409, and retracts back to the same graph', async () => {
    const before = await fingerprint();
    const res = await commit(draft());
    expect(res.status).toBe(201);
    const committed = commitResponseSchema.parse(res.body);
    // New: the official and the hostile-looking (but accepted) organisation; merged: PM, Gunma, tourism.
    expect(committed).toMatchObject({ articleId: ARTICLE_ID, created: { nodes: 2, relationships: 3 }, merged: { nodes: 3 }, renamed: {} });
    expect(committed.bookmarks.length).toBeGreaterThan(0);

    const tanaka = nodeDetailsSchema.parse((await getJson(api.baseUrl, '/api/nodes/tanaka-hiroshi')).body);
    expect(tanaka.relationships.map((r) => [r.type, r.direction, r.other.id]).sort()).toEqual([
      ['MET_WITH', 'in', 'pham-minh-chinh'],
      ['REPRESENTS', 'out', 'gunma'],
    ]);
    expect(tanaka.relationships.every((r) => r.properties.evidence === MEETING && r.properties.source === ARTICLE_ID)).toBe(true);
    const pm = nodeDetailsSchema.parse((await getJson(api.baseUrl, '/api/nodes/pham-minh-chinh?limit=500')).body);
    expect(pm.node.properties.sources).toContain(ARTICLE_ID);
    expect(pm.node.properties.aliases).toContain('le Premier ministre Phạm Minh Chính');
    const request = pm.relationships.find((r) => r.type === 'REQUESTED_COOPERATION_IN' && r.properties.source === ARTICLE_ID);
    // askedOf re-pointed and the rejected node dropped from it; the rejected facts are not there.
    expect(request?.properties.askedOf).toEqual(['tanaka-hiroshi']);
    expect((await getJson(api.baseUrl, '/api/nodes/img-src-x')).status).toBe(404);
    // Article text and names are data: stored and served as the exact strings, never run.
    const article = articleSchema.parse((await getJson(api.baseUrl, `/api/articles/${ARTICLE_ID}`)).body);
    expect(article).toMatchObject({ text: TEXT, url: 'https://example.org/pm-gunma', outlet: 'Test agency', addedAt: expect.any(String) });
    const hostile = nodeDetailsSchema.parse((await getJson(api.baseUrl, '/api/nodes/match-n-detach-delete-n')).body);
    expect(hostile.node.name).toBe('MATCH (n) DETACH DELETE n');
    expect(hostile.node.properties.note).toBe('$x }) SET n.hacked = true');
    expect((await getJson(api.baseUrl, '/api/nodes/pham-minh-chinh')).status).toBe(200);

    // The degree the overview ranks by follows the commit (Gunma and the PM gained relationships).
    expect(await staleDegrees(api.driver, testNeo4j().database)).toEqual([]);

    // Twice: the same id, the same text under another id, the same URL under another id.
    const afterCommit = await fingerprint();
    const sameText = draft();
    sameText.articles[0]!.id = 'another-id-for-the-same-text';
    sameText.articles[0]!.url = undefined;
    const sameUrl = draft();
    sameUrl.articles[0]!.id = 'another-id-same-url';
    sameUrl.articles[0]!.text = `${TEXT}\nUne ligne de plus.`;
    for (const again of [draft(), sameText, sameUrl]) {
      const dup = await commit(again);
      expect(dup.status).toBe(409);
      expect(dup.body.error).toMatchObject({ code: 'ALREADY_INGESTED', details: { existingId: ARTICLE_ID } });
    }
    expect(await fingerprint()).toBe(afterCommit);

    const retract = await requestJson(api.baseUrl, 'DELETE', `/api/articles/${ARTICLE_ID}`, { headers: editorHeaders() });
    expect(retract.status).toBe(200);
    expect(retractResponseSchema.parse(retract.body)).toEqual({
      articleId: ARTICLE_ID,
      removed: { relationships: 3, nodes: 2, mentions: 5 },
    });
    expect(await fingerprint()).toBe(before);
    expect(await staleDegrees(api.driver, testNeo4j().database)).toEqual([]);
    expect((await requestJson(api.baseUrl, 'DELETE', `/api/articles/${ARTICLE_ID}`, { headers: editorHeaders() })).status).toBe(404);
  });

  it('gives a new node whose id is taken another id instead of merging it silently', async () => {
    const before = await fingerprint();
    const taken = draft();
    // A different person whose slug happens to be an existing node's id.
    taken.nodes[0]!.id = 'yamamoto-ichita';
    const swap = (id: string) => (id === 'tanaka-hiroshi' ? 'yamamoto-ichita' : id);
    for (const r of taken.relationships) {
      r.from = swap(r.from);
      r.to = swap(r.to);
      if (Array.isArray(r.properties.askedOf)) r.properties.askedOf = r.properties.askedOf.map((id) => swap(String(id)));
    }
    const res = await commit(taken);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const renamed = commitResponseSchema.parse(res.body).renamed['yamamoto-ichita'];
    expect(renamed).toMatch(/^yamamoto-ichita-[0-9a-f]{6}$/);
    expect((await getJson(api.baseUrl, `/api/nodes/${renamed}`)).body.node.name).toBe('Tanaka Hiroshi');
    expect((await getJson(api.baseUrl, '/api/nodes/yamamoto-ichita')).body.node.name).toBe('Yamamoto Ichita');
    await requestJson(api.baseUrl, 'DELETE', `/api/articles/${ARTICLE_ID}`, { headers: editorHeaders() });
    expect(await fingerprint()).toBe(before);
  });

  it('answers two concurrent commits of the same article with one 201 and one 409', async () => {
    const before = await fingerprint();
    const results = await Promise.all([commit(draft()), commit(draft())]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    await requestJson(api.baseUrl, 'DELETE', `/api/articles/${ARTICLE_ID}`, { headers: editorHeaders() });
    expect(await fingerprint()).toBe(before);
  });

  it('retracts a seed article too, and a missing article is a 404', async () => {
    const missing = await requestJson(api.baseUrl, 'DELETE', '/api/articles/no-such-article', { headers: editorHeaders() });
    expect(missing.status).toBe(404);
    const res = await requestJson(api.baseUrl, 'DELETE', '/api/articles/kyushu-economic-federation-hanoi-visit', {
      headers: editorHeaders(),
    });
    expect(res.status).toBe(200);
    expect(res.body.removed.relationships).toBeGreaterThan(10);
    // Kyushu's federation appears only in that article: it goes; Phạm Minh Chính stays (the other article).
    expect((await getJson(api.baseUrl, '/api/nodes/pham-minh-chinh')).status).toBe(200);
    const { records } = await api.driver.executeQuery(
      "MATCH ()-[r]->() WHERE r.source = 'kyushu-economic-federation-hanoi-visit' RETURN count(r) AS n",
      {},
      { database: testNeo4j().database },
    );
    expect(records[0]!.get('n').toNumber()).toBe(0);
  });
});
