// What expanding an entity would bring, before it is expanded: its neighbours counted per
// relationship type and per neighbour label (a neighbour with several labels counts under each,
// the technical Entity label aside), so the "Expand ▾" menu can offer each with its number.
// params: $id
// returns: neighbours (distinct), relationships, byType (list of { type, neighbours, relationships }, most neighbours first), byLabel (list of { label, neighbours }, most first); no row when the id is unknown
MATCH (c:Entity {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[r]-(m:Entity)
  RETURN count(DISTINCT m) AS neighbours, count(r) AS relationships
}
CALL (c) {
  OPTIONAL MATCH (c)-[r]-(m:Entity)
  WITH type(r) AS type, count(DISTINCT m) AS neighbours, count(r) AS relationships
  WHERE type IS NOT NULL
  ORDER BY neighbours DESC, type
  RETURN collect({type: type, neighbours: neighbours, relationships: relationships}) AS byType
}
CALL (c) {
  OPTIONAL MATCH (c)--(m:Entity)
  WITH DISTINCT m
  UNWIND CASE WHEN m IS NULL THEN [] ELSE [l IN labels(m) WHERE l <> 'Entity'] END AS label
  WITH label, count(m) AS neighbours
  ORDER BY neighbours DESC, label
  RETURN collect({label: label, neighbours: neighbours}) AS byLabel
}
RETURN neighbours, relationships, byType, byLabel
