// Five commits of the same article at once, over HTTP on the real Neo4j: exactly one is written
// (201) and the other four are refused with 409, whether they carry the same id or the same text
// or URL under ids of their own; the graph then holds the article once, with each fact and each
// mention once, and retracting it gives back the graph there was. Retracts and commits at once of
// articles that mention the same seed nodes all succeed, and no mention is lost or left behind.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../contract/ingest.ts';
import { editorHeaders, requestJson, useSeededApiApp } from '../support/api-app.ts';
import { articleInGraph, generatedDraft, NOTHING_OF_IT, wholeArticle, type GeneratedDraft } from '../support/generated-draft.ts';
import { graphFingerprint, staleDegrees } from '../support/graph-fingerprint.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const CONCURRENT = 5;
const ROUNDS = 6;

/** The same article under another id, a duplicate by its text alone or by its URL alone (a line added to the text). */
function underId(generated: GeneratedDraft, id: string, by: 'text' | 'url'): Draft {
  const { draft } = generated;
  const original = draft.articles[0]!;
  const article = by === 'text' ? { ...original, id, url: undefined } : { ...original, id, text: `${original.text}\nCopie ${id}.` };
  const resource = (source: string) => (source === generated.articleId ? id : source);
  return {
    articles: [article],
    nodes: draft.nodes.map((n) => ({ ...n, mentions: n.mentions.map((m) => ({ ...m, source: resource(m.source) })) })),
    relationships: draft.relationships.map((r) => ({ ...r, source: resource(r.source) })),
  };
}

describe(`${CONCURRENT} concurrent commits of one article`, () => {
  const api = useSeededApiApp();
  const database = testNeo4j().database;
  const commit = (body: unknown) => requestJson(api.baseUrl, 'POST', '/api/ingest/commit', { body, headers: editorHeaders() });

  const cases: [string, { nodes: number; relationships: number; matched: number }, (g: GeneratedDraft, i: number) => Draft][] = [
    ['with the same id', { nodes: 40, relationships: 120, matched: 3 }, (g) => g.draft],
    [
      'with the same text under different ids',
      { nodes: 40, relationships: 120, matched: 3 },
      (g, i) => (i === 0 ? g.draft : underId(g, `${g.articleId}-copy-${i}`, 'text')),
    ],
    // No new node whose id could clash: only the article itself can tell the copies apart.
    [
      'with the same text, different ids and only seed nodes',
      { nodes: 0, relationships: 6, matched: 3 },
      (g, i) => (i === 0 ? g.draft : underId(g, `${g.articleId}-copy-${i}`, 'text')),
    ],
    [
      'with the same URL, different ids and texts, and only seed nodes',
      { nodes: 0, relationships: 6, matched: 3 },
      (g, i) => (i === 0 ? g.draft : underId(g, `${g.articleId}-copy-${i}`, 'url')),
    ],
  ];

  for (const [name, size, variant] of cases) {
    it(`writes it once and refuses the other ${CONCURRENT - 1} with 409 ${name} (${ROUNDS} rounds)`, async () => {
      const before = await graphFingerprint(api.driver, database);
      for (let round = 0; round < ROUNDS; round++) {
        const generated = generatedDraft(`concurrent-${cases.findIndex(([n]) => n === name)}-${round}`, size);
        const drafts = Array.from({ length: CONCURRENT }, (_, i) => variant(generated, i));
        const answers = await Promise.all(drafts.map((d) => commit(d)));
        const statuses = answers.map((a) => a.status).sort();
        expect(statuses, JSON.stringify(answers.map((a) => a.body))).toEqual([201, ...Array<number>(CONCURRENT - 1).fill(409)]);
        for (const refused of answers.filter((a) => a.status === 409))
          expect(['ALREADY_INGESTED', 'CONFLICT']).toContain(refused.body.error.code);

        const winner = answers.find((a) => a.status === 201)!.body.articleId as string;
        const written = winner === generated.articleId ? generated : { ...generated, articleId: winner };
        expect(await articleInGraph(api.driver, database, written)).toEqual(wholeArticle(generated));
        const { records } = await api.driver.executeQuery(
          'MATCH (a:Article) WHERE a.title = $title WITH count(a) AS articles MATCH (n:Entity) WHERE n.id IN $matched RETURN articles, [x IN collect(n.sources) | size([s IN x WHERE s STARTS WITH $prefix])] AS mentions',
          { title: generated.draft.articles[0]!.title, matched: generated.matchedIds, prefix: generated.articleId },
          { database },
        );
        expect(records[0]!.get('articles').toNumber()).toBe(1);
        expect((records[0]!.get('mentions') as { toNumber(): number }[]).map((m) => m.toNumber())).toEqual(
          generated.matchedIds.map(() => 1),
        );
        expect((await requestJson(api.baseUrl, 'DELETE', `/api/articles/${winner}`, { headers: editorHeaders() })).status).toBe(200);
      }
      expect(await graphFingerprint(api.driver, database)).toBe(before);
    }, 120_000);
  }

  it(`retracts ${CONCURRENT} articles while committing ${CONCURRENT} others, all mentioning the same seed nodes, and loses no mention (${ROUNDS} rounds)`, async () => {
    const before = await graphFingerprint(api.driver, database);
    const article = (round: number, i: number) => generatedDraft(`retract-${round}-${i}`, { nodes: 3, relationships: 12, matched: 3 });
    const retract = (id: string) => requestJson(api.baseUrl, 'DELETE', `/api/articles/${id}`, { headers: editorHeaders() });
    let standing = Array.from({ length: CONCURRENT }, (_, i) => article(0, i));
    for (const g of standing) expect((await commit(g.draft)).status).toBe(201);
    for (let round = 1; round <= ROUNDS; round++) {
      const coming = Array.from({ length: CONCURRENT }, (_, i) => article(round, i));
      const answers = await Promise.all([...standing.map((g) => retract(g.articleId)), ...coming.map((g) => commit(g.draft))]);
      expect(
        answers.map((a) => a.status),
        JSON.stringify(answers.filter((a) => a.status >= 300).map((a) => a.body)),
      ).toEqual([...standing.map(() => 200), ...coming.map(() => 201)]);
      for (const g of standing) expect(await articleInGraph(api.driver, database, g)).toEqual(NOTHING_OF_IT);
      for (const g of coming) expect(await articleInGraph(api.driver, database, g)).toEqual(wholeArticle(g));
      // Writers racing on the same seed nodes each counted the others' relationships into the stored degree.
      expect(await staleDegrees(api.driver, database)).toEqual([]);
      standing = coming;
    }
    for (const g of standing) expect((await retract(g.articleId)).status).toBe(200);
    // Each seed node's sources and evidence (parallel lists) and aliases are back to what they were.
    expect(await graphFingerprint(api.driver, database)).toBe(before);
  }, 120_000);
});
