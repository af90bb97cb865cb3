// One entity with every incident relationship and the node at its other end.
// params: $id
// returns: node, rels (list of { rel, other })
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(other:Entity)
WITH n, r, other ORDER BY type(r), other.name
RETURN n AS node, collect(CASE WHEN r IS NULL THEN NULL ELSE {rel: r, other: other} END) AS rels
