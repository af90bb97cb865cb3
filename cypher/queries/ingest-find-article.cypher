// The article a commit would duplicate: the same id, the same text (by hash) or the same URL.
// params: $id, $textHash, $url (null when the draft has none)
// returns: id
MATCH (a:Article)
WHERE a.id = $id OR a.textHash = $textHash OR ($url IS NOT NULL AND a.url = $url)
RETURN a.id AS id
LIMIT 1
