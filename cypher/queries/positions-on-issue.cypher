// name: positions-on-issue
// description: Who takes a position on an issue: relationships that point at the issue itself, or that carry it as
//   their issue (A CONSTRAINS B on the issue), strongest first, with the claims behind each.
// params: issue (string, required), relations (relation[], optional = null: all three), limit (integer 1..1000, optional = 200)
// returns: actor (id), actorName, relation, object (id), objectName, issue ("" when the object is the issue itself),
//   weight, confidence, articles, sources, firstSeen, lastSeen,
//   evidence (claims: {claim, text, article, title, published, source, start, end, confidence})
MATCH (i:Issue {id: $issue})
MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|CONSTRAINS]->(o)
WHERE (o = i OR r.issue = $issue) AND ($relations IS NULL OR type(r) IN $relations)
WITH s, r, o
ORDER BY type(r), r.weight DESC, r.confidence DESC, s.id, o.id
LIMIT $limit
RETURN s.id AS actor,
       s.name AS actorName,
       type(r) AS relation,
       o.id AS object,
       o.name AS objectName,
       r.issue AS issue,
       r.weight AS weight,
       r.confidence AS confidence,
       r.articles AS articles,
       r.sources AS sources,
       r.firstSeen AS firstSeen,
       r.lastSeen AS lastSeen,
       COLLECT {
         MATCH (c:Claim {edgeKey: r.key})-[:EVIDENCED_BY]->(a:Article)
         RETURN {claim: c.id, text: c.text, article: a.id, title: a.title, published: a.published, source: a.source,
                 start: c.start, end: c.end, confidence: c.confidence} AS claim
         ORDER BY c.published, c.id
       } AS evidence
