// name: article
// description: One loaded article with its cleaned text (every evidence offset points into it) and its sentence offsets.
// params: id (string, required)
// returns: id, title, source, published, claims (integer), text, sentences (flat list: start0, end0, start1, end1, …)
MATCH (a:Article {id: $id})
RETURN a.id AS id,
       a.title AS title,
       a.source AS source,
       a.published AS published,
       COUNT { (:Claim)-[:EVIDENCED_BY]->(a) } AS claims,
       a.text AS text,
       a.sentences AS sentences
