// Relationship counts by type, between entity nodes.
// params: none
// returns: type, count
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
