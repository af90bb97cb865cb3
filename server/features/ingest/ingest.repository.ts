// The write path: commit a reviewed draft, retract an article. Each is one Neo4j transaction
// (executeWrite), so a failure anywhere leaves the graph as it was; every check that decides
// what to write (duplicate article, unknown ids, id clashes, the dataset's own validation)
// runs inside that transaction, against the graph as it is at that moment.
import { Neo4jError, type Driver, type Integer, type ManagedTransaction, type Node } from 'neo4j-driver';
import type { SeedNode } from '../../../contract/dataset.ts';
import type { CommitResponse, Draft, RetractResponse } from '../../../contract/ingest.ts';
import { NODE_LABELS, REL_TYPES, type NodeLabel } from '../../../contract/model.ts';
import { buildLuceneQuery } from '../../../db/lucene.ts';
import { cypher } from '../../../db/queries.ts';
import { cypherParams, readQuery } from '../../../db/read.ts';
import type { KnownEntity } from '../../../ingest/resolve/index.ts';
import { entityProperties, nodeId, primaryLabel, toNodeSummary } from '../../db/records.ts';
import { applyReview } from '../../../seed/apply-review.ts';
import { relationshipRow } from '../../../seed/load.ts';
import { textHash } from '../../../ingest/extract/article.ts';
import { DatasetValidationError, validateDataset } from '../../../seed/dataset.ts';
import { AppError, notFound } from '../../http/app-error.ts';

const run = async <T>(tx: ManagedTransaction, text: string, params: Record<string, unknown>, field: string): Promise<T> => {
  const { records } = await tx.run(text, cypherParams(params));
  return records[0]?.get(field) as T;
};
const count = async (tx: ManagedTransaction, text: string, params: Record<string, unknown>) =>
  (await run<Integer | undefined>(tx, text, params, 'count'))?.toNumber() ?? 0;

/** entity-degrees takes its ids sorted: concurrent writers then lock shared nodes in one order. */
const sortedUnique = (ids: string[]) => [...new Set(ids)].sort();

/** Full-text hits kept per name looked up: enough for namesakes, few enough to stay quick. */
const CANDIDATES_PER_TERM = 5;

/**
 * How long a commit or retract is retried after a deadlock. Concurrent writes that touch the same
 * seed nodes (a hub such as Kyushu) deadlock now and then under load; the driver's own retry
 * budget is kept short so that reads fail fast while Neo4j is down, too short for these.
 */
const DEADLOCK_RETRY_MS = 20_000;

/** executeWrite in a session of its own, tried again after a deadlock until DEADLOCK_RETRY_MS; resolves with the session's bookmarks. */
async function writeRetryingDeadlocks<T>(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<{ result: T; bookmarks: string[] }> {
  const deadline = Date.now() + DEADLOCK_RETRY_MS;
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({ database });
    try {
      const result = await session.executeWrite(work);
      return { result, bookmarks: [...session.lastBookmarks()] };
    } catch (err) {
      if (!(err instanceof Neo4jError && err.code === 'Neo.TransientError.Transaction.DeadlockDetected') || Date.now() > deadline)
        throw err;
    } finally {
      await session.close();
    }
    // Jittered, growing back-off so the transactions that deadlocked do not meet again at once.
    await new Promise((r) => setTimeout(r, Math.random() * Math.min(1_000, 50 * 2 ** attempt)));
  }
}

const mentionRow = (n: SeedNode) => ({
  id: n.id,
  aliases: n.aliases,
  sources: n.mentions.map((m) => m.source),
  evidence: n.mentions.map((m) => m.evidence),
});

