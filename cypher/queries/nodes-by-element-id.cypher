// The nodes with the given element ids (end nodes of relationships an ad-hoc query returned alone).
// params: $ids
// returns: n
MATCH (n) WHERE elementId(n) IN $ids RETURN n
