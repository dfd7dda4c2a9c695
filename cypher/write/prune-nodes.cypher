// name: prune-nodes
// description: Deletes the given Actor and Issue nodes that no article mentions and no claim refers to.
// params: ids (string[], required)
// returns: deleted (integer)
UNWIND $ids AS id
OPTIONAL MATCH (actor:Actor {id: id})
OPTIONAL MATCH (issue:Issue {id: id})
WITH coalesce(actor, issue) AS n
WHERE n IS NOT NULL
  AND NOT EXISTS { (n)<-[:MENTIONS]-(:Article) }
  AND NOT EXISTS { (n)<-[:SUBJECT|OBJECT|ON_ISSUE]-(:Claim) }
DETACH DELETE n
RETURN count(*) AS deleted
