// title: Officials and what they represent
// question: Which body or place does each official represent, and in what role?
MATCH (o:Official)-[r:REPRESENTS]->(x:Entity)
RETURN o, r, x, r.role AS role
ORDER BY o.name, x.name
