// Tests for src/store/queries.ts and the named analyst queries in cypher/queries, on the store fixture articles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/driver.ts";
import { dumpGraph } from "../../src/store/dump.ts";
import { describeQuery, listQueries, runQuery, validateQueryParams } from "../../src/store/queries.ts";
import { ALL_ARTICLES } from "../fixtures/store-articles.ts";
import { openLoadedStore } from "./store-helpers.ts";

let store: Store;

beforeAll(async () => {
  store = await openLoadedStore(ALL_ARTICLES);
});

afterAll(async () => {
  await store?.close();
});

type Row = Record<string, unknown>;
type Step = { from: string; relation: string; to: string; issue: string; key: string; claims: Row[] };

describe("listQueries", () => {
  it("lists every query with its description, parameters and columns", () => {
    const queries = listQueries();
    expect(queries.map((query) => query.name)).toEqual(
      expect.arrayContaining(["constraints-on", "positions-on-issue", "actor-profile", "shortest-path",
        "contested-positions", "edge-evidence", "find-node", "articles"]),
    );
    expect(describeQuery("constraints-on").params.map((param) => [param.name, param.required])).toEqual([
      ["target", true],
      ["issue", false],
      ["maxHops", false],
      ["limit", false],
    ]);
  });

  it.each(listQueries().map((query) => query.name))("%s returns exactly the columns its header lists", async (name) => {
    const example: Record<string, Record<string, unknown>> = {
      "constraints-on": { target: "donald-trump" },
      "positions-on-issue": { issue: "russia-sanctions" },
      "actor-profile": { actor: "us-congress" },
      "shortest-path": { from: "european-union", to: "donald-trump" },
      "contested-positions": {},
      "edge-evidence": { key: "us-congress>CONSTRAINS>donald-trump@russia-sanctions" },
      "find-node": { q: "Trump" },
      articles: {},
    };
    const result = await runQuery(store, name, example[name] ?? {});
    expect(result.rows.length).toBeGreaterThan(0);
    expect(Object.keys(result.rows[0]!)).toEqual(describeQuery(name).columns);
    expect(result.columns).toEqual(describeQuery(name).columns);
  });
});

describe("constraints-on", () => {
  it("answers what constrains Trump on sanctions: Congress directly, with the quoted sentences", async () => {
    const { rows } = await runQuery(store, "constraints-on", { target: "donald-trump", issue: "russia-sanctions", maxHops: 1 });
    expect(rows).toHaveLength(1);
    const [direct] = rows as Row[];
    expect(direct).toMatchObject({
      constrainer: "us-congress",
      constrainerName: "U.S. Congress",
      issue: "russia-sanctions",
      hops: 1,
      path: ["us-congress", "donald-trump"],
      relations: ["CONSTRAINS"],
      weight: 2,
    });
    const [step] = direct!.evidence as Step[];
    expect(step!.claims.map((claim) => [claim.article, claim.text])).toEqual([
      ["store-sanctions-law", "Congress passed a law that limits Mr. Trump's ability to lift sanctions on Russia."],
      ["store-court-ruling", "Congress again constrained Trump on the sanctions."],
    ]);
  });

  it("follows 2-hop chains: a court constraining Congress, Senate Republicans backing it", async () => {
    const { rows } = await runQuery(store, "constraints-on", { target: "donald-trump", issue: "russia-sanctions", maxHops: 2 });
    expect(rows.map((row) => [row.constrainer, row.hops, row.relations])).toEqual([
      ["us-congress", 1, ["CONSTRAINS"]],
      ["us-supreme-court", 2, ["CONSTRAINS", "CONSTRAINS"]],
      ["senate-republicans", 2, ["SUPPORTS", "CONSTRAINS"]],
    ]);
    const court = rows[1]!;
    expect(court.path).toEqual(["us-supreme-court", "us-congress", "donald-trump"]);
    expect(court.confidence).toBeCloseTo(0.7 * 0.9, 12);
    expect((court.evidence as Step[]).map((step) => [step.from, step.relation, step.to, step.claims.length])).toEqual([
      ["us-supreme-court", "CONSTRAINS", "us-congress", 1],
      ["us-congress", "CONSTRAINS", "donald-trump", 2],
    ]);
  });

  it("without an issue also finds constraints on other issues", async () => {
    const { rows } = await runQuery(store, "constraints-on", { target: "donald-trump", maxHops: 1 });
    expect(rows.map((row) => [row.constrainer, row.issue])).toEqual([
      ["us-congress", "russia-sanctions"],
      ["us-congress", "us-vietnam-trade-deal"],
    ]);
  });

  it("finds a court constraining a government, and the EU backing the court", async () => {
    const { rows } = await runQuery(store, "constraints-on", { target: "pl-government", maxHops: "2" });
    expect(rows.map((row) => row.path)).toEqual([
      ["pl-constitutional-tribunal", "pl-government"],
      ["european-union", "pl-constitutional-tribunal", "pl-government"],
    ]);
  });
});

