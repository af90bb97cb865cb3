// Creates the new entity nodes of one label ({{label}} is spliced from the NODE_LABELS allow-list).
// CREATE, not MERGE: the commit has already renamed ids that exist, so a clash is a concurrent write and fails.
// params: $rows: list of { id, name, aliases, properties, sources, evidence }
// returns: count
UNWIND $rows AS row
CREATE (n:Entity:{{label}} {id: row.id})
SET n += row.properties,
    n.name = row.name,
    n.aliases = row.aliases,
    n.sources = row.sources,
    n.evidence = row.evidence
RETURN count(n) AS count
