// Deletes the relationships of one type ({{type}} from the REL_TYPES allow-list) an article states;
// the rel_source_* indexes (schema.cypher) find them without scanning the type.
// params: $id (article id)
// returns: count
MATCH ()-[r:{{type}}]->()
WHERE r.source = $id
DELETE r
RETURN count(*) AS count
