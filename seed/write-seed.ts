// Writes a dataset as a seed folder (articles.json, articles/<id>.txt, graph.json) that
// readSeed reads back and `npm run seed -- --dir` loads: the reviewable form of ingested drafts.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedArticle } from '../contract/dataset.ts';
import type { DatasetInput } from './dataset.ts';

export function writeSeedFolder(dir: string, dataset: DatasetInput): void {
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  const articles: SeedArticle[] = dataset.articles.map(({ text, file: _file, ...meta }) => {
    const file = `articles/${meta.id}.txt`;
    writeFileSync(path.join(dir, file), text);
    return { ...meta, file };
  });
  writeFileSync(path.join(dir, 'articles.json'), `${JSON.stringify(articles, null, 2)}\n`);
  const relationships = dataset.relationships.map(({ type, from, to, properties, source, evidence }) => ({
    type,
    from,
    to,
    properties,
    source,
    evidence,
  }));
  writeFileSync(path.join(dir, 'graph.json'), `${JSON.stringify({ nodes: dataset.nodes, relationships }, null, 2)}\n`);
}
