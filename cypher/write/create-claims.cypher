// name: create-claims
// description: Creates the article's claims with their SUBJECT, OBJECT, ON_ISSUE and EVIDENCED_BY relationships.
//   A claim whose subject, object or issue node is missing is not created: the caller compares the count and rolls back.
// params: article (string, required), claims (map[], required: id, subject, relation, object, issue — "" for none, confidence, text, start, end, extractor, rule, explicit, edgeKey)
// returns: claims (integer, claims created)
MATCH (a:Article {id: $article})
UNWIND $claims AS claim
MATCH (s:Actor {id: claim.subject})
OPTIONAL MATCH (objectActor:Actor {id: claim.object})
OPTIONAL MATCH (objectIssue:Issue {id: claim.object})
OPTIONAL MATCH (i:Issue {id: claim.issue})
WITH a, claim, s, coalesce(objectActor, objectIssue) AS o, i
WHERE o IS NOT NULL AND (claim.issue = '' OR i IS NOT NULL)
CREATE (c:Claim {
  id: claim.id,
  relation: claim.relation,
  confidence: toFloat(claim.confidence),
  text: claim.text,
  start: claim.start,
  end: claim.end,
  extractor: claim.extractor,
  rule: claim.rule,
  explicit: claim.explicit,
  issue: claim.issue,
  edgeKey: claim.edgeKey,
  article: a.id
})
SET c.published = a.published, c.source = a.source
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o)
CREATE (c)-[:EVIDENCED_BY]->(a)
FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END | CREATE (c)-[:ON_ISSUE]->(i))
RETURN count(c) AS claims
