// The nodes an article mentions and, among them, those retracting it would delete: no other
// article mentions them and no relationship another article states touches them (the rule of
// retract-mentions.cypher + retract-orphans.cypher, read without writing). No row: no such article.
// params: $id (article id)
// returns: articleId, mentioned (count), orphans (nodes)
MATCH (article:Article {id: $id})
OPTIONAL MATCH (n:Entity)
WHERE $id IN n.sources
WITH article, n,
     n IS NOT NULL AND all(s IN n.sources WHERE s = $id)
       AND NOT EXISTS { (n)-[r]-() WHERE coalesce(r.source, '') <> $id } AS orphan
RETURN article.id AS articleId, count(n) AS mentioned, collect(CASE WHEN orphan THEN n END) AS orphans
