// name: merge-nodes
// description: Merges the article's Actor and Issue nodes by id and records what the article says about each
//   on its MENTIONS relationship (count, name, kind, aliases); refresh-nodes then derives the node's own properties.
// params: article (string, required), nodes (map[], required: id, label, name, kind, aliases, count)
// returns: nodes (integer, nodes merged)
MATCH (a:Article {id: $article})
UNWIND $nodes AS node
FOREACH (_ IN CASE WHEN node.label = 'Actor' THEN [1] ELSE [] END |
  MERGE (n:Actor {id: node.id}) ON CREATE SET n.name = node.name, n.kind = node.kind)
FOREACH (_ IN CASE WHEN node.label = 'Issue' THEN [1] ELSE [] END |
  MERGE (n:Issue {id: node.id}) ON CREATE SET n.name = node.name, n.kind = node.kind)
WITH a, node
OPTIONAL MATCH (actor:Actor {id: node.id}) WHERE node.label = 'Actor'
OPTIONAL MATCH (issue:Issue {id: node.id}) WHERE node.label = 'Issue'
WITH a, node, coalesce(actor, issue) AS n
CREATE (a)-[m:MENTIONS]->(n)
SET m.count = node.count, m.name = node.name, m.kind = node.kind, m.aliases = node.aliases
RETURN count(m) AS nodes
