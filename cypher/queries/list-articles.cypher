// Source articles with their metadata and the length of their text, not the text itself (a
// list of many articles would carry megabytes; article-by-id returns one article's text).
// params: none
// returns: article
MATCH (a:Article)
RETURN a {.*, text: null, characters: size(a.text)} AS article
ORDER BY a.id
