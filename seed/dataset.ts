// A dataset (articles with their text, nodes, relationships) checked as a whole before anything
// is written: referential integrity, evidence verbatim in its article, id rules. The seed
// folder, the generator's output and an ingested article's reviewed draft all pass through
// validateDataset; ids already in the graph are given as `knownIds`, so a draft may point at
// existing nodes without carrying them.
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
    super(`Dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
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

export function validateDataset(input: DatasetInput, opts: ValidateOptions = {}): Dataset {
  const problems: string[] = [];
  const known = opts.knownIds ?? new Set<string>();
  const at = (file: string | undefined, entry: string) => (file ? `${file}: ${entry}` : entry);

  const articles = new Map<string, LoadableArticle>();
  for (const [i, article] of input.articles.entries()) {
    if (articles.has(article.id)) problems.push(`${at(opts.where?.articles, `articles[${i}] (${article.id})`)}: duplicate article id "${article.id}"`);
    articles.set(article.id, article);
  }
  const checkEvidence = (where: string, source: string, evidence: string) => {
    const article = articles.get(source);
    if (!article) problems.push(`${where}: unknown source article "${source}"`);
    else if (!article.text.includes(evidence)) problems.push(`${where}: evidence is not verbatim in article "${source}": "${evidence.slice(0, 80)}…"`);
  };

  const nodeIds = new Set<string>();
  for (const [i, node] of input.nodes.entries()) {
    const where = at(opts.where?.graph, `nodes[${i}] (${node.id})`);
    if (nodeIds.has(node.id)) problems.push(`${where}: duplicate node id "${node.id}"`);
    nodeIds.add(node.id);
    for (const [j, m] of node.mentions.entries()) checkEvidence(`${where}.mentions[${j}]`, m.source, m.evidence);
  }
  const exists = (id: string) => nodeIds.has(id) || known.has(id);

  const relIds = new Set<string>();
  const relationships: RelationshipWithId[] = [];
  for (const [i, rel] of input.relationships.entries()) {
    const where = at(opts.where?.graph, `relationships[${i}] (${rel.from} -${rel.type}-> ${rel.to})`);
    if (!exists(rel.from)) problems.push(`${where}: unknown node id "${rel.from}" in "from"`);
    if (!exists(rel.to)) problems.push(`${where}: unknown node id "${rel.to}" in "to"`);
    if (rel.from === rel.to) problems.push(`${where}: a relationship cannot point at its own start node`);
    const askedOf = rel.properties.askedOf;
    for (const id of Array.isArray(askedOf) ? askedOf : []) {
      if (typeof id === 'string' && !exists(id)) problems.push(`${where}: unknown node id "${id}" in properties.askedOf`);
    }
    checkEvidence(where, rel.source, rel.evidence);
    const id = relationshipId(rel);
    if (relIds.has(id)) problems.push(`${where}: duplicate of an earlier relationship (same type, ends, source and evidence)`);
    relIds.add(id);
    relationships.push({ ...rel, id });
  }

  if (problems.length) throw new DatasetValidationError(problems);
  return { articles: [...articles.values()], nodes: input.nodes, relationships };
}
