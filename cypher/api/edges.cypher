// name: edges
// description: Direct relationships as the explorer shows them, each with the names of its ends and issue and every
//   claim behind it (sentence, offsets, article): those with the given keys, or every one touching a node (in either
//   direction), or all of them when neither is given. Strongest first.
// params: keys (string[], optional = null), node (string, optional = null)
// returns: id (the key), source, target, type, issue ("" for none), weight, confidence, articles (ids, sorted),
//   sources (integer), firstSeen, lastSeen, sourceName, targetName, issueName,
//   claims ({claim, article, text, start, end, title, published, source, confidence, extractor, rule})
CALL () {
  UNWIND coalesce($keys, []) AS key
  MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|CONSTRAINS]->(t)
  WHERE r.key = key
  RETURN s, r, t
  UNION
  MATCH (s:Actor {id: $node})-[r:SUPPORTS|OPPOSES|CONSTRAINS]->(t)
  RETURN s, r, t
  UNION
  MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|CONSTRAINS]->(t:Actor {id: $node})
  RETURN s, r, t
  UNION
  MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|CONSTRAINS]->(t:Issue {id: $node})
  RETURN s, r, t
  UNION
  MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|CONSTRAINS]->(t)
  WHERE $keys IS NULL AND $node IS NULL
  RETURN s, r, t
}
OPTIONAL MATCH (i:Issue {id: r.issue})
RETURN r.key AS id,
       s.id AS source,
       t.id AS target,
       type(r) AS type,
       r.issue AS issue,
       r.weight AS weight,
       r.confidence AS confidence,
       COLLECT { MATCH (c:Claim {edgeKey: r.key}) RETURN DISTINCT c.article AS article ORDER BY article } AS articles,
       r.sources AS sources,
       r.firstSeen AS firstSeen,
       r.lastSeen AS lastSeen,
       s.name AS sourceName,
       t.name AS targetName,
       i.name AS issueName,
       COLLECT {
         MATCH (c:Claim {edgeKey: r.key})-[:EVIDENCED_BY]->(a:Article)
         RETURN {claim: c.id, article: a.id, text: c.text, start: c.start, end: c.end, title: a.title,
                 published: a.published, source: a.source, confidence: c.confidence, extractor: c.extractor,
                 rule: c.rule} AS claim
         ORDER BY a.published, a.id, c.start, c.id
       } AS claims
ORDER BY weight DESC, confidence DESC, id
