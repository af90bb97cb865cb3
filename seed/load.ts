// Loads a validated dataset into Neo4j with UNWIND batches of MERGE, so a re-run leaves the same
// graph. `atomic` (the default, used for the seed) runs every batch in one transaction: a
// failure anywhere leaves the database as it was. For very large loads, `atomic: false` commits
// batch by batch; each batch is still all-or-nothing and idempotent, so a re-run completes it.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/queries.ts';
import { textHash } from '../ingest/extract/article.ts';
import type { Dataset } from './dataset.ts';
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

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
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

function planBatches(dataset: Dataset, batchSize: number): Batch[] {
  const batches: Batch[] = [];
  const articleRows = dataset.articles.map(articleProperties);
  for (const chunk of chunks(articleRows, ARTICLE_BATCH_SIZE)) batches.push({ phase: 'articles', query: cypher('seed-merge-articles'), rows: chunk });
  for (const label of NODE_LABELS) {
    const rows = dataset.nodes
      .filter((n) => n.label === label)
      .map((n) => ({
        id: n.id,
        name: n.name,
        aliases: n.aliases,
        properties: n.properties,
        sources: n.mentions.map((m) => m.source),
        evidence: n.mentions.map((m) => m.evidence),
      }));
    const query = cypher('seed-merge-nodes', { label });
    for (const chunk of chunks(rows, batchSize)) batches.push({ phase: 'nodes', query, rows: chunk });
  }
  for (const type of REL_TYPES) {
    const rows = dataset.relationships
      .filter((r) => r.type === type)
      .map((r) => ({ id: r.id, from: r.from, to: r.to, properties: r.properties, source: r.source, evidence: r.evidence }));
    const query = cypher('seed-merge-relationships', { type });
    for (const chunk of chunks(rows, batchSize)) batches.push({ phase: 'relationships', query, rows: chunk });
  }
  // Last, once every relationship is in: the stored degree the overview ranks by.
  const ids = dataset.nodes.map((n) => n.id).sort();
  for (const chunk of chunks(ids, batchSize)) batches.push({ phase: 'degrees', query: cypher('entity-degrees'), rows: chunk });
  return batches;
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

export async function loadDataset(driver: Driver, dataset: Dataset, opts: LoadOptions): Promise<LoadSummary> {
  const batchSize = opts.batchSize ?? 5_000;
  const batches = planBatches(dataset, batchSize);
  const totals = { articles: dataset.articles.length, nodes: dataset.nodes.length, relationships: dataset.relationships.length };
  const phaseTotals = { ...totals, degrees: dataset.nodes.length };
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
      await session.executeWrite(async (tx) => {
        for (const batch of batches) {
          starting(batch);
          await runBatch(tx, batch);
          report(batch);
        }
      });
    } else {
      for (const batch of batches) {
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
