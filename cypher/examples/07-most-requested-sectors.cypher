// title: Most requested sectors
// question: In which sectors was cooperation requested most often, and by whom?
MATCH (o:Official)-[r:REQUESTED_COOPERATION_IN]->(s:Sector)
RETURN s.name AS sector, count(r) AS requests, collect(DISTINCT o.name) AS askedBy
ORDER BY requests DESC, sector
LIMIT 15
