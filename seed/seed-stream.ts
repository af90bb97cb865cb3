// A seed folder validated and loaded in bounded memory, whatever its size: a first streaming
// pass over graph.json applies the rules of seed/dataset.ts entry by entry, and only when the
// whole folder is valid does the loader get a DatasetSource, whose iterators stream the files
// again. What stays in memory: article metadata (articles.json, parsed whole: ~200 bytes an
// article), the node ids (a Set: ~60 bytes an id), 8 bytes per relationship for duplicate
// detection, and an LRU of article texts. Nodes, relationships and texts are never all held.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DatasetRules, DatasetValidationError, indexArticles, relationshipId, repeatedIdProblem } from './dataset.ts';
import type { Dataset, LoadableArticle, RelationshipWithId } from './dataset.ts';
import type { SeedNode, SeedRelationship } from '../contract/dataset.ts';
import { REL_TYPES } from '../contract/model.ts';
import { readGraphEntries, type GraphStreamOptions } from './graph-stream.ts';
import { articleWithText, readSeedArticles } from './read-seed.ts';

/** A graph entry as the loaders consume it: nodes always before relationships. */
export type GraphItem = { node: SeedNode } | { relationship: RelationshipWithId };

/**
 * A valid dataset the loaders read once or several times (the CSV writer profiles its columns
 * first), from memory or streamed from a folder.
 */
export interface DatasetSource {
  readonly counts: { articles: number; nodes: number; relationships: number };
  /** Articles with their text (`withText: false`: an empty text, for a look at the metadata only). */
  articles(opts?: { withText?: boolean }): AsyncIterable<LoadableArticle>;
  /** Every node, then every relationship with its derived id. */
  graph(): AsyncIterable<GraphItem>;
}

/** A validated dataset already in memory as a source (small seeds, tests, the benchmarks' samples). */
export function datasetSource(dataset: Dataset): DatasetSource {
  return {
    counts: { articles: dataset.articles.length, nodes: dataset.nodes.length, relationships: dataset.relationships.length },
    async *articles({ withText = true } = {}) {
      for (const a of dataset.articles) yield withText ? a : { ...a, text: '' };
    },
    async *graph() {
      for (const node of dataset.nodes) yield { node };
      for (const relationship of dataset.relationships) yield { relationship };
    },
  };
}

/**
 * Article texts read from their files on demand, the most recently used kept. The generator
 * writes each article's relationships together and seed folders are small, so a few hundred
 * texts give nearly every evidence check a hit; a miss costs one small file read, not a wrong
 * answer.
 */
export class ArticleTexts {
  private readonly cache = new Map<string, string>();
  reads = 0;

  constructor(
    private readonly dir: string,
    private readonly files: ReadonlyMap<string, string>,
    private readonly capacity = 256,
  ) {}

  text(id: string): string {
    const hit = this.cache.get(id);
    if (hit !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recent.
      this.cache.delete(id);
      this.cache.set(id, hit);
      return hit;
    }
    const text = readFileSync(path.join(this.dir, this.files.get(id)!), 'utf8');
    this.reads++;
    this.cache.set(id, text);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    return text;
  }

  get size(): number {
    return this.cache.size;
  }
}

/**
 * Relationship ids as numbers, 8 bytes each, for duplicate detection without the relationships.
 * A relationship id is its type and 40 bits of a hash, so (type index × 2^40 + hash) is exact
 * in a double and two ids are equal exactly when their keys are. Keeping only these is enough:
 * the uniqueness constraint would also catch a duplicate, but only while loading (after other
 * rows are written, under `--batch-commits`) and without naming the entry; here the check stays
 * before any write. Sorted once at the end, equal neighbours are the duplicates.
 */
class RelationshipKeys {
  private keys = new Float64Array(1 << 16);
  private count = 0;
  private static readonly typeIndex = new Map<string, number>(REL_TYPES.map((t, i) => [t, i]));

  static keyOf(id: string, type: string): number {
    return RelationshipKeys.typeIndex.get(type)! * 2 ** 40 + parseInt(id.slice(id.lastIndexOf('.') + 1), 16);
  }

  add(key: number): void {
    if (this.count === this.keys.length) {
      const grown = new Float64Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.count++] = key;
  }

  /** The keys that occur more than once. */
  repeated(): Set<number> {
    const sorted = this.keys.subarray(0, this.count).sort();
    const repeated = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
    this.keys = new Float64Array(0);
    return repeated;
  }
}

/** Sees the graph's entries during validation, each once (`seed --bulk` writes its CSV files from them). */
export interface GraphObserver {
  node(node: SeedNode): void;
  relationship(relationship: RelationshipWithId): void;
}

