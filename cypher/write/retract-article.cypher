// name: retract-article
// description: Deletes an article, its claims and its mentions, and says which edge keys and nodes that touched,
//   so the caller can recompute those edges and tidy those nodes in the same transaction.
// params: article (string, required)
// returns: claims (integer, claims deleted), keys (edge keys of those claims), nodes (ids of the nodes it mentioned or claimed about)
MATCH (a:Article {id: $article})
OPTIONAL MATCH (a)-[:MENTIONS]->(mentioned)
WITH a, collect(DISTINCT mentioned.id) AS mentionedIds
OPTIONAL MATCH (c:Claim {article: $article})
OPTIONAL MATCH (c)-[:SUBJECT|OBJECT|ON_ISSUE]->(end)
WITH a, mentionedIds, collect(DISTINCT c) AS claims, collect(DISTINCT c.edgeKey) AS keys, collect(DISTINCT end.id) AS endIds
FOREACH (c IN claims | DETACH DELETE c)
DETACH DELETE a
RETURN size(claims) AS claims, keys, mentionedIds + [id IN endIds WHERE NOT id IN mentionedIds] AS nodes
