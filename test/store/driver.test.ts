// Tests for src/store/driver.ts against the real test Neo4j: connecting, the schema, plain records,
// read transactions that the database itself keeps read-only, and Neo4j errors as our named errors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/driver.ts";
import { dumpGraph } from "../../src/store/dump.ts";
import { ALL_ARTICLES } from "../fixtures/store-articles.ts";
import { counts, openLoadedStore } from "./store-helpers.ts";

let store: Store;

beforeAll(async () => {
  store = await openLoadedStore(ALL_ARTICLES);
});

afterAll(async () => {
  await store?.close();
});

describe("openStore", () => {
  it("turns an unreachable server into one StoreError naming NEO4J_URI and the address", async () => {
    const error = (await openStore({ uri: "bolt://127.0.0.1:1" }).then(
      () => new Error("connected"),
      (caught: unknown) => caught as Error,
    ));
    expect(error).toMatchObject({ name: "StoreError" });
    expect(error.message).toContain("NEO4J_URI");
    expect(error.message).toContain("127.0.0.1:1");
    expect(error.message).not.toContain("\n");
    expect(error.stack).toBe(`StoreError: ${error.message}`);
  });

  it("names NEO4J_DATABASE when the database does not exist", async () => {
    const { uri } = store.connection;
    await expect(openStore({ uri, database: "no-such-db" })).rejects.toMatchObject({
      name: "StoreError",
      message: expect.stringContaining("NEO4J_DATABASE"),
    });
  });

  it("applies the schema again without complaint", async () => {
    await store.applySchema();
    await store.applySchema();
    const { rows } = await store.read("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names");
    expect(rows[0]?.names).toEqual(expect.arrayContaining(["actor_id", "issue_id", "article_id", "claim_id"]));
    const indexes = await store.read("SHOW INDEXES YIELD name, type, state RETURN name, type, state");
    const byName = Object.fromEntries(indexes.rows.map((row) => [row.name, row]));
    for (const name of ["supports_key", "opposes_key", "constrains_key", "claim_edge_key", "claim_article"]) {
      expect(byName[name]).toMatchObject({ type: "RANGE", state: "ONLINE" });
    }
    expect(byName.node_names).toMatchObject({ type: "FULLTEXT", state: "ONLINE" });
  });
});

describe("records", () => {
  it("become plain values: integers as numbers, temporals as ISO strings, maps and lists as they are", async () => {
    const { rows, columns } = await store.read(
      "RETURN 12 AS i, 1.5 AS f, date('2025-01-02') AS d, {a: [1, 2], b: null} AS m, $n AS n, $x AS x",
      { n: 7, x: 0.25 },
    );
    expect(columns).toEqual(["i", "f", "d", "m", "n", "x"]);
    expect(rows).toEqual([{ i: 12, f: 1.5, d: "2025-01-02", m: { a: [1, 2], b: null }, n: 7, x: 0.25 }]);
  });

  it("sends JS integers as Cypher integers, so LIMIT and ranges accept them", async () => {
    const { rows } = await store.read("UNWIND range(1, $top) AS k RETURN k LIMIT $limit", { top: 5, limit: 2 });
    expect(rows).toEqual([{ k: 1 }, { k: 2 }]);
  });

  it("turns nodes into {id, labels, properties} and relationships into {type, start, end, properties}", async () => {
    const { rows } = await store.read(
      "MATCH (a:Actor {id: 'us-congress'})-[r:CONSTRAINS {issue: 'russia-sanctions'}]->(b) RETURN a, r, b",
    );
    const row = rows[0]!;
    expect(row.a).toMatchObject({ id: "us-congress", labels: ["Actor"], properties: { name: "U.S. Congress" } });
    expect(row.r).toMatchObject({
      type: "CONSTRAINS",
      start: "us-congress",
      end: "donald-trump",
      properties: { weight: 2, articles: 2 },
    });
    expect(typeof (row.r as { properties: { weight: unknown } }).properties.weight).toBe("number");
  });

  it("turns paths into segments", async () => {
    const { rows } = await store.read(
      "MATCH p = (:Actor {id: 'us-supreme-court'})-[:CONSTRAINS]->(:Actor)-[:CONSTRAINS {issue: 'russia-sanctions'}]->(:Actor) RETURN p",
    );
    const path = rows[0]!.p as { length: number; segments: { start: { id: string }; relationship: { type: string; start: string; end: string }; end: { id: string } }[] };
    expect(path.length).toBe(2);
    expect(path.segments.map((segment) => [segment.start.id, segment.relationship.type, segment.end.id])).toEqual([
      ["us-supreme-court", "CONSTRAINS", "us-congress"],
      ["us-congress", "CONSTRAINS", "donald-trump"],
    ]);
    expect(path.segments[0]!.relationship).toMatchObject({ start: "us-supreme-court", end: "us-congress" });
  });

  it("stops at maxRows and says the result was truncated", async () => {
    const result = await store.read("UNWIND range(1, 100) AS k RETURN k", {}, { maxRows: 3 });
    expect(result.rows).toEqual([{ k: 1 }, { k: 2 }, { k: 3 }]);
    expect(result.truncated).toBe(true);
    const whole = await store.read("UNWIND range(1, 3) AS k RETURN k", {}, { maxRows: 3 });
    expect(whole.truncated).toBe(false);
  });
});

