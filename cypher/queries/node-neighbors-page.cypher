// One page of an entity's direct neighbours, filtered by relationship type and neighbour label,
// in a stable order (by id, then element id for a node without one), so that $skip walks past
// the per-expansion cap: consecutive pages neither overlap nor leave a neighbour out. $limit
// counts neighbours, not relationships; every matching relationship to a neighbour of the page
// comes with it (parallel citations of one fact included).
// params: $id, $types (list, empty = all), $labels (list, empty = all), $skip, $limit
// returns: center, nodes (the page), rels (between center and the page), next (the $skip of the following page, null on the last); no row when the id is unknown
MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types) AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
  WITH DISTINCT m
  WHERE m IS NOT NULL
  ORDER BY m.id, elementId(m)
  SKIP $skip
  LIMIT $limit + 1
  RETURN collect(m) AS page
}
WITH c, page[..$limit] AS nodes, size(page) > $limit AS more
CALL (c, nodes) {
  UNWIND nodes AS m
  MATCH (c)-[r]-(m)
  WHERE size($types) = 0 OR type(r) IN $types
  RETURN collect(r) AS rels
}
RETURN c AS center, nodes, rels, CASE WHEN more THEN $skip + $limit ELSE null END AS next
