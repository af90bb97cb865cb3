// A dataset (articles with their text, nodes, relationships) checked as a whole before anything
// is written: referential integrity, evidence verbatim in its article, id rules. The seed
// folder, the generator's output and an ingested article's reviewed draft all pass through
// validateDataset; ids already in the graph are given as `knownIds`, so a draft may point at
// existing nodes without carrying them. The rules themselves are DatasetRules, applied entry by
// entry, so the streaming validator of large folders (seed-stream.ts) applies the same ones.
import { createHash } from 'node:crypto';
import type { DatasetArticle, SeedNode, SeedRelationship } from '../contract/dataset.ts';

/** An article as the loader writes it; seed articles also name their text file. */
export type LoadableArticle = DatasetArticle & { file?: string };

export interface DatasetInput {
  articles: LoadableArticle[];
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}

export interface RelationshipWithId extends SeedRelationship {
  id: string;
}

/** A validated dataset: every relationship carries its derived id. */
export interface Dataset {
  articles: LoadableArticle[];
  nodes: SeedNode[];
  relationships: RelationshipWithId[];
}

export class DatasetValidationError extends Error {
  override readonly name = 'DatasetValidationError';

  constructor(readonly problems: string[]) {
    super(
      `Dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** A relationship id that stays the same however the data is reordered, and differs per source sentence. */
export function relationshipId(rel: SeedRelationship): string {
  const hash = createHash('sha1').update([rel.type, rel.from, rel.to, rel.source, rel.evidence].join('\u0000')).digest('hex');
  return `${rel.type.toLowerCase().replaceAll('_', '-')}.${hash.slice(0, 10)}`;
}

export interface ValidateOptions {
  /** Entity ids already in the graph: relationships may point at them. */
  knownIds?: ReadonlySet<string>;
  /** How problems name where they are (a file name for the seed folder); default `nodes`/`relationships`/`articles`. */
  where?: { articles?: string; graph?: string };
}

const at = (file: string | undefined, entry: string) => (file ? `${file}: ${entry}` : entry);

/** The articles by id; a repeated id is a problem (the later entry wins, as it always has). */
export function indexArticles<A extends { id: string }>(articles: Iterable<A>, opts: ValidateOptions, problems: string[]): Map<string, A> {
  const byId = new Map<string, A>();
  let i = 0;
  for (const article of articles) {
    if (byId.has(article.id))
      problems.push(`${at(opts.where?.articles, `articles[${i}] (${article.id})`)}: duplicate article id "${article.id}"`);
    byId.set(article.id, article);
    i++;
  }
  return byId;
}

/** What the rules need of the articles: which ids exist, and a text on demand (read from disk when streaming). */
export interface ArticleLookup {
  has(id: string): boolean;
  text(id: string): string;
}

const relationshipWhere = (rel: SeedRelationship, i: number, opts: ValidateOptions) =>
  at(opts.where?.graph, `relationships[${i}] (${rel.from} -${rel.type}-> ${rel.to})`);
/**
 * What to say of a relationship whose derived id an earlier one has: a repeat of the same fact,
 * or (the id keeping 40 bits of its hash, so likely from a few million relationships of one
 * type on) a different fact whose id collides; the load would refuse either on the id constraint.
 */
export function repeatedIdProblem(
  rel: SeedRelationship,
  i: number,
  earlier: { rel: SeedRelationship; index: number },
  opts: ValidateOptions,
): string {
  const where = relationshipWhere(rel, i, opts);
  const same = (['type', 'from', 'to', 'source', 'evidence'] as const).every((k) => rel[k] === earlier.rel[k]);
  return same
    ? `${where}: duplicate of an earlier relationship (same type, ends, source and evidence)`
    : `${where}: its id "${relationshipId(rel)}" is also that of relationships[${earlier.index}], a different fact (the id's 40-bit hash collides)`;
}

/**
 * The rules of one dataset, applied entry by entry: the in-memory validator and the streaming
 * one (seed/seed-stream.ts) both feed it, so they cannot drift. It keeps the node ids (needed
 * to check every relationship's ends), nothing else; nodes must all be fed before the first
 * relationship. Duplicate relationships are the caller's: in memory a Set of ids, streaming a
 * compact array of hashed ids.
 */
export class DatasetRules {
  readonly problems: string[] = [];
  private readonly nodeIds = new Set<string>();

  constructor(
    private readonly articles: ArticleLookup,
    private readonly opts: ValidateOptions = {},
  ) {}

  private checkEvidence(where: string, source: string, evidence: string): void {
    if (!this.articles.has(source)) this.problems.push(`${where}: unknown source article "${source}"`);
    else if (!this.articles.text(source).includes(evidence))
      this.problems.push(`${where}: evidence is not verbatim in article "${source}": "${evidence.slice(0, 80)}…"`);
  }

  private exists(id: string): boolean {
    return this.nodeIds.has(id) || (this.opts.knownIds?.has(id) ?? false);
  }

  get nodeCount(): number {
    return this.nodeIds.size;
  }

  node(node: SeedNode, i: number): void {
    const where = at(this.opts.where?.graph, `nodes[${i}] (${node.id})`);
    if (this.nodeIds.has(node.id)) this.problems.push(`${where}: duplicate node id "${node.id}"`);
    this.nodeIds.add(node.id);
    for (const [j, m] of node.mentions.entries()) this.checkEvidence(`${where}.mentions[${j}]`, m.source, m.evidence);
  }

  /** Checks one relationship and returns its derived id. */
  relationship(rel: SeedRelationship, i: number): string {
    const where = relationshipWhere(rel, i, this.opts);
    if (!this.exists(rel.from)) this.problems.push(`${where}: unknown node id "${rel.from}" in "from"`);
    if (!this.exists(rel.to)) this.problems.push(`${where}: unknown node id "${rel.to}" in "to"`);
    if (rel.from === rel.to) this.problems.push(`${where}: a relationship cannot point at its own start node`);
    const askedOf = rel.properties.askedOf;
    for (const id of Array.isArray(askedOf) ? askedOf : []) {
      if (typeof id === 'string' && !this.exists(id)) this.problems.push(`${where}: unknown node id "${id}" in properties.askedOf`);
    }
    this.checkEvidence(where, rel.source, rel.evidence);
    return relationshipId(rel);
  }
}

/** Validates a dataset held in memory (an ingested draft, or a small seed folder read whole). */
export function validateDataset(input: DatasetInput, opts: ValidateOptions = {}): Dataset {
  const problems: string[] = [];
  const articles = indexArticles(input.articles, opts, problems);
  const rules = new DatasetRules({ has: (id) => articles.has(id), text: (id) => articles.get(id)!.text }, opts);
  for (const [i, node] of input.nodes.entries()) rules.node(node, i);

  const relIds = new Map<string, { rel: SeedRelationship; index: number }>();
  const relationships: RelationshipWithId[] = [];
  for (const [i, rel] of input.relationships.entries()) {
    const id = rules.relationship(rel, i);
    const earlier = relIds.get(id);
    if (earlier) rules.problems.push(repeatedIdProblem(rel, i, earlier, opts));
    else relIds.set(id, { rel, index: i });
    relationships.push({ ...rel, id });
  }

  problems.push(...rules.problems);
  if (problems.length) throw new DatasetValidationError(problems);
  return { articles: [...articles.values()], nodes: input.nodes, relationships };
}
