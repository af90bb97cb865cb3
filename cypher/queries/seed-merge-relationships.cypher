// Creates or updates relationships of one type ({{type}} is spliced from the REL_TYPES allow-list).
// Relies on the entity_id constraint's index to find both ends (a missing end fails the batch)
// and on the type's id constraint (schema.cypher) for the MERGE to seek the relationship by id.
// params: $rows: list of { id, from, to, properties, source, evidence }
// returns: count (relationships merged)
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:{{type}} {id: row.id}]->(b)
SET r += row.properties,
    r.source = row.source,
    r.evidence = row.evidence
RETURN count(r) AS count
