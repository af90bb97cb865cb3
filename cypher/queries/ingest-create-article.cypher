// Creates an ingested article (the Article id constraint makes a concurrent duplicate fail).
// params: $article: { id, title, titleSource, language, dateText, date, inferredDate, inference, url, outlet, text, textHash, addedAt }
// returns: nothing
CREATE (a:Article)
SET a = $article
