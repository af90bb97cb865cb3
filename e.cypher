MATCH ()-[r]->() WITH r LIMIT 1 RETURN properties(r) AS p
