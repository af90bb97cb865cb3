// Neighbours of an entity up to $depth (1 or 2) hops, filtered by relationship type and
// neighbour label. Each ring is capped at $limit so a hub cannot flood the response, and so is
// the whole (the centre and $limit others); the relationships returned are the ones traversed
// between the nodes returned.
// params: $id, $depth, $types (list, empty = all), $labels (list, empty = all), $limit
// returns: center, nodes (without the centre, ring 1 first), rels, truncated (no row when the id is unknown)
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
// Only what is sent: the centre and the first $limit other nodes found (ring 1 first), and the
// relationships among them. Two rings hold up to twice that, which the server decoded and dropped.
WITH c, rels1 + rels2 AS found, size(rels1) > $limit OR size(rels2) > $limit AS capped,
     [c] + [m IN ring1 WHERE m <> c] + [x IN ring2 WHERE NOT x IN ring1] AS reached
WITH c, found, capped OR size(reached) > $limit + 1 AS truncated, reached[..$limit + 1] AS kept
RETURN c AS center, kept[1..] AS nodes, [r IN found WHERE startNode(r) IN kept AND endNode(r) IN kept] AS rels, truncated
