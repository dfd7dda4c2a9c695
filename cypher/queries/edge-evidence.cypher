// name: edge-evidence
// description: The claims behind one direct relationship, named by its key or by source, type, target and issue,
//   with the article's title, date and outlet and the sentence with its offsets into the article text.
// params: key (string, optional = null), source (string, optional = null), type (relation, optional = null),
//   target (string, optional = null), issue (string, optional = null: none)
// requires: key | source, type, target
// returns: claim (id), key, relation, subject (id), subjectName, object (id), objectName, issue ("" for none),
//   confidence, extractor, rule, explicit, text (the sentence), start, end (offsets into the article text),
//   article (id), title, published, source, path
OPTIONAL MATCH (byKey:Claim {edgeKey: $key})
OPTIONAL MATCH (:Actor {id: $source})<-[:SUBJECT]-(byEnds:Claim {relation: $type})-[:OBJECT]->({id: $target})
  WHERE byEnds.issue = coalesce($issue, '')
WITH collect(DISTINCT byKey) + collect(DISTINCT byEnds) AS claims
UNWIND claims AS c
WITH DISTINCT c
MATCH (s:Actor)<-[:SUBJECT]-(c)-[:OBJECT]->(o), (c)-[:EVIDENCED_BY]->(a:Article)
RETURN c.id AS claim,
       c.edgeKey AS key,
       c.relation AS relation,
       s.id AS subject,
       s.name AS subjectName,
       o.id AS object,
       o.name AS objectName,
       c.issue AS issue,
       c.confidence AS confidence,
       c.extractor AS extractor,
       c.rule AS rule,
       c.explicit AS explicit,
       c.text AS text,
       c.start AS start,
       c.end AS end,
       a.id AS article,
       a.title AS title,
       a.published AS published,
       a.source AS source,
       a.path AS path
ORDER BY published, article, start, claim
