// name: derive-edges
// description: Creates the direct relationship for each key from the claims that carry it (none when no claim remains):
//   weight = number of claims, confidence = 1 - Π(1 - claim confidence) rounded to 6 decimals, articles and sources = distinct counts,
//   firstSeen and lastSeen = min and max published date (absent when no claim has one).
// params: keys (string[], required)
// returns: edges (integer, relationships created)
UNWIND $keys AS key
MATCH (c:Claim {edgeKey: key})
WITH key, c ORDER BY c.id
WITH key,
     collect(c) AS claims,
     count(DISTINCT c.article) AS articles,
     count(DISTINCT c.source) AS sources,
     min(c.published) AS firstSeen,
     max(c.published) AS lastSeen
WITH key, claims, articles, sources, firstSeen, lastSeen, claims[0] AS first
MATCH (s)<-[:SUBJECT]-(first)-[:OBJECT]->(o)
WITH s, o, first.relation AS relation, {
  key: key,
  issue: first.issue,
  weight: size(claims),
  confidence: round(1.0 - reduce(doubt = 1.0, c IN claims | doubt * (1.0 - c.confidence)), 6),
  articles: articles,
  sources: sources,
  firstSeen: firstSeen,
  lastSeen: lastSeen
} AS props
FOREACH (_ IN CASE WHEN relation = 'SUPPORTS' THEN [1] ELSE [] END | CREATE (s)-[r:SUPPORTS]->(o) SET r = props)
FOREACH (_ IN CASE WHEN relation = 'OPPOSES' THEN [1] ELSE [] END | CREATE (s)-[r:OPPOSES]->(o) SET r = props)
FOREACH (_ IN CASE WHEN relation = 'CONSTRAINS' THEN [1] ELSE [] END | CREATE (s)-[r:CONSTRAINS]->(o) SET r = props)
RETURN count(*) AS edges
