// The timeline's counts: the relationships between entities grouped by their raw date properties
// and type. The server dates each group with contract/fact-date.ts's factDate (the stated `date`,
// else the `inferredDate`, else undated), so it dates a fact exactly as the client's time filter
// does; grouping first keeps the answer to a row per distinct date pair, whatever the graph's size.
// params: none
// returns: date, inferredDate, type, facts
MATCH (a)-[r]->(b)
WHERE a:Entity AND b:Entity
RETURN r.date AS date, r.inferredDate AS inferredDate, type(r) AS type, count(*) AS facts