describe("positions-on-issue", () => {
  it("lists who supports, opposes and constrains on an issue, with evidence", async () => {
    const { rows } = await runQuery(store, "positions-on-issue", { issue: "russia-sanctions" });
    expect(rows.map((row) => [row.actor, row.relation, row.object, row.weight])).toEqual([
      ["us-congress", "CONSTRAINS", "donald-trump", 2],
      ["us-supreme-court", "CONSTRAINS", "us-congress", 1],
      ["donald-trump", "OPPOSES", "russia-sanctions", 1],
      ["european-union", "SUPPORTS", "russia-sanctions", 1],
      ["donald-trump", "SUPPORTS", "russia-sanctions", 1],
      ["senate-republicans", "SUPPORTS", "us-congress", 1],
    ]);
    const eu = rows.find((row) => row.actor === "european-union")!;
    expect(eu).toMatchObject({ confidence: 0.9, articles: 1, sources: 1, firstSeen: "2025-03-10", lastSeen: "2025-03-10" });
    expect(eu.evidence).toEqual([
      expect.objectContaining({ article: "store-sanctions-law", text: "The European Union supports the sanctions." }),
    ]);
  });

  it("narrows to the given relations", async () => {
    const { rows } = await runQuery(store, "positions-on-issue", { issue: "russia-sanctions", relations: "supports,opposes" });
    expect(new Set(rows.map((row) => row.relation))).toEqual(new Set(["SUPPORTS", "OPPOSES"]));
  });
});

describe("actor-profile", () => {
  it("gathers an actor's positions, allies, opponents and constraints", async () => {
    const { rows } = await runQuery(store, "actor-profile", { actor: "donald-trump" });
    expect(rows).toHaveLength(1);
    const profile = rows[0]!;
    expect(profile).toMatchObject({ actor: "donald-trump", name: "Donald Trump", kind: "person" });
    expect((profile.positions as Row[]).map((position) => [position.relation, position.issue,
      (position.objects as Row[]).map((object) => object.id)])).toEqual([
      ["OPPOSES", "", ["russia-sanctions"]],
      ["SUPPORTS", "", ["us-vietnam-trade-deal", "russia-sanctions"]],
    ]);
    expect(profile.allies).toEqual([
      expect.objectContaining({
        id: "european-union",
        supportsIt: [],
        shared: [{ object: "russia-sanctions", objectName: "Sanctions on Russia", relation: "SUPPORTS", issue: "" }],
      }),
    ]);
    expect((profile.opponents as Row[]).map((opponent) => [opponent.id,
      (opponent.opposite as Row[]).map((item) => `${item.mine}/${item.theirs} ${item.object}`)])).toEqual([
      ["european-union", ["OPPOSES/SUPPORTS russia-sanctions"]],
      ["us-congress", ["SUPPORTS/OPPOSES us-vietnam-trade-deal"]],
    ]);
    expect((profile.constrainedBy as Row[]).map((item) => [item.id, item.issue, item.weight])).toEqual([
      ["us-congress", "russia-sanctions", 2],
      ["us-congress", "us-vietnam-trade-deal", 1],
    ]);
    expect(profile.constrains).toEqual([]);
  });

  it("names the actors that support it as allies", async () => {
    const { rows } = await runQuery(store, "actor-profile", { actor: "us-congress" });
    expect(rows[0]!.allies).toEqual([
      expect.objectContaining({ id: "senate-republicans", supportsIt: [expect.objectContaining({ issue: "russia-sanctions" })] }),
    ]);
    expect((rows[0]!.constrains as Row[]).map((item) => item.id)).toEqual(["donald-trump", "donald-trump"]);
  });

  it("returns no row for an unknown actor", async () => {
    expect((await runQuery(store, "actor-profile", { actor: "nobody" })).rows).toEqual([]);
  });
});

