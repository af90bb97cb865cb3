// The overview graph: entity nodes (best connected first, so a capped view keeps the hubs)
// and the relationships among them. One more node than $limit is read to detect truncation.
// params: $labels (list, empty = all), $types (list, empty = all), $limit
// returns: nodes, rels, truncated
MATCH (n:Entity)
WHERE size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels)
WITH n ORDER BY COUNT { (n)--() } DESC, n.id
LIMIT $limit + 1
WITH collect(n) AS found
WITH found[..$limit] AS nodes, size(found) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND (size($types) = 0 OR type(r) IN $types)
  RETURN collect(r) AS rels
}
RETURN nodes, rels, truncated
