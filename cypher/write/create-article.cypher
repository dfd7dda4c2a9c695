// name: create-article
// description: Creates the Article node (the caller has retracted any earlier version first).
// params: article (map, required: id, title, source, published, path, text, hash, sentences as a flat [start, end, …] list)
// returns: id
CREATE (a:Article)
SET a = $article, a.loadedAt = datetime()
RETURN a.id AS id
