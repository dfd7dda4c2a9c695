// name: contested-positions
// description: Where the same actor both SUPPORTS and OPPOSES the same object on the same issue (across or within
//   articles), with the claims on each side and when each was seen.
// params: actor (string, optional = null), issue (string, optional = null: any; matches the edge issue or the object),
//   limit (integer 1..1000, optional = 100)
// returns: actor (id), actorName, object (id), objectName, issue ("" for none),
//   supports ({key, weight, confidence, firstSeen, lastSeen, claims}), opposes ({key, weight, confidence, firstSeen, lastSeen, claims})
MATCH (x:Actor)-[s:SUPPORTS]->(o)<-[op:OPPOSES]-(x)
WHERE s.issue = op.issue
  AND ($actor IS NULL OR x.id = $actor)
  AND ($issue IS NULL OR s.issue = $issue OR o.id = $issue)
WITH x, o, s, op
ORDER BY x.id, o.id, s.issue
LIMIT $limit
RETURN x.id AS actor,
       x.name AS actorName,
       o.id AS object,
       o.name AS objectName,
       s.issue AS issue,
       {key: s.key, weight: s.weight, confidence: s.confidence, firstSeen: s.firstSeen, lastSeen: s.lastSeen,
        claims: COLLECT {
          MATCH (c:Claim {edgeKey: s.key})-[:EVIDENCED_BY]->(a:Article)
          RETURN {claim: c.id, text: c.text, article: a.id, title: a.title, published: a.published, source: a.source,
                  start: c.start, end: c.end, confidence: c.confidence} AS claim
          ORDER BY c.published, c.id
        }} AS supports,
       {key: op.key, weight: op.weight, confidence: op.confidence, firstSeen: op.firstSeen, lastSeen: op.lastSeen,
        claims: COLLECT {
          MATCH (c:Claim {edgeKey: op.key})-[:EVIDENCED_BY]->(a:Article)
          RETURN {claim: c.id, text: c.text, article: a.id, title: a.title, published: a.published, source: a.source,
                  start: c.start, end: c.end, confidence: c.confidence} AS claim
          ORDER BY c.published, c.id
        }} AS opposes