export interface SeedFolderOptions extends GraphStreamOptions {
  /** Article texts kept in memory for the evidence checks. */
  textCacheSize?: number;
  /**
   * Given every entry as the validating pass reads it, nodes before relationships, so a consumer
   * that needs one pass over the graph shares this one; whatever it made of them is worthless if
   * openSeedFolder then throws (the folder is invalid).
   */
  observe?: GraphObserver;
}

/**
 * Validates the folder in one streaming pass (two when graph.json lists relationships before
 * nodes, three when it holds duplicates, to name them) and returns it as a source; throws
 * DatasetValidationError with every problem otherwise. Nothing is written either way.
 */
export async function openSeedFolder(dir: string, opts: SeedFolderOptions = {}): Promise<DatasetSource> {
  const { articlesFile, articles: metas } = readSeedArticles(dir);
  const graphFile = path.join(dir, 'graph.json');
  const where = { articles: articlesFile, graph: graphFile };
  const problems: string[] = [];
  const articles = indexArticles(metas, { where }, problems);
  const articleProblems = problems.length;
  const texts = new ArticleTexts(dir, new Map([...articles].map(([id, a]) => [id, a.file])), opts.textCacheSize);
  const rules = new DatasetRules({ has: (id) => articles.has(id), text: (id) => texts.text(id) }, { where });
  const keys = new RelationshipKeys();
  let relationships = 0;

  /** One pass over graph.json; `deferred` when a relationship came before the nodes array closed. */
  const pass = async (take: { nodes: boolean; relationships: boolean }) => {
    // A pass that takes no nodes comes after one that took them all: every id is known.
    let nodesDone = !take.nodes;
    let deferred = false;
    for await (const entry of readGraphEntries(graphFile, opts)) {
      if (entry.kind === 'problem') {
        // Shape problems are found once, whichever pass runs.
        if (take.nodes) problems.push(entry.problem);
      } else if (entry.kind === 'nodes-done') nodesDone = true;
      else if (entry.kind === 'node') {
        if (take.nodes) {
          rules.node(entry.node, entry.index);
          opts.observe?.node(entry.node);
        }
      } else if (take.relationships) {
        if (!nodesDone) deferred = true;
        else {
          const id = rules.relationship(entry.relationship, entry.index);
          keys.add(RelationshipKeys.keyOf(id, entry.relationship.type));
          relationships++;
          opts.observe?.relationship({ ...entry.relationship, id });
        }
      }
    }
    return deferred;
  };

  const relationshipsFirst = await pass({ nodes: true, relationships: true });
  // As readSeed: an entry that does not parse hides what the rules would say of the others
  // (a node that failed its schema would make every relationship to it "unknown").
  if (problems.length > articleProblems) throw new DatasetValidationError(problems.slice(articleProblems));
  if (relationshipsFirst) await pass({ nodes: false, relationships: true });
  const repeated = keys.repeated();
  if (repeated.size) {
    // Rare, and only on the way to failing: a pass to name every later occurrence, as validateDataset does.
    const first = new Map<number, { rel: SeedRelationship; index: number }>();
    for await (const entry of readGraphEntries(graphFile, opts)) {
      if (entry.kind !== 'relationship') continue;
      const key = RelationshipKeys.keyOf(relationshipId(entry.relationship), entry.relationship.type);
      if (!repeated.has(key)) continue;
      const earlier = first.get(key);
      if (earlier) rules.problems.push(repeatedIdProblem(entry.relationship, entry.index, earlier, { where }));
      else first.set(key, { rel: entry.relationship, index: entry.index });
    }
  }
  problems.push(...rules.problems);
  if (problems.length) throw new DatasetValidationError(problems);

  const nodeCount = rules.nodeCount;
  /** File order is nodes first in every folder we write: one pass; otherwise one for each part. */
  const nodesFirst = async function* (): AsyncGenerator<GraphItem> {
    for (const part of relationshipsFirst ? (['node', 'relationship'] as const) : ([undefined] as const)) {
      for await (const entry of readGraphEntries(graphFile, opts)) {
        if (entry.kind === 'node' && part !== 'relationship') yield { node: entry.node };
        else if (entry.kind === 'relationship' && part !== 'node')
          yield { relationship: { ...entry.relationship, id: relationshipId(entry.relationship) } };
      }
    }
  };
  return {
    counts: { articles: articles.size, nodes: nodeCount, relationships },
    async *articles({ withText = true } = {}) {
      for (const a of articles.values()) yield withText ? articleWithText(dir, a) : { ...a, text: '' };
    },
    graph: nodesFirst,
  };
}
