// All shortest paths between two entities, up to {{maxHops}} hops (spliced: an integer 1–6
// checked by the route's schema, because a path length bound cannot be a parameter).
// params: $from, $to, $limit
// returns: path
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..{{maxHops}}]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN p AS path
LIMIT $limit
