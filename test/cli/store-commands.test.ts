import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/index.ts";
import { kg, ROOT } from "../helpers/cli.ts";
import { clearDatabase, counts, openTestStore } from "../store/store-helpers.ts";

const ARTICLES = path.join(ROOT, "data", "articles");

describe("kg against the real Neo4j", () => {
  let store: Store;

  beforeAll(async () => {
    store = await openTestStore();
    await clearDatabase(store);
  });
  afterAll(() => store.close());

  it("ingests the bundled articles, reports counts, and leaves every evidence an exact slice of its article", async () => {
    const result = await kg(["ingest", ARTICLES]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/\[5\/5\] 004_4451edbd5d53e330\.txt loaded: \d+ claims/);
    expect(result.stdout).toMatch(/articles\s+actors\s+issues\s+claims/);
    const { rows } = await store.read(
      "MATCH (c:Claim)-[:EVIDENCED_BY]->(a:Article) RETURN c.text AS text, substring(a.text, c.start, c.end - c.start) AS slice",
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(row.slice).toBe(row.text);
  });

  it("holds the six required entities once each", async () => {
    const { rows } = await store.read(
      "UNWIND ['vladimir-putin', 'donald-trump', 'james-mattis', 'us-congress', 'syria', 'new-start'] AS id MATCH (n {id: id}) RETURN id, labels(n) AS labels, n.name AS name",
    );
    expect(rows.map((r) => r.id)).toEqual(["vladimir-putin", "donald-trump", "james-mattis", "us-congress", "syria", "new-start"]);
  });

  it("changes no count when the same articles are ingested twice", async () => {
    const before = await counts(store);
    const result = await kg(["ingest", ARTICLES]);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/unchanged/g)).toHaveLength(5);
    expect(await counts(store)).toEqual(before);
  });

  it("answers 'what constrains Trump on sanctions' with U.S. Congress and quoted sentences from two articles", async () => {
    const result = await kg(["ask", "constrains", "--target", "Trump", "--issue", "sanctions"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("What constrains Donald Trump on sanctions?");
    expect(result.stdout).toContain("U.S. Congress CONSTRAINS Donald Trump on sanctions");
    expect(result.stdout).toContain("“Mr. Putin cannot expect any lifting of sanctions, which would require approval by Congress");
    expect(result.stdout).toContain("— 001_4531fa6c14e13b83");
    expect(result.stdout).toContain("— 002_2fde7dd89c83af88");
  });

  it("answers the same question as JSON rows", async () => {
    const result = await kg(["ask", "constrains", "--target", "donald trump", "--issue", "Sanctions", "--json"]);
    const rows = JSON.parse(result.stdout) as { constrainer: string; hops: number }[];
    expect(rows.find((r) => r.hops === 1)?.constrainer).toBe("us-congress");
  });

  it("answers positions and path questions, resolving loose names", async () => {
    const positions = await kg(["ask", "positions", "--issue", "new start"]);
    expect(positions.code).toBe(0);
    expect(positions.stdout).toContain("Who supports or opposes New START?");
    const pathAnswer = await kg(["ask", "path", "--from", "Putin", "--to", "Congress"]);
    expect(pathAnswer.code).toBe(0);
    expect(pathAnswer.stdout).toContain("How is Vladimir Putin connected to U.S. Congress?");
    expect(pathAnswer.stdout).toMatch(/Vladimir Putin → .*U\.S\. Congress/);
  });

  it("names a name it cannot resolve", async () => {
    const result = await kg(["ask", "constrains", "--target", "Zzyzx Qwerty"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('no Actor matches "Zzyzx Qwerty"');
  });

  it("lists and runs named queries, as a table and as JSON", async () => {
    const list = await kg(["query", "--list"]);
    for (const name of ["constraints-on", "positions-on-issue", "actor-profile", "shortest-path", "contested-positions", "edge-evidence"]) {
      expect(list.stdout).toContain(name);
    }
    const table = await kg(["query", "constraints-on", "--param", "target=donald-trump", "--param", "issue=sanctions"]);
    expect(table.code).toBe(0);
    expect(table.stdout.split("\n")[0]).toMatch(/^constrainer\s+constrainerName/);
    const json = await kg(["query", "edge-evidence", "--param", "key=us-congress>CONSTRAINS>donald-trump@sanctions", "--json"]);
    const rows = JSON.parse(json.stdout) as { article: string; text: string }[];
    expect(new Set(rows.map((r) => r.article))).toEqual(new Set(["001_4531fa6c14e13b83", "002_2fde7dd89c83af88"]));
  });

  it("refuses a bad query parameter in one line", async () => {
    const result = await kg(["query", "constraints-on", "--param", "colour=blue"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim()).toMatch(/^kg: constraints-on: unknown parameter 'colour'/);
  });

  it("runs read-only Cypher and refuses writes through the database, leaving it unchanged", async () => {
    const read = await kg(["cypher", "MATCH (a:Actor {id: 'donald-trump'}) RETURN a.name AS name"]);
    expect(read.stdout).toContain("Donald Trump");
    const before = await counts(store);
    for (const write of ["CREATE (:Actor {id: 'intruder'})", "MATCH (n) DETACH DELETE n", "MATCH (a:Actor) SET a.name = 'x'"]) {
      const refused = await kg(["cypher", write]);
      expect(refused.code, write).not.toBe(0);
      expect(refused.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    }
    expect(await counts(store)).toEqual(before);
  });

  it("replaces an edited article's contribution and retracts a removed one completely", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-edit-"));
    const file = path.join(dir, "990_edited.txt");
    await writeFile(file, "The Bundestag blocked Olaf Scholz on sanctions.\n\nHungary opposes New START.");
    const before = await counts(store);
    expect((await kg(["ingest", file])).code).toBe(0);
    await writeFile(file, "The Bundestag blocked Olaf Scholz on sanctions.");
    const replaced = await kg(["ingest", file]);
    expect(replaced.stderr).toContain("990_edited.txt replaced");
    const { rows } = await store.read("MATCH (:Actor {id: 'hungary'})-[r:OPPOSES]->(:Issue {id: 'new-start'}) RETURN count(r) AS n");
    expect(rows[0]!.n).toBe(0);
    const removed = await kg(["remove", "990_edited"]);
    expect(removed.code).toBe(0);
    expect(await counts(store)).toEqual(before);
  });

  it("says which article it cannot remove", async () => {
    const result = await kg(["remove", "no-such-article"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("no-such-article");
  });

  it("names NEO4J_URI in one line when the database is unreachable, and writes nothing", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-down-"));
    await copyFile(path.join(ARTICLES, "004_4451edbd5d53e330.txt"), path.join(dir, "004.txt"));
    const result = await kg(["ingest", dir], { NEO4J_URI: "bolt://127.0.0.1:1" });
    expect(result.code).not.toBe(0);
    const errors = result.stderr.split("\n").filter((l) => l.startsWith("kg: "));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("NEO4J_URI");
    expect(await readFile(path.join(dir, "004.txt"), "utf8")).toContain("Helsinki");
  });
});
