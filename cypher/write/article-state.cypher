// name: article-state
// description: The hash of an article as stored, so an unchanged article is not written again.
// params: article (string, required)
// returns: hash (string; no row when the article is not loaded)
MATCH (a:Article {id: $article})
RETURN a.hash AS hash
