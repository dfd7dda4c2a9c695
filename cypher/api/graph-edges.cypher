// name: graph-edges
// description: The direct relationships the explorer draws, filtered and strongest first (most claims, then highest
//   confidence): of the given types; on the given issues (carrying one as their issue or pointing at it); backed by a
//   claim from one of the given articles; at or above a confidence and a weight. No evidence: that is fetched per edge.
// params: types (relation[], optional = null: all three), issues (string[], optional = null: any),
//   articles (string[], optional = null: any), minConfidence (number 0..1, optional = 0),
//   minWeight (number 0..1000000000, optional = 0), limit (integer 1..1000000, optional = 1000)
// returns: id (the key), source, target, type, issue ("" for none), weight, confidence, articles (ids, sorted),
//   sources (integer), firstSeen, lastSeen
MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|CONSTRAINS]->(t)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($issues IS NULL OR r.issue IN $issues OR t.id IN $issues)
  AND r.confidence >= $minConfidence
  AND r.weight >= $minWeight
  AND ($articles IS NULL OR EXISTS { MATCH (c:Claim {edgeKey: r.key}) WHERE c.article IN $articles })
WITH s, r, t
ORDER BY r.weight DESC, r.confidence DESC, r.key
LIMIT $limit
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
       r.lastSeen AS lastSeen
ORDER BY weight DESC, confidence DESC, id
