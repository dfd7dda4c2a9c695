// name: nodes
// description: Actor and Issue nodes as the explorer draws them: the given ids, or every one when none are given, with
//   their total mentions across articles and the articles that mention them or claim about them.
// params: ids (string[], optional = null: all)
// returns: id, label (Actor or Issue), name, kind, aliases, mentions (integer), articles (ids, sorted)
CALL () {
  MATCH (n:Actor)
  WHERE $ids IS NULL OR n.id IN $ids
  RETURN n
  UNION
  MATCH (n:Issue)
  WHERE $ids IS NULL OR n.id IN $ids
  RETURN n
}
CALL (n) {
  OPTIONAL MATCH (:Article)-[m:MENTIONS]->(n)
  RETURN coalesce(sum(m.count), 0) AS mentions
}
RETURN n.id AS id,
       head([l IN labels(n) WHERE l IN ['Actor', 'Issue']]) AS label,
       n.name AS name,
       n.kind AS kind,
       coalesce(n.aliases, []) AS aliases,
       mentions,
       COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) RETURN DISTINCT a.id AS article ORDER BY article } AS articles
ORDER BY id
