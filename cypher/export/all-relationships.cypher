// name: all-relationships
// description: Every relationship with its type, the ids of its end nodes and its properties, for canonical dumps and exports.
// params: none
// returns: type, start, end, properties
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
