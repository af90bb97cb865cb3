// The timeline's dated facts: every relationship between entities with a stated `date` or an
// `inferredDate` (the shape contract/fact-date.ts's factDate accepts, checked again there),
// oldest first. One more row than $limit is read to detect truncation.
// params: $limit
// returns: id, type, date, inferredDate, source
MATCH (:Entity)-[r]->(:Entity)
WHERE (r.date IS :: STRING NOT NULL AND r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}')
   OR (r.inferredDate IS :: STRING NOT NULL AND r.inferredDate =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}')
WITH r,
     CASE WHEN r.date IS :: STRING NOT NULL AND r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN r.date ELSE r.inferredDate END AS factDate
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type, r.date AS date, r.inferredDate AS inferredDate,
       r.source AS source
ORDER BY factDate, id
LIMIT $limit + 1
