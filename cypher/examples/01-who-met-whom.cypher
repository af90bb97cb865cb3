// title: Who met whom
// question: Which officials met whom, on what date, and which sentence says so?
MATCH (a:Official)-[r:MET_WITH]->(b:Entity)
RETURN a, r, b, r.inferredDate AS date, r.evidence AS evidence
ORDER BY date, a.name
