// Requests for cooperation, with the requester's places and the places of those it was asked of
// (askedOf, and the region it names): each followed along REPRESENTS|LOCATED_IN up to 2 hops, as
// in map-meeting-facts; `via` tells which addressee a place was reached from, so the server keeps
// the nearest place per addressee (Kuratomi Sumio and his federation both lead to Kyushu).
// params: $limit
// returns: id, type, source, evidence, date, inferredDate, dateText, fromPlaces, toPlaces (lists of {id, hops, via})
MATCH (a:Entity)-[r:REQUESTED_COOPERATION_IN]->(:Entity)
WITH a, r
ORDER BY r.id
LIMIT $limit + 1
WITH a, r, coalesce(r.askedOf, []) + CASE WHEN r.region IS NULL THEN [] ELSE [r.region] END AS addressees
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
    MATCH path = (t:Entity)-[:REPRESENTS|LOCATED_IN*0..2]->(p:Entity)
    WHERE t.id IN addressees AND (p:Prefecture OR p:Region OR p:Locality OR p:Country)
    RETURN {id: p.id, hops: length(path), via: t.id}
  } AS toPlaces
