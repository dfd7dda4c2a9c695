// name: actor-profile
// description: One actor at a glance: its positions grouped by relation and issue; allies (actors that support it, or
//   take the same position as it on the same object and issue); opponents (actors that oppose it or that it opposes, or
//   that take the opposite position on the same object and issue); who constrains it and whom it constrains.
// params: actor (string, required)
// returns: actor (id), name, kind, aliases,
//   positions ({relation, issue, issueName, objects: [{id, name, label, weight, confidence, articles, key}]}),
//   allies ({id, name, supportsIt: [{issue, weight, confidence}], shared: [{object, objectName, relation, issue}]}),
//   opponents ({id, name, opposesIt: [{issue, weight, confidence}], opposedByIt: [{issue, weight, confidence}],
//   opposite: [{object, objectName, mine, theirs, issue}]}),
//   constrainedBy ({id, name, issue, weight, confidence, articles, key}), constrains ({id, name, issue, weight, confidence, articles, key})
MATCH (me:Actor {id: $actor})
RETURN me.id AS actor,
       me.name AS name,
       me.kind AS kind,
       me.aliases AS aliases,
       COLLECT {
         MATCH (me)-[r:SUPPORTS|OPPOSES]->(o)
         WITH type(r) AS relation, r.issue AS issue, r, o
         ORDER BY r.weight DESC, r.confidence DESC, o.id
         WITH relation, issue,
              collect({id: o.id, name: o.name, label: head(labels(o)), weight: r.weight, confidence: r.confidence,
                       articles: r.articles, key: r.key}) AS objects
         OPTIONAL MATCH (i:Issue {id: issue})
         RETURN {relation: relation, issue: issue, issueName: i.name, objects: objects} AS position
         ORDER BY relation, issue
       } AS positions,
       COLLECT {
         MATCH (ally:Actor)
         WHERE ally <> me
           AND (EXISTS { (ally)-[:SUPPORTS]->(me) }
             OR EXISTS {
               MATCH (me)-[mine:SUPPORTS|OPPOSES]->(o)<-[theirs:SUPPORTS|OPPOSES]-(ally)
               WHERE type(mine) = type(theirs) AND mine.issue = theirs.issue
             })
         RETURN {
           id: ally.id,
           name: ally.name,
           supportsIt: COLLECT {
             MATCH (ally)-[r:SUPPORTS]->(me)
             RETURN {issue: r.issue, weight: r.weight, confidence: r.confidence} AS support ORDER BY support.issue
           },
           shared: COLLECT {
             MATCH (me)-[mine:SUPPORTS|OPPOSES]->(o)<-[theirs:SUPPORTS|OPPOSES]-(ally)
             WHERE type(mine) = type(theirs) AND mine.issue = theirs.issue
             RETURN {object: o.id, objectName: o.name, relation: type(mine), issue: mine.issue} AS shared
             ORDER BY shared.object, shared.relation, shared.issue
           }
         } AS ally
         ORDER BY ally.id
       } AS allies,
       COLLECT {
         MATCH (other:Actor)
         WHERE other <> me
           AND (EXISTS { (other)-[:OPPOSES]->(me) }
             OR EXISTS { (me)-[:OPPOSES]->(other) }
             OR EXISTS {
               MATCH (me)-[mine:SUPPORTS|OPPOSES]->(o)<-[theirs:SUPPORTS|OPPOSES]-(other)
               WHERE type(mine) <> type(theirs) AND mine.issue = theirs.issue
             })
         RETURN {
           id: other.id,
           name: other.name,
           opposesIt: COLLECT {
             MATCH (other)-[r:OPPOSES]->(me)
             RETURN {issue: r.issue, weight: r.weight, confidence: r.confidence} AS opposition ORDER BY opposition.issue
           },
           opposedByIt: COLLECT {
             MATCH (me)-[r:OPPOSES]->(other)
             RETURN {issue: r.issue, weight: r.weight, confidence: r.confidence} AS opposition ORDER BY opposition.issue
           },
           opposite: COLLECT {
             MATCH (me)-[mine:SUPPORTS|OPPOSES]->(o)<-[theirs:SUPPORTS|OPPOSES]-(other)
             WHERE type(mine) <> type(theirs) AND mine.issue = theirs.issue
             RETURN {object: o.id, objectName: o.name, mine: type(mine), theirs: type(theirs), issue: mine.issue} AS opposite
             ORDER BY opposite.object, opposite.issue
           }
         } AS opponent
         ORDER BY opponent.id
       } AS opponents,
       COLLECT {
         MATCH (x:Actor)-[r:CONSTRAINS]->(me)
         RETURN {id: x.id, name: x.name, issue: r.issue, weight: r.weight, confidence: r.confidence,
                 articles: r.articles, key: r.key} AS constraint
         ORDER BY constraint.weight DESC, constraint.confidence DESC, constraint.id, constraint.issue
       } AS constrainedBy,
       COLLECT {
         MATCH (me)-[r:CONSTRAINS]->(y)
         RETURN {id: y.id, name: y.name, issue: r.issue, weight: r.weight, confidence: r.confidence,
                 articles: r.articles, key: r.key} AS constraint
         ORDER BY constraint.weight DESC, constraint.confidence DESC, constraint.id, constraint.issue
       } AS constrains