export class IngestRepository {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  async commit(draft: Draft, now = new Date()): Promise<CommitResponse> {
    const article = draft.articles[0]!;
    const hash = textHash(article.text);
    const { result, bookmarks } = await writeRetryingDeadlocks(this.driver, this.database, async (tx) => {
      const duplicate = await run<string | undefined>(
        tx,
        cypher('ingest-find-article'),
        { id: article.id, textHash: hash, url: article.url ?? null },
        'id',
      );
      if (duplicate)
        throw new AppError(
          409,
          'ALREADY_INGESTED',
          `This article is already in the graph as "${duplicate}" (same id, text or URL); nothing was written`,
          { existingId: duplicate },
        );

      const reviewed = applyReview(draft);
      const draftIds = new Set(reviewed.newNodes.map((n) => n.id));
      const referenced = new Set([
        ...reviewed.existingIds,
        ...reviewed.dataset.relationships.flatMap((r) => [r.from, r.to, ...askedOf(r.properties)]),
      ]);
      const existing = await this.existingIds(tx, [...referenced, ...draftIds]);
      const unknownMatches = [...reviewed.existingIds].filter((id) => !existing.has(id));
      if (unknownMatches.length)
        throw new AppError(
          400,
          'INVALID_DRAFT',
          `Matched node${unknownMatches.length > 1 ? 's' : ''} not in the graph: ${unknownMatches.join(', ')}`,
        );

      // A new node whose slug another node already has gets a suffix of this article's hash.
      const renamed: Record<string, string> = {};
      for (const id of draftIds) {
        if (!existing.has(id)) continue;
        let next = `${id}-${hash.slice(0, 6)}`;
        for (let i = 2; existing.has(next) || draftIds.has(next); i++) next = `${id}-${hash.slice(0, 6)}-${i}`;
        renamed[id] = next;
      }
      const rename = (id: string) => renamed[id] ?? id;
      const newNodes = reviewed.newNodes.map((n) => ({ ...n, id: rename(n.id) }));
      const input = {
        articles: reviewed.dataset.articles,
        nodes: [...newNodes, ...reviewed.mergedNodes],
        relationships: reviewed.dataset.relationships.map((r) => ({
          ...r,
          from: rename(r.from),
          to: rename(r.to),
          properties: Array.isArray(r.properties.askedOf) ? { ...r.properties, askedOf: askedOf(r.properties).map(rename) } : r.properties,
        })),
      };
      let dataset;
      try {
        dataset = validateDataset(input, { knownIds: existing });
      } catch (err) {
        if (err instanceof DatasetValidationError) throw new AppError(400, 'INVALID_DRAFT', err.message, { problems: err.problems });
        throw err;
      }

      const { published, ...meta } = article;
      await tx.run(cypher('ingest-create-article'), {
        article: {
          ...meta,
          dateText: published.dateText,
          date: published.date,
          inferredDate: published.inferredDate ?? null,
          inference: published.inference ?? null,
          textHash: hash,
          addedAt: now.toISOString(),
        },
      });
      for (const label of NODE_LABELS) {
        const rows = newNodes.filter((n) => n.label === label).map((n) => ({ ...mentionRow(n), name: n.name, properties: n.properties }));
        if (rows.length) await count(tx, cypher('ingest-create-nodes', { label }), { rows });
      }
      const mergedRows = reviewed.mergedNodes.map(mentionRow);
      if (mergedRows.length) {
        const { records } = await tx.run(cypher('ingest-merge-mentions'), { rows: mergedRows });
        if (records.length !== mergedRows.length)
          throw new Error(`Only ${records.length} of ${mergedRows.length} matched nodes were found`);
        // Kept on the article as JSON (a property cannot hold a map) for retract to undo.
        const added = records
          .map((r) => ({ id: r.get('id') as string, aliases: r.get('added') as string[] }))
          .filter((e) => e.aliases.length);
        await tx.run(cypher('ingest-article-aliases'), { id: article.id, addedAliases: JSON.stringify(added) });
      }
      let relationships = 0;
      for (const type of REL_TYPES) {
        const rows = dataset.relationships.filter((r) => r.type === type).map(relationshipRow);
        if (!rows.length) continue;
        const merged = await count(tx, cypher('seed-merge-relationships', { type }), { rows });
        if (merged !== rows.length) throw new Error(`Only ${merged} of ${rows.length} ${type} relationships found both ends`);
        relationships += merged;
      }
      const touched = [...newNodes, ...reviewed.mergedNodes].map((n) => n.id).concat(dataset.relationships.flatMap((r) => [r.from, r.to]));
      await tx.run(cypher('entity-degrees'), { ids: sortedUnique(touched) });
      return {
        articleId: article.id,
        created: { nodes: newNodes.length, relationships },
        merged: { nodes: reviewed.mergedNodes.length },
        renamed,
      };
    });
    return { ...result, bookmarks };
  }

  async retract(articleId: string): Promise<RetractResponse> {
    const { result } = await writeRetryingDeadlocks(this.driver, this.database, async (tx) => {
      const { records } = await tx.run(cypher('article-by-id'), { id: articleId });
      if (!records.length) throw notFound(`No article with id "${articleId}"`);
      let relationships = 0;
      const ends: string[] = [];
      for (const type of REL_TYPES) {
        const { records: deleted } = await tx.run(cypher('retract-relationships', { type }), { id: articleId });
        relationships += (deleted[0]!.get('count') as Integer).toNumber();
        ends.push(...(deleted[0]!.get('ends') as string[]));
      }
      const addedAliases = JSON.parse((records[0]!.get('article') as Node).properties.addedAliases ?? '[]') as {
        id: string;
        aliases: string[];
      }[];
      const mentions = (await tx.run(cypher('retract-mentions'), { id: articleId, addedAliases })).records[0]!;
      const nodes = await count(tx, cypher('retract-orphans'), { ids: mentions.get('ids') });
      await tx.run(cypher('retract-article'), { id: articleId });
      await tx.run(cypher('entity-degrees'), { ids: sortedUnique([...ends, ...(mentions.get('ids') as string[])]) });
      return { articleId, removed: { relationships, nodes, mentions: (mentions.get('mentions') as Integer).toNumber() } };
    });
    return result;
  }

  /** The entities already in the graph that a draft's nodes may be (see ingest-candidates.cypher). */
  async candidates(ids: string[], terms: string[]): Promise<KnownEntity[]> {
    const queries = [...new Set(terms.map(buildLuceneQuery).filter((q): q is string => q !== null))];
    const { records } = await readQuery<{ node: Node }>({ driver: this.driver, database: this.database }, 'ingest-candidates', {
      ids,
      queries,
      perQuery: CANDIDATES_PER_TERM,
    });
    return records.map((r) => {
      const node = r.get('node');
      const { id: _id, name: _name, aliases, sources: _sources, evidence: _evidence, ...properties } = entityProperties(node);
      return {
        id: nodeId(node),
        label: primaryLabel(node) as NodeLabel,
        name: toNodeSummary(node).name,
        aliases: Array.isArray(aliases) ? aliases.map(String) : [],
        properties,
      };
    });
  }

  private async existingIds(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
    const { records } = await tx.run(cypher('entities-exist'), { ids });
    return new Set(records.map((r) => r.get('id') as string));
  }
}

function askedOf(properties: Record<string, unknown>): string[] {
  const list = properties.askedOf;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}
