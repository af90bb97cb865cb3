// npm run ingest -- FILE... [--out DIR] [--commit] [--published YYYY-MM-DD]
// Articles (.txt, .html) → drafts extracted and resolved against the graph; or reviewed drafts
// (.json, as the review screen downloads them). --out DIR writes the drafts (DIR/drafts/*.json,
// reviewable in an editor and committable later) and the whole as a seed folder (DIR/
// articles.json, articles/, graph.json: `npm run seed -- --dir DIR` loads it into an empty
// database). --commit writes each article in its own transaction: a .txt/.html article with
// everything the extractor proposed accepted (that is what the flag says), a .json draft as
// reviewed (accepted items only). One progress line per article.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.ts';
import type { SeedNode } from '../contract/dataset.ts';
import { draftSchema, type Draft } from '../contract/ingest.ts';
import { createDriver } from '../db/driver.ts';
import { acceptProposed, applyReview } from '../seed/apply-review.ts';
import type { DatasetInput } from '../seed/dataset.ts';
import { writeSeedFolder } from '../seed/write-seed.ts';
import { acquireLocalNeo4j } from '../tools/neo4j/local-neo4j.ts';
import { IngestRepository } from './features/ingest/ingest.repository.ts';
import { IngestService, requestFromHtml } from './features/ingest/ingest.service.ts';
import { AppError } from './http/app-error.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, commit: { type: 'boolean', default: false }, published: { type: 'string' } },
});
if (!positionals.length || (!values.out && !values.commit)) {
  console.error('usage: npm run ingest -- FILE... [--out DIR] [--commit] [--published YYYY-MM-DD]   (FILE: .txt, .html or a .json draft)');
  process.exit(2);
}

/** Several articles' datasets as one seed folder: a node met in two articles gathers both mentions. */
function combine(datasets: DatasetInput[]): DatasetInput {
  const nodes = new Map<string, SeedNode>();
  for (const node of datasets.flatMap((d) => d.nodes)) {
    const earlier = nodes.get(node.id);
    nodes.set(
      node.id,
      earlier
        ? { ...earlier, aliases: [...new Set([...earlier.aliases, ...node.aliases])], mentions: [...earlier.mentions, ...node.mentions] }
        : node,
    );
  }
  return {
    articles: datasets.flatMap((d) => d.articles),
    nodes: [...nodes.values()],
    relationships: datasets.flatMap((d) => d.relationships),
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const localNeo4j = config.neo4j.managedLocal ? await acquireLocalNeo4j({ ...config.local, password: config.neo4j.password }) : undefined;
  const driver = createDriver(config.neo4j);
  const repo = new IngestRepository(driver, config.neo4j.database);
  const service = new IngestService(repo);
  const drafts: Draft[] = [];
  let failures = 0;
  try {
    for (const file of positionals) {
      const started = performance.now();
      try {
        const content = readFileSync(file, 'utf8');
        const ext = path.extname(file).toLowerCase();
        const given = { language: 'fr' as const, publishedDate: values.published };
        const reviewed = ext === '.json';
        const draft = reviewed
          ? draftSchema.parse(JSON.parse(content))
          : await service.extract(ext === '.html' || ext === '.htm' ? requestFromHtml(content, given) : { text: content, ...given });
        drafts.push(draft);
        const line = `${path.basename(file)}: ${draft.nodes.length} entities (${draft.nodes.filter((n) => n.review.match).length} already in the graph), ${draft.relationships.length} facts`;
        if (values.commit) {
          const done = await repo.commit(reviewed ? draft : acceptProposed(draft));
          console.log(
            `${line}; committed as ${done.articleId}: ${done.created.nodes} new nodes, ${done.merged.nodes} merged, ${done.created.relationships} facts (${Math.round(performance.now() - started)} ms)`,
          );
        } else console.log(`${line} (${Math.round(performance.now() - started)} ms)`);
      } catch (err) {
        failures++;
        const reason =
          err instanceof AppError || err instanceof SyntaxError
            ? err.message
            : err instanceof Error && err.name === 'ZodError'
              ? `not a draft: ${err.message}`
              : null;
        if (reason === null) throw err;
        console.error(`${path.basename(file)}: ${reason}`);
      }
    }
    if (values.out) {
      for (const draft of drafts) writeDraft(values.out, draft);
      writeSeedFolder(values.out, combine(drafts.map((d) => applyReview(acceptProposed(d)).dataset)));
      console.log(`wrote ${drafts.length} draft(s) to ${path.join(values.out, 'drafts')} and the seed folder ${values.out}`);
    }
  } finally {
    await driver.close();
    await localNeo4j?.release();
  }
  if (failures) process.exitCode = 1;
}

function writeDraft(dir: string, draft: Draft): void {
  const file = path.join(dir, 'drafts', `${draft.articles[0]!.id}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(draft, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
