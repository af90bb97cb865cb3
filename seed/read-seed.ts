// Reads a seed folder (articles.json, articles/*.txt, graph.json): parses each file with the
// contract's schemas, then validates the whole with validateDataset. Every problem names the
// file and the entry, so a reviewer can fix the JSON without reading code; nothing is loaded
// unless the whole folder is valid.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { projectPath } from '../config/paths.ts';
import { articlesSchema, graphSchema } from '../contract/dataset.ts';
import { DatasetValidationError, validateDataset, type Dataset, type LoadableArticle } from './dataset.ts';

export const DEFAULT_SEED_DIR = projectPath('seed');

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

export function readSeed(dir = DEFAULT_SEED_DIR): Dataset {
  const problems: string[] = [];
  const articlesFile = path.join(dir, 'articles.json');
  const graphFile = path.join(dir, 'graph.json');
  const rawArticles = readJson(articlesFile, problems);
  const rawGraph = readJson(graphFile, problems);
  if (problems.length) throw new DatasetValidationError(problems);

  const articlesParsed = articlesSchema.safeParse(rawArticles);
  const graphParsed = graphSchema.safeParse(rawGraph);
  if (!articlesParsed.success) problems.push(...zodProblems(articlesFile, articlesParsed.error));
  if (!graphParsed.success) problems.push(...zodProblems(graphFile, graphParsed.error));
  if (!articlesParsed.success || !graphParsed.success) throw new DatasetValidationError(problems);

  const articles: LoadableArticle[] = [];
  for (const [i, meta] of articlesParsed.data.entries()) {
    const textFile = path.join(dir, meta.file);
    if (existsSync(textFile)) articles.push({ ...meta, text: readFileSync(textFile, 'utf8') });
    else problems.push(`${articlesFile}: [${i}] (${meta.id}): article text ${meta.file} not found`);
  }
  if (problems.length) throw new DatasetValidationError(problems);
  return validateDataset({ articles, ...graphParsed.data }, { where: { articles: articlesFile, graph: graphFile } });
}
