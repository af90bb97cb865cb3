// Stores on each given node its degree (every relationship, either direction), which the
// overview ranks by through the entity_degree index instead of counting every entity's
// relationships on each request. Every writer calls it for the nodes it touched, in the same
// transaction: the loader, a commit, a retraction.
// params: $ids (sorted, so concurrent writers lock shared nodes in one order)
// returns: count (nodes found)
// The write lock is taken (SET _lock) before counting: a transaction that added or removed one of
// the node's relationships in between would otherwise have its change counted by neither.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._lock = true
WITH n
SET n.degree = COUNT { (n)--() }
REMOVE n._lock
RETURN count(n) AS count
