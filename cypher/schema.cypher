// name: schema
// description: Constraints and indexes of the knowledge graph. Applied on every open, one statement at a time;
//   every statement says IF NOT EXISTS, so applying it again changes nothing.
// params: none
// returns: nothing

// One node per id.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT issue_id IF NOT EXISTS FOR (n:Issue) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;

// Direct relationships are found by key (recomputation, edge evidence) and by issue (positions on an issue).
CREATE INDEX supports_key IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.key);
CREATE INDEX opposes_key IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.key);
CREATE INDEX constrains_key IF NOT EXISTS FOR ()-[r:CONSTRAINS]-() ON (r.key);
CREATE INDEX supports_issue IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.issue);
CREATE INDEX opposes_issue IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.issue);
CREATE INDEX constrains_issue IF NOT EXISTS FOR ()-[r:CONSTRAINS]-() ON (r.issue);

// Claims are found by the edge they support and by the article they come from.
CREATE INDEX claim_edge_key IF NOT EXISTS FOR (c:Claim) ON (c.edgeKey);
CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.article);

// Loose names ("Trump", "congress", "new start") resolve through the name and the joined aliases.
CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:Actor|Issue) ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
