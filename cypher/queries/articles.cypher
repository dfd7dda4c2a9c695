// name: articles
// description: The loaded articles, with how many claims and entities each contributes.
// params: limit (integer 1..100000, optional = 1000)
// returns: article (id), title, source, published, path, hash, claims (integer), entities (integer), loadedAt
MATCH (a:Article)
RETURN a.id AS article,
       a.title AS title,
       a.source AS source,
       a.published AS published,
       a.path AS path,
       a.hash AS hash,
       COUNT { (:Claim)-[:EVIDENCED_BY]->(a) } AS claims,
       COUNT { (a)-[:MENTIONS]->() } AS entities,
       a.loadedAt AS loadedAt
ORDER BY article
LIMIT $limit
