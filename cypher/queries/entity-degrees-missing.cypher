// Stores the degree of up to $batch entities that have none: nodes written before degrees were
// stored, or by a bulk import (neo4j-admin writes no computed property). applySchema repeats it
// until it answers 0, so a database of any size is brought up to date in bounded transactions.
// params: $batch
// returns: count (nodes updated)
MATCH (n:Entity)
WHERE n.degree IS NULL
WITH n LIMIT $batch
SET n.degree = COUNT { (n)--() }
RETURN count(n) AS count
