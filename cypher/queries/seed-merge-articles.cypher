// Creates or updates the source articles that relationships cite by id.
// params: $rows: list of { id, title, titleSource, language, dateText, date, inferredDate, inference, url?, outlet?, file, text, textHash }
// returns: nothing
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row
