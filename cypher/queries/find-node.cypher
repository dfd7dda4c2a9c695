// name: find-node
// description: Resolves a loose name ("Trump", "Mr. Putin", "congress", "new start") to Actor and Issue ids through the
//   full-text index over names and aliases, best first: an exact name, alias or id match (ignoring case) ranks above
//   fuzzy and prefix matches, which rank by score.
// params: q (string, required), label (label, optional = null: both), limit (integer 1..100, optional = 10)
// returns: id, label, name, kind, aliases, score (full-text score), exact (boolean)
WITH trim($q) AS q
WITH toLower(q) AS ql,
     [t IN split(reduce(s = toLower(q), ch IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~',
        '*', '?', ':', '/', ',', ';', "'"] | replace(s, ch, ' ')), ' ') WHERE t <> '' AND t <> '.'] AS terms
WITH ql, reduce(lucene = '', t IN terms |
       lucene + ' ' + t
       + CASE WHEN size(replace(t, '.', '')) >= 4 THEN ' ' + replace(t, '.', '') + '~1' ELSE '' END
       + CASE WHEN size(replace(t, '.', '')) >= 3 THEN ' ' + replace(t, '.', '') + '*' ELSE '' END) AS lucene
WHERE trim(lucene) <> ''
CALL db.index.fulltext.queryNodes('node_names', trim(lucene), {limit: 200}) YIELD node, score
WITH ql, node, score
WHERE $label IS NULL OR $label IN labels(node)
WITH node, score,
     toLower(node.name) = ql OR node.id = ql OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = ql) AS exact
RETURN node.id AS id,
       head([l IN labels(node) WHERE l IN ['Actor', 'Issue']]) AS label,
       node.name AS name,
       node.kind AS kind,
       node.aliases AS aliases,
       score,
       exact
ORDER BY exact DESC, score DESC, id
LIMIT $limit
