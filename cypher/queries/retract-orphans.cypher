// Deletes, among the given nodes, those left with no mention and no relationship.
// params: $ids
// returns: count
MATCH (n:Entity)
WHERE n.id IN $ids AND size(n.sources) = 0 AND NOT EXISTS { (n)--() }
DELETE n
RETURN count(*) AS count
