// Places (Prefecture, Region, Locality) linked to sectors. The rule, one row per linking fact:
//  1. asked-of: a REQUESTED_COOPERATION_IN request was addressed (askedOf) to the place itself,
//     names it (region), or was addressed to someone who REPRESENTS or is LOCATED_IN it, directly
//     or through one organization (Kuratomi Sumio → Kyushu Economic Federation → Kyushu);
//  2. meeting-place: the request was made at an event held in the place, on the day the
//     requester took part in it (Vietnamese localities such as Quảng Ninh, Hanoi);
//  3. investment: the place INVESTS_IN the sector.
// Each fact carries its relationship's source and evidence sentence.
// params: none
// returns: place, sector, count, via, evidence
CALL () {
  MATCH (o:Official)-[r:REQUESTED_COOPERATION_IN]->(s:Sector)
  CALL (o, r) {
    MATCH (a:Entity) WHERE a.id IN coalesce(r.askedOf, []) OR a.id = r.region
    MATCH (a)-[:REPRESENTS|LOCATED_IN*0..2]->(p:Entity)
    WHERE p:Prefecture OR p:Region OR p:Locality
    RETURN p, 'asked-of' AS via
    UNION
    MATCH (o)-[t:PARTICIPATED_IN]->(:Event)-[:HELD_IN]->(p:Locality)
    WHERE t.inferredDate = r.inferredDate
    RETURN p, 'meeting-place' AS via
  }
  RETURN p, s, r, via
  UNION
  MATCH (p:Entity)-[r:INVESTS_IN]->(s:Sector)
  WHERE p:Prefecture OR p:Region OR p:Locality
  RETURN p, s, r, 'investment' AS via
}
WITH p, s, collect(DISTINCT via) AS via, collect(DISTINCT {source: r.source, evidence: r.evidence}) AS evidence
RETURN p AS place, s AS sector, size(evidence) AS count, via, evidence
ORDER BY count DESC, place.name, sector.name
