// Every place (Prefecture, Region, Locality) and where the region × sector matrix rolls it up:
// a prefecture into its region (PART_OF), a Japanese city into its prefecture or region
// (LOCATED_IN/PART_OF), a pre-2025 Vietnamese province into its `successor` (a property: the
// successor may not be in the graph, then it is named from the gazetteer).
// params: none
// returns: place, parents (list of {rel, node}), successor (node or null)
MATCH (p:Entity)
WHERE p:Prefecture OR p:Region OR p:Locality
OPTIONAL MATCH (p)-[u:PART_OF|LOCATED_IN]->(up:Entity)
WHERE up:Prefecture OR up:Region
WITH p, [x IN collect({rel: u, node: up}) WHERE x.rel IS NOT NULL] AS parents
OPTIONAL MATCH (succ:Locality {id: p.successor})
RETURN p AS place, parents, succ AS successor
ORDER BY place.id
