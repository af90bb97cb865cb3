// All shortest routes between two entities, up to {{maxHops}} hops (spliced: an integer 1–6
// checked by the route's schema, because a path length bound cannot be a parameter). A route is
// a sequence of nodes: the paths that differ only in which of several parallel relationships
// (the same fact cited by two articles, say) they take are one route, returned together, so
// $limit counts routes and a route is never listed once per citation.
// params: $from, $to, $limit
// returns: variants (the paths of one route)
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..{{maxHops}}]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
WITH [n IN nodes(p) | elementId(n)] AS route, collect(p) AS variants
RETURN variants
LIMIT $limit
