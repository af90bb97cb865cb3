// How much each article contributes: its facts (one type between the same two nodes, however
// many of its sentences state it) and its relationships (one per fact and sentence). Articles
// stating nothing have no row.
// params: none
// returns: id, facts, relationships
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.source IS NOT NULL
RETURN r.source AS id, count(DISTINCT [type(r), a.id, b.id]) AS facts, count(r) AS relationships
ORDER BY id
