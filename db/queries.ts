// Cypher lives in cypher/*.cypher, one statement a file, loaded once by name. The names are a
// closed list: a missing file fails at start-up, not on the first request that needs it.
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../config/paths.ts';

export const CYPHER_DIR = `${projectPath('cypher')}/`;

export const QUERY_NAMES = [
  'ad-hoc-overruns',
  'article-by-id',
  'article-fact-counts',
  'article-facts',
  'article-mentions',
  'bulk-empty-aliases',
  'count-by-label',
  'count-by-type',
  'count-entities',
  'cypher-schema',
  'entities-exist',
  'entity-degrees',
  'entity-degrees-missing',
  'graph-overview',
  'ingest-article-aliases',
  'ingest-candidates',
  'ingest-create-article',
  'ingest-create-nodes',
  'ingest-find-article',
  'ingest-merge-mentions',
  'list-articles',
  'map-meeting-facts',
  'map-places',
  'map-request-facts',
  'node-details',
  'node-neighbor-counts',
  'node-neighbors',
  'node-neighbors-page',
  'nodes-by-element-id',
  'region-sector-links',
  'region-sector-places',
  'retract-article',
  'retract-mentions',
  'retract-orphans',
  'retract-relationships',
  'search-entities',
  'server-version',
  'shortest-paths',
  'timeline-days',
  'seed-merge-articles',
  'seed-merge-nodes',
  'seed-merge-relationships',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export class CypherFileError extends Error {}

function loadAll(dir: string): Map<QueryName, string> {
  const present = new Set(
    readdirSync(`${dir}queries`)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => f.slice(0, -'.cypher'.length)),
  );
  const missing = QUERY_NAMES.filter((n) => !present.has(n));
  if (missing.length) throw new CypherFileError(`Missing Cypher files in ${dir}queries: ${missing.map((n) => `${n}.cypher`).join(', ')}`);
  return new Map(QUERY_NAMES.map((name) => [name, readFileSync(`${dir}queries/${name}.cypher`, 'utf8')]));
}

let queries: Map<QueryName, string> | undefined;

/** Reads every named query now; entry points call this at start-up so a missing file fails fast. */
export function loadQueries(dir = CYPHER_DIR): void {
  queries = loadAll(dir);
}

/**
 * The text of a named query. `splices` fills `{{key}}` placeholders with identifiers (labels,
 * relationship types) or small integers (path bounds) that callers take from an allow-list; anything else is rejected, so
 * user input can never reach the query text.
 */
export function cypher(name: QueryName, splices: Record<string, string> = {}): string {
  queries ??= loadAll(CYPHER_DIR);
  let text = queries.get(name)!;
  for (const [key, value] of Object.entries(splices)) {
    if (!/^([A-Z][A-Za-z_]*|\d{1,2})$/.test(value)) throw new CypherFileError(`Refusing to splice "${value}" into ${name}.cypher`);
    text = text.replaceAll(`{{${key}}}`, value);
  }
  const left = /\{\{(\w+)\}\}/.exec(text);
  if (left) throw new CypherFileError(`${name}.cypher needs a value for {{${left[1]}}}`);
  return text;
}

/** The statements of cypher/schema.cypher: comments dropped, split at a semicolon ending a line. */
export function schemaStatements(dir = CYPHER_DIR): string[] {
  const text = readFileSync(`${dir}schema.cypher`, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return text
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
