// The example queries, bundled from cypher/examples/*.cypher at build time.
import { parseExamples, type CypherExample } from '../analysis/cypher-examples.ts';

const files = import.meta.glob('../../../cypher/examples/*.cypher', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

export const EXAMPLES: CypherExample[] = parseExamples(files);
