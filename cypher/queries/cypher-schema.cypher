// What the Cypher console's autocomplete offers: every label, relationship type and property key
// the database knows (collect() always answers one row, so an empty database gives empty lists).
// params: none
// returns: labels, types, keys
CALL db.labels() YIELD label
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, collect(relationshipType) AS types
CALL db.propertyKeys() YIELD propertyKey
RETURN labels, types, collect(propertyKey) AS keys