describe("shortest-path", () => {
  it("finds the chain from Senate Republicans to Trump over SUPPORTS and CONSTRAINS on sanctions", async () => {
    const { rows } = await runQuery(store, "shortest-path", {
      from: "senate-republicans",
      to: "donald-trump",
      types: ["SUPPORTS", "CONSTRAINS"],
      issue: "russia-sanctions",
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      hops: 2,
      path: ["senate-republicans", "us-congress", "donald-trump"],
      relations: ["SUPPORTS", "CONSTRAINS"],
    });
    const steps = rows[0]!.evidence as (Step & { forward: boolean })[];
    expect(steps.map((step) => [step.from, step.to, step.forward, step.claims.length])).toEqual([
      ["senate-republicans", "us-congress", true, 1],
      ["us-congress", "donald-trump", true, 2],
    ]);
  });

  it("finds no path when the types or the issue rule it out", async () => {
    expect((await runQuery(store, "shortest-path", { from: "senate-republicans", to: "donald-trump", types: ["OPPOSES"] })).rows).toEqual([]);
    expect((await runQuery(store, "shortest-path", {
      from: "senate-republicans", to: "donald-trump", issue: "us-vietnam-trade-deal",
    })).rows).toEqual([]);
  });

  it("walks relationships against their direction and says so", async () => {
    const { rows } = await runQuery(store, "shortest-path", { from: "european-union", to: "donald-trump", issue: "russia-sanctions" });
    expect(rows.map((row) => row.path)).toEqual([
      ["european-union", "russia-sanctions", "donald-trump"],
      ["european-union", "russia-sanctions", "donald-trump"],
    ]);
    const hops = (rows as Row[]).map((row) => (row.evidence as (Step & { forward: boolean })[]).map((step) => `${step.relation}:${step.forward}`));
    expect(hops).toEqual([
      ["SUPPORTS:true", "OPPOSES:false"],
      ["SUPPORTS:true", "SUPPORTS:false"],
    ]);
  });

  it("respects maxHops", async () => {
    expect((await runQuery(store, "shortest-path", { from: "senate-republicans", to: "donald-trump", maxHops: 1 })).rows).toEqual([]);
  });
});

describe("contested-positions", () => {
  it("finds Trump both supporting and opposing the sanctions, with each side's evidence", async () => {
    const { rows } = await runQuery(store, "contested-positions", {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: "donald-trump",
      object: "russia-sanctions",
      issue: "",
      supports: { weight: 1, firstSeen: null, claims: [expect.objectContaining({ article: "store-change-of-course" })] },
      opposes: { weight: 1, firstSeen: "2025-04-01", claims: [expect.objectContaining({ article: "store-court-ruling" })] },
    });
    expect((await runQuery(store, "contested-positions", { actor: "us-congress" })).rows).toEqual([]);
  });
});

describe("edge-evidence", () => {
  it("gives the claims behind an edge by key, with article title, date, outlet and offsets", async () => {
    const { rows } = await runQuery(store, "edge-evidence", { key: "us-congress>CONSTRAINS>donald-trump@russia-sanctions" });
    expect(rows.map((row) => [row.claim, row.title, row.published, row.source])).toEqual([
      ["store-sanctions-law#c1", "Congress limits sanctions relief", "2025-03-10", "Capitol Wire"],
      ["store-court-ruling#c2", "Court rules on sanctions powers", "2025-04-01", "Daily Ledger"],
    ]);
    const article = ALL_ARTICLES.find((item) => item.article.id === rows[1]!.article)!;
    expect(article.article.text.slice(rows[1]!.start as number, rows[1]!.end as number)).toBe(rows[1]!.text);
  });

  it("finds the same claims by source, type, target and issue", async () => {
    const byKey = await runQuery(store, "edge-evidence", { key: "donald-trump>SUPPORTS>us-vietnam-trade-deal@" });
    const byEnds = await runQuery(store, "edge-evidence", { source: "donald-trump", type: "SUPPORTS", target: "us-vietnam-trade-deal" });
    expect(byEnds.rows).toEqual(byKey.rows);
    expect(byKey.rows).toHaveLength(1);
  });

  it("asks for a key or for source, type and target", async () => {
    await expect(runQuery(store, "edge-evidence", { source: "us-congress" })).rejects.toMatchObject({
      name: "ValidationError",
      message: expect.stringMatching(/key.*source \+ type \+ target/),
    });
  });
});