describe("read", () => {
  it.each([
    ["CREATE", "CREATE (n:Actor {id: 'intruder', name: 'Intruder'}) RETURN n"],
    ["MERGE", "MERGE (n:Issue {id: 'intruder'}) RETURN n"],
    ["SET", "match (n:Actor {id: 'us-congress'}) set n.name = 'Parliament'"],
    ["DELETE", "MATCH (n:Actor {id: 'donald-trump'}) DETACH DELETE n"],
    ["REMOVE", "MATCH (n:Actor) REMOVE n.name"],
    ["a write inside a subquery", "MATCH (n:Actor) CALL (n) { SET n.touched = true } RETURN count(*) AS c"],
  ])("is refused by the database for %s, with a ReadOnlyError, and nothing changes", async (_what, cypher) => {
    const before = await dumpGraph(store);
    await expect(store.read(cypher)).rejects.toMatchObject({
      name: "ReadOnlyError",
      code: "Neo.ClientError.Statement.AccessMode",
    });
    expect(await dumpGraph(store)).toEqual(before);
  });

  it("reports a syntax error as a ValidationError", async () => {
    await expect(store.read("MATCH (n RETURN n")).rejects.toMatchObject({ name: "ValidationError" });
  });

  it("stops a query that runs past its time limit with a StoreError", async () => {
    await expect(
      store.read("UNWIND range(1, 500000000) AS k WITH k WHERE k % 7 = 0 RETURN count(*) AS c", {}, { timeoutMs: 200 }),
    ).rejects.toMatchObject({ name: "StoreError", message: expect.stringContaining("200 ms") });
  });

  it("runs a named file from cypher/", async () => {
    const { rows } = await store.read("queries/find-node", { q: "Trump", label: null, limit: 1 });
    expect(rows[0]).toMatchObject({ id: "donald-trump" });
  });
});

describe("write", () => {
  it("commits every statement of a transaction or none", async () => {
    const before = await counts(store);
    await expect(
      store.writeTransaction(async (tx) => {
        await tx.run("CREATE (:Actor {id: 'temporary', name: 'Temporary', kind: 'group'})");
        await tx.run("CREATE (:Actor {id: 'temporary', name: 'Duplicate', kind: 'group'})");
      }),
    ).rejects.toMatchObject({ name: "ValidationError" });
    expect(await counts(store)).toEqual(before);
  });

  it("returns the rows of a single statement", async () => {
    const result = await store.write("MERGE (n:Actor {id: 'temporary'}) SET n.name = 'T', n.kind = 'group' RETURN n.id AS id");
    expect(result.rows).toEqual([{ id: "temporary" }]);
    await store.write("MATCH (n:Actor {id: 'temporary'}) DETACH DELETE n");
  });
});
