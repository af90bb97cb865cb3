// title: Kyushu's prefectures
// question: Which prefectures make up the Kyushu region?
MATCH (p:Prefecture)-[r:PART_OF]->(k:Region {id: 'kyushu'})
RETURN p, r, k, p.name AS prefecture
ORDER BY prefecture
