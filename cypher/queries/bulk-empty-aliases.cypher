// neo4j-admin import reads an empty list field as no property at all, where the transactional
// loader stores `aliases: []`; this puts the empty list back, up to $batch nodes per run (the
// bulk loader repeats it until it returns 0, so no transaction grows with the graph).
// params: $batch (an integer)
// returns: count
MATCH (n:Entity) WHERE n.aliases IS NULL
WITH n LIMIT $batch
SET n.aliases = []
RETURN count(n) AS count
