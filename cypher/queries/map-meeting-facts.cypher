// Meetings and partnerships, with the places each end stands for: an end is followed along
// REPRESENTS|LOCATED_IN up to 2 hops (Yamamoto Ichita → Gunma; Kuratomi Sumio → Kyushu Economic
// Federation → Kyushu; a place is itself, 0 hops). Every place reached comes with its hops; the
// server keeps the nearest per end (Gunma, not the Japan that Gunma is LOCATED_IN).
// params: $limit
// returns: id, type, source, evidence, date, inferredDate, dateText, fromPlaces, toPlaces (lists of {id, hops, via})
MATCH (a:Entity)-[r:MET_WITH|PARTNERS_WITH]->(b:Entity)
WITH a, r, b
ORDER BY r.id
LIMIT $limit + 1
RETURN
  r.id AS id,
  type(r) AS type,
  r.source AS source,
  r.evidence AS evidence,
  toString(r.date) AS date,
  toString(r.inferredDate) AS inferredDate,
  toString(r.dateText) AS dateText,
  COLLECT {
    MATCH path = (a)-[:REPRESENTS|LOCATED_IN*0..2]->(p:Entity)
    WHERE p:Prefecture OR p:Region OR p:Locality OR p:Country
    RETURN {id: p.id, hops: length(path), via: a.id}
  } AS fromPlaces,
  COLLECT {
    MATCH path = (b)-[:REPRESENTS|LOCATED_IN*0..2]->(p:Entity)
    WHERE p:Prefecture OR p:Region OR p:Locality OR p:Country
    RETURN {id: p.id, hops: length(path), via: b.id}
  } AS toPlaces
