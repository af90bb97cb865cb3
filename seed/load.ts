// Loads a validated dataset into Neo4j with UNWIND batches of MERGE, so a re-run leaves the same
// graph. `atomic` (the default, used for the seed) runs every batch in one transaction: a
// failure anywhere leaves the database as it was. For very large loads, `atomic: false` commits
// batch by batch; each batch is still all-or-nothing and idempotent, so a re-run completes it.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/queries.ts';
import { textHash } from '../ingest/extract/article.ts';
import type { Dataset, RelationshipWithId } from './dataset.ts';
import type { SeedNode } from '../contract/dataset.ts';
import { datasetSource, type DatasetSource } from './seed-stream.ts';
import { NODE_LABELS, REL_TYPES } from '../contract/model.ts';

export interface LoadOptions {
  database: string;
  batchSize?: number;
  atomic?: boolean;
  onProgress?: (p: LoadProgress) => void;
}

export interface LoadProgress {
  phase: 'articles' | 'nodes' | 'relationships' | 'degrees';
  done: number;
  total: number;
}

export interface LoadSummary {
  articles: number;
  nodes: number;
  relationships: number;
}

/** Articles carry their whole text (a few KB each), so they go in smaller batches than entities. */
const ARTICLE_BATCH_SIZE = 500;

interface Batch {
  phase: LoadProgress['phase'];
  query: string;
  /** Entries to write; node ids in the degrees phase. */
  rows: unknown[];
}

/** An article's node properties, as both this loader and the bulk import (import-csv.ts) write them. */
export const articleProperties = ({ published, ...a }: Dataset['articles'][number]) => ({
  ...a,
  textHash: textHash(a.text),
  dateText: published.dateText,
  date: published.date,
  inferredDate: published.inferredDate ?? null,
  inference: published.inference ?? null,
});

const nodeRow = (n: SeedNode) => ({
  id: n.id,
  name: n.name,
  aliases: n.aliases,
  properties: n.properties,
  sources: n.mentions.map((m) => m.source),
  evidence: n.mentions.map((m) => m.evidence),
});
/** A row of seed-merge-relationships.cypher, which the loader, a commit and the naive benchmark row run. */
export const relationshipRow = (r: RelationshipWithId) => ({
  id: r.id,
  from: r.from,
  to: r.to,
  properties: r.properties,
  source: r.source,
  evidence: r.evidence,
});

/** `items` grouped by `keyOf`, groups in `order`'s order (so batches run in the model's label and type order). */
function groupBy<T, K extends string>(items: T[], keyOf: (item: T) => K, order: readonly K[]): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return order.filter((k) => groups.has(k)).map((k) => [k, groups.get(k)!]);
}

/**
 * The batches, planned as the source streams: up to `batchSize` nodes (then relationships) read,
 * split by label (type), one statement each. A streamed folder never holds more than one
 * batch; from memory this is the same Cypher on the same rows as grouping the whole by type,
 * only the batch boundaries differ.
 */
async function* planBatches(source: DatasetSource, batchSize: number): AsyncGenerator<Batch> {
  let articles: Record<string, unknown>[] = [];
  for await (const article of source.articles()) {
    articles.push(articleProperties(article));
    if (articles.length === ARTICLE_BATCH_SIZE) {
      yield { phase: 'articles', query: cypher('seed-merge-articles'), rows: articles };
      articles = [];
    }
  }
  if (articles.length) yield { phase: 'articles', query: cypher('seed-merge-articles'), rows: articles };

  let nodes: SeedNode[] = [];
  let rels: RelationshipWithId[] = [];
  /** Every node id, for the degrees phase (the one thing kept beyond a batch: what the validator keeps too). */
  const ids: string[] = [];
  function* flushNodes(): Generator<Batch> {
    for (const [label, group] of groupBy(nodes, (n) => n.label, NODE_LABELS))
      yield { phase: 'nodes', query: cypher('seed-merge-nodes', { label }), rows: group.map(nodeRow) };
    nodes = [];
  }
  function* flushRelationships(): Generator<Batch> {
    for (const [type, group] of groupBy(rels, (r) => r.type, REL_TYPES))
      yield { phase: 'relationships', query: cypher('seed-merge-relationships', { type }), rows: group.map(relationshipRow) };
    rels = [];
  }
  for await (const item of source.graph()) {
    if ('node' in item) {
      nodes.push(item.node);
      ids.push(item.node.id);
      if (nodes.length === batchSize) yield* flushNodes();
    } else {
      // Sources yield every node first: the last nodes go before the first relationship.
      if (nodes.length) yield* flushNodes();
      rels.push(item.relationship);
      if (rels.length === batchSize) yield* flushRelationships();
    }
  }
  yield* flushNodes();
  yield* flushRelationships();
  // Last, once every relationship is in: the stored degree the overview ranks by, in id order
  // (entity-degrees locks the nodes it counts; one order keeps concurrent writers from deadlocking).
  ids.sort();
  for (let i = 0; i < ids.length; i += batchSize)
    yield { phase: 'degrees', query: cypher('entity-degrees'), rows: ids.slice(i, i + batchSize) };
}

async function runBatch(tx: ManagedTransaction, batch: Batch): Promise<void> {
  if (batch.phase === 'degrees') {
    await tx.run(batch.query, { ids: batch.rows });
    return;
  }
  const result = await tx.run(batch.query, { rows: batch.rows });
  if (batch.phase === 'relationships') {
    // MATCH drops rows whose ends are missing; count them so a dangling id fails loudly.
    const merged = result.records[0]?.get('count').toNumber() ?? 0;
    if (merged !== batch.rows.length) throw new Error(`Only ${merged} of ${batch.rows.length} relationships found both ends`);
  }
}

/** Loads a validated dataset, in memory or streamed from a folder (openSeedFolder). */
export async function loadDataset(driver: Driver, data: Dataset | DatasetSource, opts: LoadOptions): Promise<LoadSummary> {
  const source = 'graph' in data ? data : datasetSource(data);
  const batchSize = opts.batchSize ?? 5_000;
  const totals = { ...source.counts };
  const phaseTotals = { ...totals, degrees: totals.nodes };
  const done = { articles: 0, nodes: 0, relationships: 0, degrees: 0 };
  let phase: Batch['phase'] | undefined;
  /** Reports `done: 0` when a phase begins (so rates start there), then after every batch. */
  const starting = (batch: Batch) => {
    if (batch.phase !== phase) opts.onProgress?.({ phase: batch.phase, done: 0, total: phaseTotals[batch.phase] });
    phase = batch.phase;
  };
  const report = (batch: Batch) => {
    done[batch.phase] += batch.rows.length;
    opts.onProgress?.({ phase: batch.phase, done: done[batch.phase], total: phaseTotals[batch.phase] });
  };

  const session = driver.session({ database: opts.database });
  try {
    if (opts.atomic ?? true) {
      // The work function may be retried on a transient error: the batches are planned anew
      // each time (a stream read again), never replayed from memory.
      await session.executeWrite(async (tx) => {
        Object.assign(done, { articles: 0, nodes: 0, relationships: 0, degrees: 0 });
        phase = undefined;
        for await (const batch of planBatches(source, batchSize)) {
          starting(batch);
          await runBatch(tx, batch);
          report(batch);
        }
      });
    } else {
      for await (const batch of planBatches(source, batchSize)) {
        starting(batch);
        await session.executeWrite((tx) => runBatch(tx, batch));
        report(batch);
      }
    }
  } finally {
    await session.close();
  }
  return totals;
}
