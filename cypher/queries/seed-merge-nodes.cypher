// Creates or updates entity nodes of one label ({{label}} is spliced from the NODE_LABELS allow-list).
// params: $rows: list of { id, name, aliases, properties, sources, evidence }
// returns: nothing
UNWIND $rows AS row
MERGE (n:Entity:{{label}} {id: row.id})
SET n += row.properties,
    n.name = row.name,
    n.aliases = row.aliases,
    n.sources = row.sources,
    n.evidence = row.evidence
