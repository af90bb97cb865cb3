// Existing entities a draft's nodes may be: those with the draft's gazetteer/lexicon ids, and
// the full-text hits for each name (Lucene queries built by server code from escaped terms).
// params: $ids, $queries (list of Lucene queries), $perQuery
// returns: node
CALL () {
  MATCH (n:Entity) WHERE n.id IN $ids
  RETURN n
  UNION
  UNWIND $queries AS q
  CALL db.index.fulltext.queryNodes('entity_names', q, {limit: $perQuery}) YIELD node
  RETURN node AS n
}
RETURN DISTINCT n AS node
