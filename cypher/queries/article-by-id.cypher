// One source article with its metadata and full text (an evidence card shows its sentence in it).
// params: $id
// returns: article
MATCH (a:Article {id: $id}) RETURN a AS article
