// Two minutes of mixed traffic over loopback on the real Neo4j: readers ask for the graph,
// searches, node details (seed nodes and nodes just committed) and paths while writers commit
// distinct generated articles and retract some of them. Afterwards every kept article is in the
// graph exactly as its 201 said (new nodes, facts, mentions of seed nodes), every retracted one
// is gone, no request got a 5xx, and retracting the rest gives back the seed graph. Slow by
// design (~2.5 minutes), so it has a file of its own to run alone; it prints its throughput.
import { describe, expect, it } from 'vitest';
import { commitResponseSchema, retractResponseSchema, type CommitResponse } from '../../contract/ingest.ts';
import { editorHeaders, requestJson, useSeededApiApp, type JsonResponse } from '../support/api-app.ts';
import {
  articleInGraph,
  generatedDraft,
  NOTHING_OF_IT,
  SEED_MATCHES,
  wholeArticle,
  type GeneratedDraft,
} from '../support/generated-draft.ts';
import { graphFingerprint, staleDegrees } from '../support/graph-fingerprint.ts';
import { testNeo4j } from '../support/neo4j-context.ts';

const SOAK_MS = 120_000;
const READERS = 4;
const WRITERS = 2;
/** A bound on the writes, should the machine be fast: each writer stops after this many commits. */
const MAX_COMMITS_PER_WRITER = 500;
/** Every RETRACT_EVERY-th commit of a writer is retracted right after its 201. */
const RETRACT_EVERY = 4;

const SEED_IDS = ['kyushu', 'pham-minh-chinh', 'kuratomi-sumio', 'quang-ninh', 'semiconductors', 'gunma'];
const SEARCHES = ['kyushu', 'pham minh', 'quang ninh', 'semi', 'entite soak', 'fukuoka'];

interface Committed {
  generated: GeneratedDraft;
  said: CommitResponse;
}

describe('a two-minute soak of mixed reads, commits and retracts', () => {
  const api = useSeededApiApp();
  const database = testNeo4j().database;

  it(
    'loses nothing, answers no 5xx, and says how fast it went',
    async () => {
      const before = await graphFingerprint(api.driver, database);
      const kept: Committed[] = [];
      const retracted: Committed[] = [];
      const counts = new Map<string, number>();
      const unexpected: string[] = [];
      const deadline = Date.now() + SOAK_MS;

      const call = async (kind: string, method: string, path: string, expected: number, body?: unknown): Promise<JsonResponse> => {
        const res = await requestJson(api.baseUrl, method, path, { body, headers: method === 'GET' ? {} : editorHeaders() });
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        if (res.status !== expected)
          unexpected.push(`${method} ${path.slice(0, 80)} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        return res;
      };
      const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

      const reader = async (r: number) => {
        for (let i = r; Date.now() < deadline; i++) {
          // Nodes of articles that stay (never the ones about to be retracted, which may 404 by then).
          const fresh = kept.length ? pick(kept, i * 7).generated.newNodeIds : [];
          switch (i % 5) {
            case 0:
              await call('graph', 'GET', '/api/graph?limit=300', 200);
              break;
            case 1:
              await call('search', 'GET', `/api/search?q=${encodeURIComponent(pick(SEARCHES, i))}`, 200);
              break;
            case 2:
              await call('node', 'GET', `/api/nodes/${fresh.length ? pick(fresh, i) : pick(SEED_IDS, i)}`, 200);
              break;
            case 3:
              await call('node', 'GET', `/api/nodes/${pick(SEED_IDS, i)}/neighbors?depth=2`, 200);
              break;
            default:
              // A generated article's first two nodes are joined by one of its facts.
              await call(
                'paths',
                'GET',
                fresh.length ? `/api/paths?from=${fresh[0]}&to=${fresh[1]}` : '/api/paths?from=kuratomi-sumio&to=kyushu',
                200,
              );
          }
        }
      };

      const writer = async (w: number) => {
        for (let i = 0; i < MAX_COMMITS_PER_WRITER && Date.now() < deadline; i++) {
          // Sizes and seed matches vary; every article has its own key, hence its own id, text and URL.
          const generated = generatedDraft(`soak-${w}-${i}`, {
            nodes: 5 + (i % 20),
            relationships: 10 + 2 * (i % 20) + (i % 7),
            matched: i % (SEED_MATCHES.length + 1),
          });
          const res = await call('commit', 'POST', '/api/ingest/commit', 201, generated.draft);
          if (res.status !== 201) continue;
          const committed = { generated, said: commitResponseSchema.parse(res.body) };
          if (i % RETRACT_EVERY === RETRACT_EVERY - 1) {
            const gone = await call('retract', 'DELETE', `/api/articles/${generated.articleId}`, 200);
            if (gone.status !== 200) continue;
            const { removed } = retractResponseSchema.parse(gone.body);
            if (removed.nodes !== committed.said.created.nodes || removed.relationships !== committed.said.created.relationships) {
              unexpected.push(
                `retracting ${generated.articleId} removed ${JSON.stringify(removed)}, its commit created ${JSON.stringify(committed.said.created)}`,
              );
            }
            retracted.push(committed);
          } else kept.push(committed);
        }
      };

      const started = Date.now();
      await Promise.all([...Array.from({ length: READERS }, (_, r) => reader(r)), ...Array.from({ length: WRITERS }, (_, w) => writer(w))]);
      const seconds = (Date.now() - started) / 1000;
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      console.log(
        `soak: ${seconds.toFixed(0)} s, ${total} requests (${(total / seconds).toFixed(1)}/s): ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}; ` +
          `${kept.length} articles kept, ${retracted.length} retracted; ${unexpected.length} unexpected answers`,
      );
      expect(unexpected).toEqual([]);
      expect(kept.length).toBeGreaterThan(10);
      expect(retracted.length).toBeGreaterThan(2);

      // What each 201 said it wrote is what the graph holds, and what the draft held.
      for (const { generated, said } of kept) {
        expect(said).toMatchObject({
          articleId: generated.articleId,
          created: { nodes: generated.newNodeIds.length, relationships: generated.relationships },
          merged: { nodes: generated.matchedIds.length },
          renamed: {},
        });
        expect(await articleInGraph(api.driver, database, generated), generated.articleId).toEqual(wholeArticle(generated));
      }
      for (const { generated } of retracted)
        expect(await articleInGraph(api.driver, database, generated), generated.articleId).toEqual(NOTHING_OF_IT);
      expect(await staleDegrees(api.driver, database)).toEqual([]);

      for (const { generated } of kept)
        expect(
          (await requestJson(api.baseUrl, 'DELETE', `/api/articles/${generated.articleId}`, { headers: editorHeaders() })).status,
        ).toBe(200);
      expect(await graphFingerprint(api.driver, database)).toBe(before);
    },
    SOAK_MS + 180_000,
  );
});
