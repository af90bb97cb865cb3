// Which of the given ids name an entity (to tell "no path" from "unknown node").
// params: $ids
// returns: id
MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id
