// name: all-nodes
// description: Every node with its labels and properties, for canonical dumps and exports.
// params: none
// returns: labels, id, properties
MATCH (n)
RETURN labels(n) AS labels, n.id AS id, properties(n) AS properties
