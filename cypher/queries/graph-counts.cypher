// name: graph-counts
// description: How much the store holds: articles, actors, issues, claims and direct relationships of each type.
// params: none
// returns: articles, actors, issues, claims, supports, opposes, constrains (integers)
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (i:Issue) RETURN count(i) AS issues }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH ()-[r:SUPPORTS]->() RETURN count(r) AS supports }
CALL () { MATCH ()-[r:OPPOSES]->() RETURN count(r) AS opposes }
CALL () { MATCH ()-[r:CONSTRAINS]->() RETURN count(r) AS constrains }
RETURN articles, actors, issues, claims, supports, opposes, constrains