describe("find-node", () => {
  it.each([
    ["Trump", "donald-trump"],
    ["Mr. Trump", "donald-trump"],
    ["congress", "us-congress"],
    ["Congres", "us-congress"],
    ["new start", "new-start"],
    ["senate republicans", "senate-republicans"],
    ["EU", "european-union"],
    ["judicial reform", "pl-judicial-reform"],
  ])("resolves %j to %s first", async (q, id) => {
    const { rows } = await runQuery(store, "find-node", { q });
    expect(rows[0]).toMatchObject({ id });
  });

  it("ranks an exact alias above fuzzy matches", async () => {
    const { rows } = await runQuery(store, "find-node", { q: "Supreme Court" });
    expect(rows[0]).toMatchObject({ id: "us-supreme-court", exact: true });
    expect(rows.slice(1).every((row) => row.exact === false)).toBe(true);
  });

  it("filters by label and survives Lucene syntax in the input", async () => {
    const { rows } = await runQuery(store, "find-node", { q: "sanctions", label: "Issue" });
    expect(rows.map((row) => row.label)).toEqual(rows.map(() => "Issue"));
    expect(rows[0]).toMatchObject({ id: "russia-sanctions", exact: true });
    expect((await runQuery(store, "find-node", { q: "trump) AND (x:" })).rows[0]).toMatchObject({ id: "donald-trump" });
    expect((await runQuery(store, "find-node", { q: "?!" })).rows).toEqual([]);
  });
});

describe("parameters", () => {
  it("names a missing required parameter", () => {
    expect(() => validateQueryParams("constraints-on", {})).toThrowError(
      expect.objectContaining({ name: "ValidationError", message: "constraints-on: missing required parameter 'target'" }),
    );
  });

  it("names an unknown parameter", () => {
    expect(() => validateQueryParams("constraints-on", { target: "x", depth: 2 })).toThrowError(
      expect.objectContaining({ name: "ValidationError", message: expect.stringContaining("unknown parameter 'depth'") }),
    );
  });

  it.each([
    ["constraints-on", { target: "x", maxHops: 4 }, "maxHops", "an integer from 1 to 3"],
    ["constraints-on", { target: "x", maxHops: 1.5 }, "maxHops", "an integer"],
    ["constraints-on", { target: "x", maxHops: "two" }, "maxHops", "an integer"],
    ["shortest-path", { from: "a", to: "b", types: ["LIKES"] }, "types", "SUPPORTS, OPPOSES, CONSTRAINS"],
    ["find-node", { q: "x", label: "Country" }, "label", "Actor, Issue"],
    ["find-node", { q: 3 }, "q", "a non-empty string"],
  ])("%s rejects %j naming %s", (name, params, param, expected) => {
    expect(() => validateQueryParams(name, params)).toThrowError(
      expect.objectContaining({
        name: "ValidationError",
        message: expect.stringMatching(new RegExp(`'${param}' must be .*${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)),
      }),
    );
  });

  it("fills defaults and coerces strings from a command line", () => {
    expect(validateQueryParams("shortest-path", { from: "a", to: "b", types: "supports, constrains", maxHops: "3" })).toEqual({
      from: "a",
      to: "b",
      types: ["SUPPORTS", "CONSTRAINS"],
      issue: null,
      maxHops: 3,
      limit: 10,
    });
  });

  it("says NotFoundError for an unknown query", async () => {
    await expect(runQuery(store, "who-wins", {})).rejects.toMatchObject({
      name: "NotFoundError",
      message: expect.stringContaining("constraints-on"),
    });
  });

  it("runs named queries read-only: the database is unchanged after all of them", async () => {
    const before = await dumpGraph(store);
    for (const query of listQueries()) {
      const required = Object.fromEntries(query.params.filter((param) => param.required).map((param) => [param.name, "us-congress"]));
      const params = query.name === "edge-evidence" ? { key: "x" } : required;
      await runQuery(store, query.name, params);
    }
    expect(await dumpGraph(store)).toEqual(before);
  });
});
