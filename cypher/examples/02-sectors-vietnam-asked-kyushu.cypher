// title: What Vietnam asked of Kyushu
// question: In which sectors did Vietnamese officials ask the Kyushu side (the region, or someone representing or based in it) to cooperate?
MATCH (k:Region {id: 'kyushu'})
MATCH (o:Official)-[r:REQUESTED_COOPERATION_IN]->(s:Sector)
WHERE EXISTS { (o)-[:REPRESENTS]->(:Entity)-[:LOCATED_IN]->(:Country {id: 'vietnam'}) }
  AND (r.region = 'kyushu' OR EXISTS {
    MATCH (a:Entity)-[:REPRESENTS|LOCATED_IN*0..2]->(k)
    WHERE a.id IN coalesce(r.askedOf, [])
  })
RETURN o, r, s, s.name AS sector, r.evidence AS evidence
ORDER BY sector
