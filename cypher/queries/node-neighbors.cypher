// Neighbours of an entity up to $depth (1 or 2) hops, filtered by relationship type and
// neighbour label. Each ring is capped at $limit so a hub cannot flood the response; the
// relationships returned are the ones traversed.
// params: $id, $depth, $types (list, empty = all), $labels (list, empty = all), $limit
// returns: center, nodes, rels, truncated (null when the id is unknown)
MATCH (c:Entity {id: $id})
OPTIONAL CALL (c) {
  MATCH (c)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types) AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
  RETURN r, m
  LIMIT $limit + 1
}
WITH c, collect(r) AS rels1, collect(DISTINCT m) AS ring1
OPTIONAL CALL (c, ring1) {
  UNWIND CASE WHEN $depth = 2 THEN ring1[..$limit] ELSE [] END AS m
  MATCH (m)-[r]-(x:Entity)
  WHERE x <> c AND (size($types) = 0 OR type(r) IN $types) AND (size($labels) = 0 OR any(l IN labels(x) WHERE l IN $labels))
  RETURN r, x
  LIMIT $limit + 1
}
WITH c, rels1, ring1, collect(r) AS rels2, collect(DISTINCT x) AS ring2
RETURN c AS center, ring1 + ring2 AS nodes, rels1 + rels2 AS rels, size(rels1) > $limit OR size(rels2) > $limit AS truncated
