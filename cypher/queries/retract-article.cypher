// Deletes an article node once nothing cites it.
// params: $id
// returns: count (0 when there was no such article)
MATCH (a:Article {id: $id})
DELETE a
RETURN count(*) AS count
