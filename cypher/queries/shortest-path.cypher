// name: shortest-path
// description: The shortest chains between two nodes over the direct relationships, followed in either direction;
//   optionally only relationships of the given types, and only hops on the given issue (a hop whose end is the issue
//   itself counts as on it). Each hop keeps its stored direction (from → to) and its evidence.
// params: from (string, required), to (string, required), types (relation[], optional = null: all three),
//   issue (string, optional = null), maxHops (integer 1..6, optional = 4), limit (integer 1..100, optional = 10)
// returns: hops (integer), path (node ids, from first), names, relations (one per hop),
//   evidence (one per hop: {from, relation, to, issue, key, weight, confidence, forward, claims})
OPTIONAL MATCH (fromActor:Actor {id: $from})
OPTIONAL MATCH (fromIssue:Issue {id: $from})
OPTIONAL MATCH (toActor:Actor {id: $to})
OPTIONAL MATCH (toIssue:Issue {id: $to})
WITH coalesce(fromActor, fromIssue) AS a, coalesce(toActor, toIssue) AS b
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
MATCH p = allShortestPaths((a)-[:SUPPORTS|OPPOSES|CONSTRAINS*..6]-(b))
WHERE all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types)
        AND ($issue IS NULL OR r.issue = $issue OR (endNode(r):Issue AND endNode(r).id = $issue)))
WITH p
WHERE length(p) <= $maxHops
WITH p, nodes(p) AS ns, relationships(p) AS rels
ORDER BY [n IN ns | n.id], [r IN rels | r.key]
LIMIT $limit
UNWIND range(0, size(rels) - 1) AS hop
WITH p, ns, rels, hop, rels[hop] AS r
WITH p, ns, rels, hop, {
  from: startNode(r).id,
  relation: type(r),
  to: endNode(r).id,
  issue: r.issue,
  key: r.key,
  weight: r.weight,
  confidence: r.confidence,
  forward: startNode(r) = ns[hop],
  claims: COLLECT {
    MATCH (c:Claim {edgeKey: r.key})-[:EVIDENCED_BY]->(a:Article)
    RETURN {claim: c.id, text: c.text, article: a.id, title: a.title, published: a.published, source: a.source,
            start: c.start, end: c.end, confidence: c.confidence} AS claim
    ORDER BY c.published, c.id
  }
} AS step
ORDER BY hop
WITH p, ns, rels, collect(step) AS evidence
RETURN length(p) AS hops,
       [n IN ns | n.id] AS path,
       [n IN ns | n.name] AS names,
       [r IN rels | type(r)] AS relations,
       evidence
ORDER BY path, [e IN evidence | e.key]
