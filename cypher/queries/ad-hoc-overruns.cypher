// Which of the given ad-hoc Cypher requests still hold a transaction (they ran on past their 504).
// params: $requests
// returns: request
SHOW TRANSACTIONS YIELD metaData WHERE metaData.request IN $requests RETURN metaData.request AS request
