// Adds an article's mentions (source + evidence, parallel lists) and new aliases to existing
// nodes; their curated properties stay as they are. Returns the aliases it added, which the
// article keeps so that retracting it takes them away again.
// params: $rows: list of { id, aliases, sources, evidence }
// returns: id, added (one row per node found)
// Each node's write lock is taken (SET _lock) before its lists are read: a commit or retract
// changing them in between would otherwise be lost (read, then overwritten from the stale read).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n._lock = true
WITH n, row, [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, []) AND a <> n.name] AS added
SET n.aliases = coalesce(n.aliases, []) + added,
    n.sources = coalesce(n.sources, []) + row.sources,
    n.evidence = coalesce(n.evidence, []) + row.evidence
REMOVE n._lock
RETURN n.id AS id, added
