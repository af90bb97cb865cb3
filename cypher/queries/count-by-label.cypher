// Entity node counts by primary label (the label other than the technical :Entity).
// params: none
// returns: label, count
MATCH (n:Entity)
WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS label
RETURN label, count(*) AS count
ORDER BY label
