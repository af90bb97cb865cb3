// Data access for the console's autocomplete: the labels, relationship types and property keys
// the database knows (cypher/queries/cypher-schema.cypher), sorted, technical labels left out.
import type { CypherSchema } from '../../../contract/api/cypher.ts';
import { TECHNICAL_LABELS } from '../../../contract/model.ts';
import { readQuery, type ReadTarget } from '../../../db/read.ts';

const technical = new Set<string>(TECHNICAL_LABELS);
const sorted = (values: unknown) => (Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : []).sort((a, b) => a.localeCompare(b));

export class CypherSchemaRepository {
  constructor(private readonly db: ReadTarget) {}

  async schema(): Promise<CypherSchema> {
    const { records } = await readQuery<{ labels: string[]; types: string[]; keys: string[] }>(this.db, 'cypher-schema');
    const record = records[0];
    return {
      labels: sorted(record?.get('labels')).filter((l) => !technical.has(l)),
      relationshipTypes: sorted(record?.get('types')),
      propertyKeys: sorted(record?.get('keys')),
    };
  }
}
