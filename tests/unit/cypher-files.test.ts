import { describe, expect, it } from 'vitest';
import { NODE_LABELS, REL_TYPES } from '../../contract/model.ts';
import { cypher, CypherFileError, schemaStatements } from '../../db/queries.ts';

describe('cypher files', () => {
  it('splits the schema script into idempotent statements', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(10);
    for (const s of statements) expect(s).toMatch(/^CREATE (CONSTRAINT|FULLTEXT INDEX|INDEX) \w+ IF NOT EXISTS/);
  });

  it("gives every node label and relationship type an id uniqueness constraint, which the loader's MERGE relies on", () => {
    const schema = schemaStatements().join('\n');
    for (const label of NODE_LABELS) expect(schema).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
    for (const type of REL_TYPES) expect(schema).toMatch(new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) REQUIRE r\\.id IS UNIQUE`));
  });

  it('indexes every relationship type by its source article, which retracting an article relies on', () => {
    const schema = schemaStatements().join('\n');
    for (const type of REL_TYPES) expect(schema).toMatch(new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) ON \\(r\\.source\\)`));
  });

  it('splices allow-listed identifiers only', () => {
    expect(cypher('seed-merge-nodes', { label: 'Official' })).toContain('MERGE (n:Entity:Official {id: row.id})');
    expect(() => cypher('seed-merge-nodes', { label: 'Official) DETACH DELETE (n' })).toThrow(CypherFileError);
    expect(() => cypher('seed-merge-nodes')).toThrow(/needs a value for \{\{label\}\}/);
  });
});
