// Reviewed drafts made up for write-path fault and soak tests: one article whose text holds a
// sentence per new node, new nodes of every label, facts of every type between them, and a few
// nodes matched to seed entities (so a commit also adds mentions to existing nodes). Distinct
// keys give distinct articles (id, text and URL), so any number of them can be committed.
import type { Driver } from 'neo4j-driver';
import type { Draft } from '../../contract/ingest.ts';
import { NODE_LABELS, REL_TYPES } from '../../contract/model.ts';

/** Seed entities a generated draft may merge into (present in seed/graph.json). */
export const SEED_MATCHES = [
  { id: 'kyushu', label: 'Region' },
  { id: 'pham-minh-chinh', label: 'Official' },
  { id: 'semiconductors', label: 'Sector' },
] as const;

export interface GeneratedDraft {
  draft: Draft;
  articleId: string;
  newNodeIds: string[];
  matchedIds: string[];
  relationships: number;
}

const review = { status: 'accepted' as const, confidence: 0.9, spans: [] };

/**
 * A draft of `nodes` new nodes and `relationships` facts (at most nodes × (nodes − 1)), the first
 * `matched` of SEED_MATCHES merged. `key` must be a kebab-case slug.
 */
/**
 * Facts of every type, but most of them of the first and the last type the commit writes, so
 * those two statements run long enough to be caught in flight even with warm plans (the kill
 * test waits for them; with an even spread it once missed the last one under load).
 */
function typeOf(r: number, total: number): (typeof REL_TYPES)[number] {
  if (r < total * 0.45) return REL_TYPES[0];
  if (r >= total * 0.55) return REL_TYPES.at(-1)!;
  return REL_TYPES[r % REL_TYPES.length]!;
}

export function generatedDraft(key: string, size: { nodes: number; relationships: number; matched?: number }): GeneratedDraft {
  const articleId = `generated-${key}`;
  const sentence = (i: number) => `Phrase ${i} de l'article généré ${key} : la personne ${key}-${i} rencontre une délégation.`;
  const newNodeIds = Array.from({ length: size.nodes }, (_, i) => `${key}-n${i}`);
  const matchedIds = SEED_MATCHES.slice(0, size.matched ?? 0);
  const draftIds = [...newNodeIds, ...matchedIds.map((m) => `${key}-${m.id}`)];
  // One sentence per draft node: its mention, and the evidence of the facts it is the start of.
  const sentences = draftIds.map((_, i) => sentence(i));
  const nodes: Draft['nodes'] = [
    ...newNodeIds.map((id, i) => ({
      id,
      label: NODE_LABELS[i % NODE_LABELS.length]!,
      name: `Entité ${key} ${i}`,
      aliases: [`entite ${key} ${i}`],
      properties: { rank: i },
      mentions: [{ source: articleId, evidence: sentences[i]! }],
      review: { ...review, match: null, candidates: [] },
    })),
    ...matchedIds.map(({ id: existingId, label }, i) => ({
      id: `${key}-${existingId}`,
      label,
      name: existingId,
      aliases: [`${existingId} ${key}`],
      properties: {},
      mentions: [{ source: articleId, evidence: sentences[size.nodes + i]! }],
      review: { ...review, match: { existingId, reason: 'generated', score: 1 }, candidates: [] },
    })),
  ];
  // Pairs (a, a + 1 + k) mod n for k = 0, 1, …: distinct pairs, never a node with itself.
  const count = draftIds.length;
  if (size.relationships > count * (count - 1))
    throw new Error(`generatedDraft: at most ${count * (count - 1)} relationships between ${count} nodes`);
  const relationships: Draft['relationships'] = Array.from({ length: size.relationships }, (_, r) => {
    const a = r % count;
    const b = (a + 1 + Math.floor(r / count)) % count;
    return {
      type: typeOf(r, size.relationships),
      from: draftIds[a]!,
      to: draftIds[b]!,
      properties: {},
      source: articleId,
      evidence: sentences[a]!,
      review,
    };
  });
  return {
    articleId,
    newNodeIds,
    matchedIds: matchedIds.map((m) => m.id),
    relationships: size.relationships,
    draft: {
      articles: [
        {
          id: articleId,
          title: `Article généré ${key}`,
          titleSource: 'editorial',
          language: 'fr',
          published: { dateText: '1 janvier', date: null, yearStated: false },
          url: `https://example.org/generated/${key}`,
          text: sentences.join('\n'),
        },
      ],
      nodes,
      relationships,
    },
  };
}

export interface ArticleInGraph {
  article: boolean;
  /** New nodes of the draft that are in the graph. */
  newNodes: number;
  /** Seed nodes that list the article among their sources. */
  mentionedIn: number;
  relationships: number;
}

/** What the graph holds of a generated article, read straight from Neo4j. */
export async function articleInGraph(driver: Driver, database: string, generated: GeneratedDraft): Promise<ArticleInGraph> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (a:Article {id: $id})
     CALL (a) { MATCH (n:Entity) WHERE n.id IN $newIds RETURN count(n) AS newNodes }
     CALL (a) { MATCH (n:Entity) WHERE n.id IN $matchedIds AND $id IN n.sources RETURN count(n) AS mentionedIn }
     CALL (a) { MATCH ()-[r]->() WHERE r.source = $id RETURN count(r) AS relationships }
     RETURN a IS NOT NULL AS article, newNodes, mentionedIn, relationships`,
    { id: generated.articleId, newIds: generated.newNodeIds, matchedIds: generated.matchedIds },
    { database },
  );
  const r = records[0]!;
  return {
    article: r.get('article') as boolean,
    newNodes: r.get('newNodes').toNumber(),
    mentionedIn: r.get('mentionedIn').toNumber(),
    relationships: r.get('relationships').toNumber(),
  };
}

/** What articleInGraph reads for a generated article that was committed whole. */
export const wholeArticle = (g: GeneratedDraft): ArticleInGraph => ({
  article: true,
  newNodes: g.newNodeIds.length,
  mentionedIn: g.matchedIds.length,
  relationships: g.relationships,
});

/** What articleInGraph reads when nothing of it was written. */
export const NOTHING_OF_IT: ArticleInGraph = { article: false, newNodes: 0, mentionedIn: 0, relationships: 0 };
