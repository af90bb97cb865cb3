// The place nodes the map can draw (prefectures, regions, localities, Japanese cities among them,
// countries), with the names and aliases the server finds their positions by.
// params: $limit
// returns: id, label, name, aliases
MATCH (p:Entity)
WHERE p:Prefecture OR p:Region OR p:Locality OR p:Country
RETURN
  p.id AS id,
  [l IN labels(p) WHERE l IN ['Prefecture', 'Region', 'Locality', 'Country']][0] AS label,
  p.name AS name,
  coalesce(p.aliases, []) AS aliases
ORDER BY id
LIMIT $limit + 1
