// How many relationships between entities have no usable date (neither a stated `date` nor an
// `inferredDate` of the YYYY-MM-DD shape), per type: what "Show undated" shows or hides.
// params: none
// returns: type, count
MATCH (:Entity)-[r]->(:Entity)
WHERE NOT (r.date IS :: STRING NOT NULL AND r.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}')
  AND NOT (r.inferredDate IS :: STRING NOT NULL AND r.inferredDate =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}')
RETURN type(r) AS type, count(*) AS count
ORDER BY type
