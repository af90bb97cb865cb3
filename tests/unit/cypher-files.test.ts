import { describe, expect, it } from 'vitest';
import { cypher, CypherFileError, schemaStatements } from '../../server/db/cypher-files.ts';

describe('cypher files', () => {
  it('splits the schema script into idempotent statements', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(10);
    for (const s of statements) expect(s).toMatch(/^CREATE (CONSTRAINT|FULLTEXT INDEX) \w+ IF NOT EXISTS/);
  });

  it('splices allow-listed identifiers only', () => {
    expect(cypher('seed-merge-nodes', { label: 'Official' })).toContain('MERGE (n:Entity:Official {id: row.id})');
    expect(() => cypher('seed-merge-nodes', { label: 'Official) DETACH DELETE (n' })).toThrow(CypherFileError);
    expect(() => cypher('seed-merge-nodes')).toThrow(/needs a value for \{\{label\}\}/);
  });
});
