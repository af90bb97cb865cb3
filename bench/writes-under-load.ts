// Writes while the API serves: on a loaded graph, typical articles (the development set's, each
// extracted and resolved as the review screen would propose it, everything accepted) are committed
// and retracted again one after the other through IngestRepository (the API's own write path,
// one transaction each), while the serving mix runs. The same mix runs first without writes, so
// reads' p99 during commits is set beside its own baseline in one run (both after an unmeasured
// warm-up of the mix and of the write path). Extraction throughput is measured on the same
// articles (warm, one process, no I/O: a best case). Importing this file runs nothing;
// serve.bench.ts calls it on its largest graph.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Draft } from '../contract/ingest.ts';
import { extractDraft } from '../ingest/index.ts';
import { extractRequestOf } from './extract-request.ts';
import { resolveDraft } from '../ingest/resolve/draft.ts';
import type { KnownEntity } from '../ingest/resolve/index.ts';
import { acceptProposed } from '../seed/apply-review.ts';
import type { LoadableArticle } from '../seed/dataset.ts';
import { readSeed } from '../seed/read-seed.ts';
import { IngestRepository } from '../server/features/ingest/ingest.repository.ts';
import { percentiles, type Percentiles } from './percentiles.ts';

/** What the serving side hands in: the mix for `seconds`, every successful response's time kept. */
export type ReadLoad = (seconds: number) => Promise<{ ms: number[]; errors: number; errorsBy: Record<string, number> }>;

export interface WritesUnderLoadResult {
  seconds: number;
  articles: number;
  extraction: { articlesPerSec: number; note: string };
  commit: Percentiles;
  retract: Percentiles;
  /** Failed commits or retractions (each is one transaction: a failure leaves nothing behind). */
  writeErrors: number;
  /** `errorsBy`: failed reads by HTTP status (or socket, timeout). */
  reads: {
    without: Percentiles & { errors: number; errorsBy: Record<string, number> };
    during: Percentiles & { errors: number; errorsBy: Record<string, number> };
    p99Ratio: number;
  };
}

/** Commits the draft, then retracts its article, each timed into `times`. */
export async function commitThenRetract(repo: IngestRepository, draft: Draft, times: { commitMs: number[]; retractMs: number[] }) {
  let t = performance.now();
  await repo.commit(draft);
  times.commitMs.push(performance.now() - t);
  t = performance.now();
  await repo.retract(draft.articles[0]!.id);
  times.retractMs.push(performance.now() - t);
}

const DEV_SET = path.resolve(import.meta.dirname, '../ingest/dev');

/**
 * The development set's drafts as an analyst would commit them after accepting every proposal,
 * resolved against `graph` (the entities of the graph they go into: a match must exist there).
 */
export function typicalDrafts(graph: readonly KnownEntity[]): { drafts: Draft[]; extraction: WritesUnderLoadResult['extraction'] } {
  const known = [...graph];
  const articles = readSeed(DEV_SET).articles;
  const draftOf = (a: LoadableArticle) => acceptProposed(resolveDraft(extractDraft(extractRequestOf(a)), known));
  const drafts = articles.map(draftOf); // also the warm-up pass
  const reps = 5;
  const started = performance.now();
  for (let i = 0; i < reps; i++) for (const a of articles) extractDraft(extractRequestOf(a));
  const articlesPerSec = Math.round((reps * articles.length) / ((performance.now() - started) / 1000));
  return { drafts, extraction: { articlesPerSec, note: `warm best case: ${reps} × ${articles.length} articles, one process, no I/O` } };
}

export async function writesUnderLoad(opts: {
  driver: Driver;
  database: string;
  /** The entities of the graph written to, for resolution. */
  graph: readonly KnownEntity[];
  readLoad: ReadLoad;
  seconds: number;
  log: (line: string) => void;
}): Promise<WritesUnderLoadResult> {
  const { drafts, extraction } = typicalDrafts(opts.graph);
  opts.log(`  writes: ${drafts.length} typical articles; extraction ${extraction.articlesPerSec} articles/s (${extraction.note})`);
  const repo = new IngestRepository(opts.driver, opts.database);
  // Unmeasured first: the mix and one commit and retraction, so neither window pays for cold plans.
  await opts.readLoad(Math.min(5, opts.seconds));
  await repo.commit(drafts[0]!);
  await repo.retract(drafts[0]!.articles[0]!.id);
  const without = await opts.readLoad(opts.seconds);

  const commitMs: number[] = [];
  const retractMs: number[] = [];
  let writeErrors = 0;
  let reading = true;
  const writer = (async () => {
    for (let i = 0; reading; i++) {
      const draft = drafts[i % drafts.length]!;
      try {
        await commitThenRetract(repo, draft, { commitMs, retractMs });
      } catch (err) {
        if (writeErrors++ === 0) opts.log(`  writes: first failure: ${String(err)}`);
      }
    }
  })();
  const during = await opts.readLoad(opts.seconds);
  reading = false;
  await writer;

  const reads = {
    without: { ...percentiles(without.ms), errors: without.errors, errorsBy: without.errorsBy },
    during: { ...percentiles(during.ms), errors: during.errors, errorsBy: during.errorsBy },
    p99Ratio: 0,
  };
  reads.p99Ratio = Math.round((reads.during.p99 / reads.without.p99) * 100) / 100;
  const result: WritesUnderLoadResult = {
    seconds: opts.seconds,
    articles: drafts.length,
    extraction,
    commit: percentiles(commitMs),
    retract: percentiles(retractMs),
    writeErrors,
    reads,
  };
  opts.log(
    `  writes: ${result.commit.count} commits p50 ${result.commit.p50} p99 ${result.commit.p99} ms; retract p50 ${result.retract.p50} p99 ${result.retract.p99} ms; reads p99 ${reads.without.p99} → ${reads.during.p99} ms (×${reads.p99Ratio}); failed reads ${JSON.stringify(reads.without.errorsBy)} → ${JSON.stringify(reads.during.errorsBy)}`,
  );
  return result;
}
