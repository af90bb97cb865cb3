// The whole graph's content as one string: every node's labels and properties, every
// relationship's type, ends and properties, sorted. Equal fingerprints mean an identical graph
// (element ids are left out: a node deleted and created again with the same content is equal).
import neo4j, { type Driver } from 'neo4j-driver';

export async function graphFingerprint(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (n)
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, collect(CASE WHEN r IS NULL THEN null ELSE [type(r), coalesce(m.id, elementId(m)), properties(r)] END) AS out
     RETURN labels(n) AS labels, properties(n) AS props, out`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  const sorted = (o: Record<string, unknown>) => Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
  const rows = records.map((r) =>
    JSON.stringify([
      [...(r.get('labels') as string[])].sort(),
      sorted(r.get('props')),
      (r.get('out') as [string, string, Record<string, unknown>][])
        .map(([type, to, props]) => JSON.stringify([type, to, sorted(props)]))
        .sort(),
    ]),
  );
  return rows.sort().join('\n');
}

/** Entities whose stored degree (which the overview ranks by) is missing or differs from their relationships counted now: [] when every writer kept it. */
export async function staleDegrees(driver: Driver, database: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity) WHERE n.degree IS NULL OR n.degree <> COUNT { (n)--() } RETURN n.id AS id ORDER BY id',
    {},
    { database, routing: neo4j.routing.READ },
  );
  return records.map((r) => r.get('id') as string);
}
