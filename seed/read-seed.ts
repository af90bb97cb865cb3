// Reads a seed folder (articles.json, articles/*.txt, graph.json) whole: parses each file with
// the contract's schemas, then validates the whole with validateDataset. Every problem names the
// file and the entry, so a reviewer can fix the JSON without reading code; nothing is loaded
// unless the whole folder is valid. For the small folders (the seed, the annotated sets, tests);
// a folder of any size loads through openSeedFolder (seed-stream.ts), which shares
// readSeedArticles and the rules.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../config/paths.ts';
import { articlesSchema, graphSchema, type SeedArticle } from '../contract/dataset.ts';
import { DatasetValidationError, validateDataset, type Dataset, type LoadableArticle } from './dataset.ts';
import { zodProblems } from './graph-stream.ts';

export const DEFAULT_SEED_DIR = projectPath('seed');

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

/** Every article whose text file is missing, as a problem. */
function missingTexts(dir: string, articlesFile: string, articles: SeedArticle[]): string[] {
  return articles.flatMap((meta, i) =>
    existsSync(path.join(dir, meta.file)) ? [] : [`${articlesFile}: [${i}] (${meta.id}): article text ${meta.file} not found`],
  );
}

/**
 * articles.json parsed and checked, each text file seen to exist (not read: the streaming path
 * reads texts on demand). Throws DatasetValidationError naming the file and the entry.
 */
export function readSeedArticles(dir: string): { articlesFile: string; articles: SeedArticle[] } {
  const problems: string[] = [];
  const articlesFile = path.join(dir, 'articles.json');
  const raw = readJson(articlesFile, problems);
  if (problems.length) throw new DatasetValidationError(problems);
  const parsed = articlesSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetValidationError(zodProblems(articlesFile, parsed.error));
  problems.push(...missingTexts(dir, articlesFile, parsed.data));
  if (problems.length) throw new DatasetValidationError(problems);
  return { articlesFile, articles: parsed.data };
}

/** An article of the folder `dir` with its text, read from its file. */
export function articleWithText(dir: string, article: SeedArticle): LoadableArticle {
  return { ...article, text: readFileSync(path.join(dir, article.file), 'utf8') };
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

  problems.push(...missingTexts(dir, articlesFile, articlesParsed.data));
  if (problems.length) throw new DatasetValidationError(problems);
  const articles = articlesParsed.data.map((meta) => articleWithText(dir, meta));
  return validateDataset({ articles, ...graphParsed.data }, { where: { articles: articlesFile, graph: graphFile } });
}
