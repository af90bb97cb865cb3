// title: Evidence for a relationship
// question: Which sentence of which article says that Bùi Thanh Sơn met Kuratomi Sumio?
MATCH (a:Entity {id: 'bui-thanh-son'})-[r:MET_WITH]-(b:Entity {id: 'kuratomi-sumio'})
OPTIONAL MATCH (article:Article {id: r.source})
RETURN a, r, b, article.title AS article, coalesce(article.date, article.inferredDate) AS date, r.evidence AS evidence
