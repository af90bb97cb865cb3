// The relationships of one type ({{type}} from the REL_TYPES allow-list) an article states, with
// both ends; the rel_source_* index finds them without scanning the type.
// params: $id (article id)
// returns: rels, nodes
MATCH (a:Entity)-[r:{{type}}]->(b:Entity)
WHERE r.source = $id
RETURN collect(r) AS rels, collect(DISTINCT a) + collect(DISTINCT b) AS nodes
