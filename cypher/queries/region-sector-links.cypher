// Places (Prefecture, Region, Locality) linked to sectors, one row per (place, fact, rule, chain).
// A fact links a place to a sector by one of these rules:
//  1. asked-of: a REQUESTED_COOPERATION_IN request was addressed (askedOf) to the place itself,
//     names it (region), or was addressed to someone or something that REPRESENTS or is
//     LOCATED_IN it, up to 2 hops (Kuratomi Sumio → Kyushu Economic Federation → Kyushu);
//  2. requester-place: the official who asked REPRESENTS the place, or REPRESENTS a body
//     LOCATED_IN it (REPRESENTS|LOCATED_IN up to 2 hops: a committee president → the People's
//     Committee → the province) — how Vietnamese localities get the sectors their leaders ask for;
//  3. investment: the place INVESTS_IN the sector;
//  4. partnership: a PARTNERS_WITH agreement of the place that names sectors (`sectors` or
//     `sector`, sector ids or names); an agreement naming none links nothing;
//  5. meeting-place, only when $venues is true: the request was made at an event held in the
//     place, on the day the requester took part in it. A venue city is otherwise not "linked" to
//     a sector merely because a meeting was held there.
// `chain` is the relationships from the addressee, requester or event to the place, so a cell
// can draw how the place is reached; `ends` are the nodes along it.
// params: $venues
// returns: place, sector, fact, via, requester, chain, ends
CALL () {
  MATCH (o:Official)-[r:REQUESTED_COOPERATION_IN]->(s:Sector)
  CALL (o, r) {
    MATCH (a:Entity)
    WHERE a.id IN coalesce(r.askedOf, []) OR a.id = r.region
    MATCH path = (a)-[:REPRESENTS|LOCATED_IN*0..2]->(p:Entity)
    WHERE p:Prefecture OR p:Region OR p:Locality
    RETURN p, 'asked-of' AS via, path
    UNION
    MATCH path = (o)-[:REPRESENTS|LOCATED_IN*1..2]->(p:Entity)
    WHERE p:Prefecture OR p:Region OR p:Locality
    RETURN p, 'requester-place' AS via, path
    UNION
    MATCH path = (o)-[t:PARTICIPATED_IN]->(:Event)-[:HELD_IN]->(p:Locality)
    WHERE $venues AND coalesce(t.date, t.inferredDate) = coalesce(r.date, r.inferredDate)
    RETURN p, 'meeting-place' AS via, path
  }
  RETURN p, s, r, via, o AS requester, relationships(path) AS chain, nodes(path) AS ends
  UNION
  MATCH (p:Entity)-[r:INVESTS_IN]->(s:Sector)
  WHERE p:Prefecture OR p:Region OR p:Locality
  RETURN p, s, r, 'investment' AS via, null AS requester, [] AS chain, [] AS ends
  UNION
  MATCH (p:Entity)-[r:PARTNERS_WITH]-(q:Entity)
  WHERE (p:Prefecture OR p:Region OR p:Locality) AND (r.sectors IS NOT NULL OR r.sector IS NOT NULL)
  UNWIND coalesce(r.sectors, r.sector) AS named
  MATCH (s:Sector)
  WHERE s.id = named OR s.name = named
  RETURN p, s, r, 'partnership' AS via, null AS requester, [] AS chain, [q] AS ends
}
RETURN p AS place, s AS sector, r AS fact, via, requester, chain, ends
ORDER BY place.id, sector.id, fact.id, via
