// Reads and validates a seed folder (articles.json, articles/*.txt, graph.json) with
// referential integrity. Every problem names the file and the entry, so a reviewer can fix
// the JSON without reading code; nothing is loaded unless the whole folder is valid.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { articlesSchema, graphSchema, type SeedArticle, type SeedNode, type SeedRelationship } from '../contract/dataset.ts';

export interface Article extends SeedArticle {
  text: string;
}

export interface SeedRelationshipWithId extends SeedRelationship {
  id: string;
}

export interface SeedDataset {
  articles: Article[];
  nodes: SeedNode[];
  relationships: SeedRelationshipWithId[];
}

export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seed data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export const DEFAULT_SEED_DIR = path.dirname(new URL(import.meta.url).pathname);

/** A relationship id that stays the same however the file is reordered. */
export function relationshipId(rel: SeedRelationship): string {
  const hash = createHash('sha1').update([rel.type, rel.from, rel.to, rel.source, rel.evidence].join('\u0000')).digest('hex');
  return `${rel.type.toLowerCase().replaceAll('_', '-')}.${hash.slice(0, 10)}`;
}

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/** `nodes[3].label: Invalid option…`: the zod path written the way the JSON reads. */
function zodProblems(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i ? '.' : ''}${String(seg)}`)).join('');
    return `${file}: ${where || '(top level)'}: ${issue.message}`;
  });
}

export function readSeed(dir = DEFAULT_SEED_DIR): SeedDataset {
  const problems: string[] = [];
  const articlesFile = path.join(dir, 'articles.json');
  const graphFile = path.join(dir, 'graph.json');
  const rawArticles = readJson(articlesFile, problems);
  const rawGraph = readJson(graphFile, problems);
  if (problems.length) throw new SeedValidationError(problems);

  const articlesParsed = articlesSchema.safeParse(rawArticles);
  const graphParsed = graphSchema.safeParse(rawGraph);
  if (!articlesParsed.success) problems.push(...zodProblems(articlesFile, articlesParsed.error));
  if (!graphParsed.success) problems.push(...zodProblems(graphFile, graphParsed.error));
  if (!articlesParsed.success || !graphParsed.success) throw new SeedValidationError(problems);

  const articles = new Map<string, Article>();
  for (const [i, meta] of articlesParsed.data.entries()) {
    const where = `${articlesFile}: [${i}] (${meta.id})`;
    if (articles.has(meta.id)) problems.push(`${where}: duplicate article id "${meta.id}"`);
    const textFile = path.join(dir, meta.file);
    if (!existsSync(textFile)) {
      problems.push(`${where}: article text ${meta.file} not found`);
      continue;
    }
    articles.set(meta.id, { ...meta, text: readFileSync(textFile, 'utf8') });
  }

  const checkEvidence = (where: string, source: string, evidence: string) => {
    const article = articles.get(source);
    if (!article) problems.push(`${where}: unknown source article "${source}"`);
    else if (!article.text.includes(evidence)) problems.push(`${where}: evidence is not verbatim in article "${source}": "${evidence.slice(0, 80)}…"`);
  };

  const { nodes, relationships } = graphParsed.data;
  const nodeIds = new Set<string>();
  for (const [i, node] of nodes.entries()) {
    const where = `${graphFile}: nodes[${i}] (${node.id})`;
    if (nodeIds.has(node.id)) problems.push(`${where}: duplicate node id "${node.id}"`);
    nodeIds.add(node.id);
    for (const [j, m] of node.mentions.entries()) checkEvidence(`${where}.mentions[${j}]`, m.source, m.evidence);
  }

  const relIds = new Set<string>();
  const withIds: SeedRelationshipWithId[] = [];
  for (const [i, rel] of relationships.entries()) {
    const where = `${graphFile}: relationships[${i}] (${rel.from} -${rel.type}-> ${rel.to})`;
    if (!nodeIds.has(rel.from)) problems.push(`${where}: unknown node id "${rel.from}" in "from"`);
    if (!nodeIds.has(rel.to)) problems.push(`${where}: unknown node id "${rel.to}" in "to"`);
    if (rel.from === rel.to) problems.push(`${where}: a relationship cannot point at its own start node`);
    const askedOf = rel.properties.askedOf;
    for (const id of Array.isArray(askedOf) ? askedOf : []) {
      if (typeof id === 'string' && !nodeIds.has(id)) problems.push(`${where}: unknown node id "${id}" in properties.askedOf`);
    }
    checkEvidence(where, rel.source, rel.evidence);
    const id = relationshipId(rel);
    if (relIds.has(id)) problems.push(`${where}: duplicate of an earlier relationship (same type, ends, source and evidence)`);
    relIds.add(id);
    withIds.push({ ...rel, id });
  }

  if (problems.length) throw new SeedValidationError(problems);
  return { articles: [...articles.values()], nodes, relationships: withIds };
}
