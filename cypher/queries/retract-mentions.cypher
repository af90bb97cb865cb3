// Removes an article's mentions from every node it mentions (sources and evidence are parallel
// lists), and the aliases the article added to nodes that existed before it.
// params: $id (article id), $addedAliases: list of { id, aliases }
// returns: ids (the nodes touched), mentions (how many mentions were removed)
// Each node's write lock is taken (SET _lock) before its lists are read: a commit or retract
// changing them in between would otherwise be lost (read, then overwritten from the stale read).
MATCH (n:Entity)
WHERE $id IN n.sources
SET n._lock = true
WITH n, [i IN range(0, size(n.sources) - 1) WHERE n.sources[i] <> $id] AS keep,
     reduce(acc = [], entry IN [e IN $addedAliases WHERE e.id = n.id] | acc + entry.aliases) AS drop
WITH n, keep, drop, size(n.sources) - size(keep) AS removed
SET n.sources = [i IN keep | n.sources[i]],
    n.evidence = [i IN keep | n.evidence[i]],
    n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN drop]
REMOVE n._lock
RETURN collect(n.id) AS ids, sum(removed) AS mentions
