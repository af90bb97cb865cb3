// The overview graph: entity nodes (best connected first, so a capped view keeps the hubs; the
// stored degree is read in entity_degree index order instead of counted for every entity)
// and, of the relationships among them, at most $edges: whole facts (the parallel citations of
// one type between the same two nodes), the most cited first. One more node than $limit is read
// to detect truncation; `among` counts every relationship between the nodes, before the cap.
// params: $labels (list, empty = all), $types (list, empty = all), $limit, $edges
// returns: nodes, rels, among, truncated
MATCH (n:Entity)
WHERE n.degree IS NOT NULL AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
WITH n ORDER BY n.degree DESC, n.id
LIMIT $limit + 1
WITH collect(n) AS found
WITH found[..$limit] AS nodes, size(found) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes AND (size($types) = 0 OR type(r) IN $types)
  WITH a, b, type(r) AS type, collect(r) AS citations
  // The tie-breaks make the cut stable from one request to the next.
  ORDER BY size(citations) DESC, a.id, b.id, type
  WITH collect(citations) AS facts, sum(size(citations)) AS among
  CALL (facts) {
    UNWIND facts AS citations
    UNWIND citations AS r
    WITH r LIMIT $edges
    RETURN collect(r) AS rels
  }
  RETURN rels, among
}
RETURN nodes, rels, among, truncated
