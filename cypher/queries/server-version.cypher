// The Neo4j server's name, version and edition, for /api/health.
// params: none
// returns: name, version, edition
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
LIMIT 1
