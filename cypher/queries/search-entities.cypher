// Full-text search over names and aliases (index entity_names, diacritics folded).
// $query is a Lucene query built by server code from escaped user terms, never raw input.
// params: $query, $labels (list, empty = all), $limit
// returns: id, label, name, score
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit * 4})
YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name, score
ORDER BY score DESC, size(name), name
LIMIT $limit
