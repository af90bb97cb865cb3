// How many entity nodes the database holds (0 means it still needs seeding).
// params: none
// returns: count
MATCH (n:Entity) RETURN count(n) AS count
