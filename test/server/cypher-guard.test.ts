// Tests for src/server/cypher-guard.ts: what READ mode would still run (LOAD CSV, procedures, admin commands,
// plugin functions) is refused however it is spelled; subqueries, allowed procedures and plain reads pass.
import { describe, expect, it } from "vitest";
import { checkReadOnlyCypher, MAX_QUERY_LENGTH } from "../../src/server/cypher-guard.ts";

const refusal = (query: string) => {
  try {
    checkReadOnlyCypher(query);
  } catch (error) {
    return (error as Error).name;
  }
  return "allowed";
};

describe("cypher guard", () => {
  it.each([
    "MATCH (n:Actor) RETURN n.name AS name",
    "match (n) return count(n)",
    "MATCH (n) RETURN n LIMIT 5;",
    "MATCH (n) RETURN n LIMIT 5 ; ;",
    "CALL { MATCH (n) RETURN n } RETURN n",
    "OPTIONAL CALL { MATCH (n) RETURN n } RETURN n",
    "WITH 1 AS y CALL (y) { RETURN y + 1 AS x } RETURN x",
    "WITH 1 AS y CALL (*) { RETURN 2 AS x } RETURN x",
    "MATCH (a) CALL (a) { MATCH (a)-->(b) RETURN count(b) AS n } RETURN n",
    "CALL db.labels()",
    "CALL db.labels",
    "call db.labels() YIELD label RETURN label",
    "CALL `db`.`labels`()",
    "CALL db . relationshipTypes ( )",
    "CALL db.propertyKeys()",
    "CALL db.schema.visualization()",
    "CALL db.index.fulltext.queryNodes('node_names', 'putin') YIELD node RETURN node.id",
    "EXPLAIN MATCH (n) RETURN n",
    "PROFILE MATCH (n) RETURN n",
    "CYPHER runtime=slotted MATCH (n) RETURN n",
    "CYPHER 5 MATCH (n) RETURN n",
    "// CALL dbms.listConfig()\nMATCH (n) RETURN n",
    "/* LOAD CSV FROM 'file:///etc/passwd' AS l */ MATCH (n) RETURN n",
    "MATCH (n) WHERE n.name = 'LOAD CSV FROM x; CALL dbms.listConfig()' RETURN n",
    'MATCH (n) WHERE n.name = "SHOW SETTINGS \\" CALL dbms.listConfig()" RETURN n',
    "MATCH (n) RETURN n.load, n.call, n.show",
    "MATCH (n:Load) RETURN {call: 1, load: 2} AS m",
    "MATCH (n)-[:CALL]->(m) RETURN m",
    "RETURN $call, $load",
    "RETURN `load` AS x",
    "RETURN date.truncate('day', date()) AS d, duration.between(date(), date()) AS e",
    "RETURN point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})) AS d",
    "MATCH p = (a)-[*1..3]->(b) RETURN p",
    "RETURN toLower('X') AS x, count(*) AS n",
    // Writes reach the database, whose READ mode refuses them (ReadOnlyError).
    "CREATE (n:Actor {id: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "MERGE (n:Actor {id: 'x'})",
    "MATCH (n) SET n.name = 'x'",
  ])("lets through %s", (query) => {
    expect(refusal(query)).toBe("allowed");
  });

  it.each([
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "load csv from 'file:///etc/passwd' AS line RETURN line",
    "LoAd CsV WITH HEADERS FROM 'https://example.org/x.csv' AS row RETURN row",
    "LOAD/* hidden */CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "LOAD\n// comment\nCSV FROM 'file:///etc/passwd' AS l RETURN l",
    "WITH 1 AS x CALL { LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l } RETURN l",
    "MATCH (n) WITH n LIMIT 1 LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "CALL dbms.listConfig()",
    "call DBMS.LISTCONFIG()",
    "CALL dbms . listConfig ( )",
    "CALL `dbms`.`listConfig`()",
    "CALL `dbms.listConfig`()",
    "CALL/* x */dbms.listConfig()",
    "CALL\n// x\ndbms.listConfig()",
    "CALL\u00a0dbms.listConfig()",
    "CALL\u3000dbms.listConfig()",
    "CALL dbms.components()",
    "CALL db.labels() YIELD label CALL dbms.listConfig() YIELD name RETURN name",
    "RETURN COUNT { CALL dbms.listConfig() YIELD name RETURN name } AS n",
    "MATCH (n) WHERE EXISTS { CALL dbms.listConfig() YIELD name RETURN name } RETURN n",
    "CALL apoc.load.json('file:///etc/passwd')",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL db.createLabel('X')",
    "CALL (x) RETURN 1",
    "CALL 'dbms.listConfig'",
    "RETURN apoc.text.join(['a', 'b'], ',') AS x",
    "RETURN `apoc`.`text`.join(['a'], ',') AS x",
    "RETURN gds.similarity.cosine([1], [1]) AS x",
    "SHOW SETTINGS",
    "show users",
    "SHOW TRANSACTIONS YIELD transactionId RETURN transactionId",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "  // a comment first\n  SHOW SETTINGS",
    "/* c */ TERMINATE TRANSACTIONS 'x'",
    "EXPLAIN SHOW SETTINGS",
    "CYPHER 5 SHOW SETTINGS",
    "CYPHER runtime=slotted SHOW SETTINGS",
    "USE system SHOW DATABASES",
    "GRANT ROLE admin TO bob",
    "STOP DATABASE neo4j",
    "ALTER USER neo4j SET PASSWORD 'x'",
    "MATCH (n) CALL { USE system MATCH (m) RETURN m } RETURN n",
    // A line separator may or may not end a comment for the database; the guard assumes it does.
    "MATCH (n) RETURN n // \u2028 CALL dbms.listConfig()",
  ])("refuses %s", (query) => {
    expect(refusal(query)).toBe("ForbiddenQueryError");
  });

  it.each([
    ["an empty query", "   "],
    ["a comment alone", "// nothing"],
    ["two statements", "MATCH (n) RETURN n; MATCH (m) RETURN m"],
    ["a query over the length limit", `RETURN '${"x".repeat(MAX_QUERY_LENGTH)}'`],
    ["a misspelled first clause", "MATCHH (n) RETURN n"],
    ["a query that opens with punctuation", "(n) RETURN n"],
    ["a query that opens with a quoted name", "`MATCH` (n) RETURN n"],
  ])("calls %s a bad request", (_what, query) => {
    expect(refusal(query)).toBe("ValidationError");
  });
});
