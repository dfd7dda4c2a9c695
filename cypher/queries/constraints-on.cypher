// name: constraints-on
// description: Who constrains an actor: direct CONSTRAINS onto it, and chains of up to maxHops in which every earlier hop
//   SUPPORTS or CONSTRAINS the next actor (X backs or steers the one that constrains the target). The last hop is always
//   CONSTRAINS onto the target. With an issue, the last hop is on that issue and earlier hops are on it or on no issue.
// params: target (string, required), issue (string, optional = null), maxHops (integer 1..3, optional = 2),
//   limit (integer 1..1000, optional = 100)
// returns: constrainer (id), constrainerName, issue (of the last hop; "" for none), hops (integer),
//   path (node ids, constrainer first, target last), names, relations (one per hop), confidence (product of the hops', 6 decimals),
//   weight (smallest hop weight), evidence (one per hop: {from, relation, to, issue, key, weight, confidence, claims})
MATCH (target:Actor {id: $target})
MATCH p = (x:Actor)-[:SUPPORTS|CONSTRAINS*1..3]->(target)
WITH p, x, relationships(p) AS rels, nodes(p) AS ns
WHERE length(p) <= $maxHops
  AND type(last(rels)) = 'CONSTRAINS'
  AND all(n IN ns WHERE single(m IN ns WHERE m = n))
  AND ($issue IS NULL OR (last(rels).issue = $issue AND all(r IN rels WHERE r.issue IN [$issue, ''])))
WITH p, x, rels, ns,
     round(reduce(c = 1.0, r IN rels | c * r.confidence), 6) AS confidence,
     reduce(w = null, r IN rels | CASE WHEN w IS NULL OR r.weight < w THEN r.weight ELSE w END) AS weight
ORDER BY length(p), confidence DESC, weight DESC, x.id, [n IN ns | n.id], last(rels).issue
LIMIT $limit
UNWIND range(0, size(rels) - 1) AS hop
WITH p, x, rels, ns, confidence, weight, hop, rels[hop] AS r
WITH p, x, rels, ns, confidence, weight, hop, {
  from: startNode(r).id,
  relation: type(r),
  to: endNode(r).id,
  issue: r.issue,
  key: r.key,
  weight: r.weight,
  confidence: r.confidence,
  claims: COLLECT {
    MATCH (c:Claim {edgeKey: r.key})-[:EVIDENCED_BY]->(a:Article)
    RETURN {claim: c.id, text: c.text, article: a.id, title: a.title, published: a.published, source: a.source,
            start: c.start, end: c.end, confidence: c.confidence} AS claim
    ORDER BY c.published, c.id
  }
} AS step
ORDER BY hop
WITH p, x, rels, ns, confidence, weight, collect(step) AS evidence
RETURN x.id AS constrainer,
       x.name AS constrainerName,
       last(rels).issue AS issue,
       length(p) AS hops,
       [n IN ns | n.id] AS path,
       [n IN ns | n.name] AS names,
       [r IN rels | type(r)] AS relations,
       confidence,
       weight,
       evidence
ORDER BY hops, confidence DESC, weight DESC, constrainer, path, issue
