// name: label-conflicts
// description: The article's nodes whose id is already taken by a node of the other label (an Actor loaded as an
//   Issue or the reverse); the caller refuses the article, since one id must name one thing.
// params: nodes (map[], required: id, label)
// returns: id, stored (the label in the store), given (the label in the article)
UNWIND $nodes AS node
OPTIONAL MATCH (actor:Actor {id: node.id})
OPTIONAL MATCH (issue:Issue {id: node.id})
WITH node, CASE WHEN node.label = 'Actor' THEN issue ELSE actor END AS other
WHERE other IS NOT NULL
RETURN node.id AS id, CASE WHEN node.label = 'Actor' THEN 'Issue' ELSE 'Actor' END AS stored, node.label AS given
ORDER BY id
