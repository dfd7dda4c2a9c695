// name: refresh-nodes
// description: Derives each node's name, kind, aliases and aliasText from what the articles that mention it say,
//   independently of load order: the longest name wins (then alphabetical, then kind), aliases are every other
//   name and alias, distinct and sorted; aliasText joins them for the full-text index.
// params: ids (string[], required)
// returns: refreshed (integer)
UNWIND $ids AS id
OPTIONAL MATCH (actor:Actor {id: id})
OPTIONAL MATCH (issue:Issue {id: id})
WITH coalesce(actor, issue) AS n
WHERE n IS NOT NULL
MATCH (article:Article)-[m:MENTIONS]->(n)
WITH n, m ORDER BY size(m.name) DESC, m.name, m.kind, article.id
WITH n, collect(m)[0] AS best
WITH n, best, COLLECT {
  MATCH (:Article)-[m:MENTIONS]->(n)
  UNWIND [m.name] + m.aliases AS alias
  WITH DISTINCT alias, best.name AS bestName
  WHERE alias <> bestName
  RETURN alias ORDER BY alias
} AS aliases
SET n.name = best.name,
    n.kind = best.kind,
    n.aliases = aliases,
    n.aliasText = reduce(text = '', alias IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' | ' END + alias)
RETURN count(n) AS refreshed
