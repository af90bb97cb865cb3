// Deletes the relationships of one type ({{type}} from the REL_TYPES allow-list) an article states;
// the rel_source_* indexes (schema.cypher) find them without scanning the type.
// params: $id (article id)
// returns: count, ends (the ids of the nodes they joined, whose stored degree then changes)
MATCH (a)-[r:{{type}}]->(b)
WHERE r.source = $id
WITH r, a.id AS from, b.id AS to
DELETE r
RETURN count(*) AS count, collect(DISTINCT from) + collect(DISTINCT to) AS ends
