// Tests for POST /api/cypher against the real Neo4j: reads run with a row limit and come back drawable; writes, LOAD
// CSV, procedures outside the allow-list, admin commands and runaway queries are refused with a 4xx and change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CypherResponse } from "../../src/model/api.ts";
import type { Store } from "../../src/store/index.ts";
import { counts } from "../store/store-helpers.ts";
import { expectError, serveBundledArticles, type TestServer } from "./server-helpers.ts";

describe("POST /api/cypher", () => {
  let store: Store;
  let server: TestServer;
  let before: Awaited<ReturnType<typeof counts>>;

  beforeAll(async () => {
    // A short time limit keeps the runaway-query tests quick; a small JSON limit makes the 413 cheap to provoke.
    ({ store, server } = await serveBundledArticles({ limits: { cypherTimeoutMs: 1_500, jsonBytes: 16 * 1024, cypherRows: 50 } }));
    before = await counts(store);
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const cypher = (query: string, extra: Record<string, unknown> = {}) => server.postJson("/api/cypher", { query, ...extra });

  it("runs a read with parameters and returns columns, rows and the graph in them", async () => {
    const response = await cypher("MATCH p = (a:Actor {id: $id})-[r:CONSTRAINS]->(b) RETURN p, a.name AS name", { params: { id: "us-congress" } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as CypherResponse;
    expect(body.columns).toEqual(["p", "name"]);
    expect(body.rows[0]?.name).toBe("U.S. Congress");
    expect(body.truncated).toBe(false);
    expect(body.graph.nodes).toContainEqual({ id: "us-congress", labels: ["Actor"], name: "U.S. Congress" });
    expect(body.graph.edges).toContainEqual(expect.objectContaining({ source: "us-congress", target: "donald-trump", type: "CONSTRAINS" }));
  });

  it("cuts the rows at the limit and says so, never above the configured maximum", async () => {
    const body = (await (await cypher("UNWIND range(1, 100) AS x RETURN x")).json()) as CypherResponse;
    expect(body.rows).toHaveLength(50);
    expect(body.truncated).toBe(true);
    const fewer = (await (await cypher("UNWIND range(1, 100) AS x RETURN x", { limit: 7 })).json()) as CypherResponse;
    expect(fewer.rows).toHaveLength(7);
  });

  it("runs the allowed procedures", async () => {
    const labels = (await (await cypher("CALL db.labels() YIELD label RETURN label ORDER BY label")).json()) as CypherResponse;
    expect(labels.rows.map((row) => row.label)).toEqual(expect.arrayContaining(["Actor", "Article", "Claim", "Issue"]));
    const search = await cypher("CALL db.index.fulltext.queryNodes('node_names', 'putin') YIELD node RETURN node.id AS id LIMIT 1");
    expect(search.status).toBe(200);
  });

  it.each([
    ["CREATE", "CREATE (:Actor {id: 'intruder', name: 'Intruder'})"],
    ["DELETE", "MATCH (n) DETACH DELETE n"],
    ["MERGE", "MERGE (a:Actor {id: 'intruder'}) RETURN a"],
    ["SET", "MATCH (a:Actor) SET a.name = 'x'"],
    ["REMOVE", "MATCH (a:Actor) REMOVE a.name"],
    ["a write in a subquery", "MATCH (a:Actor) CALL (a) { SET a.name = 'x' } RETURN count(*)"],
    ["a schema change", "CREATE INDEX intruder IF NOT EXISTS FOR (n:Actor) ON (n.name)"],
  ])("refuses %s with 403 ReadOnlyError and leaves the database unchanged", async (_what, query) => {
    await expectError(await cypher(query), 403, "ReadOnlyError");
    expect(await counts(store)).toEqual(before);
  });

  it.each([
    ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ["LOAD CSV in a subquery", "WITH 1 AS x CALL { LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l } RETURN l"],
    ["dbms.listConfig", "CALL dbms.listConfig() YIELD name RETURN name"],
    ["a procedure in a COUNT subquery", "RETURN COUNT { CALL dbms.listConfig() YIELD name RETURN name } AS n"],
    ["apoc", "CALL apoc.load.json('file:///etc/passwd')"],
    ["a procedure that writes", "CALL db.createLabel('Intruder')"],
    ["SHOW SETTINGS", "SHOW SETTINGS YIELD name RETURN name"],
    ["SHOW USERS", "show users"],
    ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ])("refuses %s with 403 ForbiddenQueryError and leaves the database unchanged", async (_what, query) => {
    await expectError(await cypher(query), 403, "ForbiddenQueryError");
    expect(await counts(store)).toEqual(before);
  });

  it.each([
    ["a long UNWIND", "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n"],
    // A bare count(*) of a product comes from the count store at once; the predicate makes the database enumerate it.
    ["a cartesian product", "MATCH (a), (b), (c), (d) WHERE a <> d RETURN count(*) AS n"],
  ])("stops %s at the time limit with 400 QueryTimeoutError", async (_what, query) => {
    const started = Date.now();
    const message = await expectError(await cypher(query), 400, "QueryTimeoutError");
    expect(message).toContain("time limit");
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await counts(store)).toEqual(before);
  });

  it("answers a syntax error with 400 and the database's one-line reason", async () => {
    const message = await expectError(await cypher("MATCH (n RETURN n"), 400, "ValidationError");
    expect(message).toMatch(/Invalid input/);
    expect(await expectError(await cypher("MATCHH (n) RETURN n"), 400, "ValidationError")).toContain("MATCHH");
  });

  it.each([
    ["an empty query", { query: "  " }],
    ["a missing query", { params: {} }],
    ["a query that is not text", { query: 42 }],
    ["parameters that are not an object", { query: "RETURN 1", params: [1, 2] }],
    ["two statements", { query: "RETURN 1; RETURN 2" }],
  ])("answers %s with 400 ValidationError", async (_what, body) => {
    await expectError(await server.postJson("/api/cypher", body), 400, "ValidationError");
  });

  it("answers malformed JSON with 400, a body that is not JSON with 415, an oversized body with 413", async () => {
    expect(await expectError(await server.post("/api/cypher", '{"query": "RETURN 1"', "application/json"), 400, "ValidationError")).toMatch(/^malformed JSON/);
    await expectError(await server.post("/api/cypher", "RETURN 1", "text/plain"), 415, "UnsupportedMediaTypeError");
    const huge = JSON.stringify({ query: `RETURN '${"x".repeat(20_000)}' AS x` });
    await expectError(await server.post("/api/cypher", huge, "application/json"), 413, "PayloadTooLargeError");
    expect(await counts(store)).toEqual(before);
  });
});
