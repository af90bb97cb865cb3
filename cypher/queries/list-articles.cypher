// Source articles with their metadata and full text (for evidence shown in context).
// params: none
// returns: article
MATCH (a:Article) RETURN a AS article ORDER BY a.id
