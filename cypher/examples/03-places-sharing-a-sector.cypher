// title: Places that share a sector
// question: Which sectors link more than one place (through requests addressed to it, made at an event held there, or its investments)?
CALL () {
  MATCH (o:Official)-[:REQUESTED_COOPERATION_IN]->(s:Sector)
  MATCH (o)-[:PARTICIPATED_IN]->(:Event)-[:HELD_IN]->(p:Locality)
  RETURN p, s
  UNION
  MATCH (:Official)-[r:REQUESTED_COOPERATION_IN]->(s:Sector)
  MATCH (a:Entity)-[:REPRESENTS|LOCATED_IN*0..2]->(p:Entity)
  WHERE a.id IN coalesce(r.askedOf, []) AND (p:Prefecture OR p:Region OR p:Locality)
  RETURN p, s
  UNION
  MATCH (p:Entity)-[:INVESTS_IN]->(s:Sector)
  WHERE p:Prefecture OR p:Region OR p:Locality
  RETURN p, s
}
WITH s, collect(DISTINCT p) AS places
WHERE size(places) > 1
RETURN s.name AS sector, [p IN places | p.name] AS placeNames, size(places) AS placeCount, s, places
ORDER BY placeCount DESC, sector
