// Records on an ingested article which aliases it added to existing nodes (JSON text: a
// property cannot hold a list of maps), so that retracting it can take them away.
// params: $id, $addedAliases (JSON: list of { id, aliases })
// returns: nothing
MATCH (a:Article {id: $id})
SET a.addedAliases = $addedAliases
