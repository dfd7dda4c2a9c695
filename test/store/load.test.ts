// Tests for src/store/load.ts against the real test Neo4j: an article loads whole or not at all, reloading is a no-op,
// an edited article replaces its contribution, and removing an article leaves the graph as if it was never loaded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ArticleGraph } from "../../src/model/article-graph.ts";
import type { Store } from "../../src/store/driver.ts";
import { dumpGraph } from "../../src/store/dump.ts";
import { ingestArticle, removeArticle } from "../../src/store/load.ts";
import {
  ALL_ARTICLES,
  CHANGE_OF_COURSE,
  COURT_RULING,
  makeArticle,
  NODES,
  SANCTIONS_LAW,
  SANCTIONS_LAW_EDITED,
  TRADE_DEAL,
  TRIBUNAL,
} from "../fixtures/store-articles.ts";
import { clearDatabase, count, counts, loadArticles, openTestStore } from "./store-helpers.ts";

let store: Store;

beforeAll(async () => {
  store = await openTestStore();
});

beforeEach(async () => {
  await clearDatabase(store);
});

afterAll(async () => {
  await store?.close();
});

async function edge(key: string) {
  const { rows } = await store.read(
    "MATCH (s)-[r:SUPPORTS|OPPOSES|CONSTRAINS {key: $key}]->(o) RETURN s.id AS source, type(r) AS type, o.id AS target, properties(r) AS props",
    { key },
  );
  return rows;
}

async function node(id: string) {
  const { rows } = await store.read("MATCH (n {id: $id}) WHERE n:Actor OR n:Issue RETURN properties(n) AS props", { id });
  return rows[0]?.props as Record<string, unknown> | undefined;
}

describe("ingestArticle", () => {
  it("loads an article's nodes, mentions, claims and direct relationships", async () => {
    const result = await ingestArticle(store, TRADE_DEAL);
    expect(result).toEqual({ status: "loaded", claims: 3, nodes: 4 });
    expect(await counts(store)).toEqual({
      actors: 3,
      issues: 1,
      articles: 1,
      claims: 3,
      edges: 3,
      mentions: 4,
      // 3 edges + 4 mentions + per claim SUBJECT, OBJECT, EVIDENCED_BY (+ ON_ISSUE for the one with an issue)
      relationships: 3 + 4 + 3 * 3 + 1,
    });
    const article = await store.read("MATCH (a:Article {id: $id}) RETURN properties(a) AS a", { id: TRADE_DEAL.article.id });
    expect(article.rows[0]?.a).toMatchObject({
      id: "store-trade-deal",
      title: "Congress blocks trade deal",
      source: "Daily Ledger",
      published: "2025-02-03",
      path: "data/articles/store-trade-deal.txt",
      text: TRADE_DEAL.article.text,
      hash: TRADE_DEAL.article.hash,
      sentences: TRADE_DEAL.article.sentences.flatMap((sentence) => [sentence.start, sentence.end]),
      loadedAt: expect.any(String),
    });
  });

  it("stores each claim with its sentence, offsets and provenance, linked to subject, object, issue and article", async () => {
    await ingestArticle(store, TRADE_DEAL);
    const { rows } = await store.read(
      `MATCH (c:Claim {id: 'store-trade-deal#c1'})
       MATCH (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o), (c)-[:ON_ISSUE]->(i), (c)-[:EVIDENCED_BY]->(a)
       RETURN properties(c) AS claim, s.id AS subject, o.id AS object, i.id AS issue, a.id AS article, a.text AS text`,
    );
    const row = rows[0]!;
    const claim = row.claim as Record<string, unknown> & { start: number; end: number };
    expect(claim).toEqual({
      id: "store-trade-deal#c1",
      relation: "CONSTRAINS",
      confidence: 0.9,
      text: "The U.S. Congress blocked President Trump's trade deal with Vietnam.",
      start: claim.start,
      end: claim.end,
      extractor: "rules",
      rule: "fixture/hand-written",
      explicit: true,
      issue: "us-vietnam-trade-deal",
      edgeKey: "us-congress>CONSTRAINS>donald-trump@us-vietnam-trade-deal",
      article: "store-trade-deal",
      published: "2025-02-03",
      source: "Daily Ledger",
    });
    expect((row.text as string).slice(claim.start, claim.end)).toBe(claim.text);
    expect(row).toMatchObject({ subject: "us-congress", object: "donald-trump", issue: "us-vietnam-trade-deal" });
  });

  it("loads an article without claims or sentences: its nodes stay as long as it mentions them", async () => {
    const quiet = makeArticle({
      id: "store-quiet",
      title: null,
      source: null,
      published: null,
      text: "",
      nodes: [NODES.vietnam],
      claims: [],
    });
    expect(await ingestArticle(store, quiet)).toEqual({ status: "loaded", claims: 0, nodes: 1 });
    expect(await node("vietnam")).toMatchObject({ name: "Vietnam", aliases: [] });
    const article = await store.read("MATCH (a:Article {id: 'store-quiet'}) RETURN properties(a) AS a");
    expect(Object.keys(article.rows[0]!.a as object).sort()).toEqual(["hash", "id", "loadedAt", "path", "sentences", "text"]);
    await removeArticle(store, "store-quiet");
    expect(await dumpGraph(store)).toEqual({ nodes: [], relationships: [] });
  });

  it("changes nothing when the same articles are ingested again", async () => {
    await loadArticles(store, ALL_ARTICLES);
    const before = await dumpGraph(store);
    for (const article of ALL_ARTICLES) {
      expect(await ingestArticle(store, article)).toEqual({ status: "unchanged", claims: 0, nodes: 0 });
    }
    expect(await dumpGraph(store)).toEqual(before);
  });

  it("derives weight, noisy-or confidence, article and outlet counts, first and last seen from the claims", async () => {
    await loadArticles(store, ALL_ARTICLES);
    expect(await edge("us-congress>CONSTRAINS>donald-trump@russia-sanctions")).toEqual([
      {
        source: "us-congress",
        type: "CONSTRAINS",
        target: "donald-trump",
        props: {
          key: "us-congress>CONSTRAINS>donald-trump@russia-sanctions",
          issue: "russia-sanctions",
          weight: 2,
          confidence: expect.closeTo(1 - (1 - 0.8) * (1 - 0.5), 12),
          articles: 2,
          sources: 2,
          firstSeen: "2025-03-10",
          lastSeen: "2025-04-01",
        },
      },
    ]);
    // An edge without an issue carries issue "" and a key ending in "@"; undated claims leave firstSeen/lastSeen unset.
    const [undated] = await edge("donald-trump>SUPPORTS>russia-sanctions@");
    expect(undated?.props).toEqual({
      key: "donald-trump>SUPPORTS>russia-sanctions@",
      issue: "",
      weight: 1,
      confidence: 0.6,
      articles: 1,
      sources: 1,
    });
  });

  it("counts one outlet once and several claims of one article once", async () => {
    const twice = makeArticle({
      id: "store-twice",
      title: "Twice",
      source: "Daily Ledger",
      published: "2025-05-05",
      text: "Congress checked Trump on sanctions. Congress checked Trump on sanctions again.",
      nodes: [NODES.congress, NODES.trump, NODES.sanctions],
      claims: [
        { subject: "us-congress", relation: "CONSTRAINS", object: "donald-trump", issue: "russia-sanctions", confidence: 0.5,
          quote: "Congress checked Trump on sanctions." },
        { subject: "us-congress", relation: "CONSTRAINS", object: "donald-trump", issue: "russia-sanctions", confidence: 0.5,
          quote: "Congress checked Trump on sanctions again." },
      ],
    });
    await loadArticles(store, [COURT_RULING, twice]);
    const [row] = await edge("us-congress>CONSTRAINS>donald-trump@russia-sanctions");
    expect(row?.props).toMatchObject({
      weight: 3,
      articles: 2,
      sources: 1,
      confidence: expect.closeTo(1 - 0.5 * 0.5 * 0.5, 12),
      firstSeen: "2025-04-01",
      lastSeen: "2025-05-05",
    });
  });

  it("merges node properties from several articles: the longest name wins and aliases are united", async () => {
    await loadArticles(store, [SANCTIONS_LAW, TRADE_DEAL]);
    expect(await node("us-congress")).toMatchObject({
      name: "U.S. Congress",
      kind: "institution",
      aliases: ["Congress", "US Congress"],
      aliasText: "Congress | US Congress",
    });
    expect(await node("donald-trump")).toMatchObject({
      name: "Donald Trump",
      aliases: ["Mr. Trump", "President Trump", "Trump"],
    });
  });

  it("gives the same graph whatever order the articles are loaded in", async () => {
    await loadArticles(store, ALL_ARTICLES);
    const forward = await dumpGraph(store);
    await clearDatabase(store);
    await loadArticles(store, [...ALL_ARTICLES].reverse());
    expect(await dumpGraph(store)).toEqual(forward);
  });

  it("gives the same graph when articles are loaded concurrently", async () => {
    await loadArticles(store, ALL_ARTICLES);
    const sequential = await dumpGraph(store);
    await clearDatabase(store);
    const results = await Promise.all(ALL_ARTICLES.map((article) => ingestArticle(store, article)));
    expect(results.map((result) => result.status)).toEqual(ALL_ARTICLES.map(() => "loaded"));
    expect(await dumpGraph(store)).toEqual(sequential);
  });

  it("rejects a claim whose subject is missing from the batch before writing anything", async () => {
    await loadArticles(store, [TRADE_DEAL]);
    const before = await dumpGraph(store);
    const broken: ArticleGraph = {
      ...SANCTIONS_LAW,
      nodes: SANCTIONS_LAW.nodes.filter((node) => node.id !== "senate-republicans"),
      mentions: SANCTIONS_LAW.mentions.filter((mention) => mention.entity !== "senate-republicans"),
    };
    await expect(ingestArticle(store, broken)).rejects.toMatchObject({
      name: "ValidationError",
      message: expect.stringContaining("senate-republicans"),
    });
    expect(await dumpGraph(store)).toEqual(before);
  });

  it("rolls back the whole article when a statement fails midway, leaving the rest intact", async () => {
    await loadArticles(store, [TRADE_DEAL, TRIBUNAL]);
    const before = await dumpGraph(store);
    // The article node, its nodes and mentions are written before the claims; the second claim reuses a claim id
    // that already belongs to another article, so the uniqueness constraint fails in the middle of the transaction.
    const clashing: ArticleGraph = {
      ...SANCTIONS_LAW,
      claims: SANCTIONS_LAW.claims.map((claim, index) => (index === 1 ? { ...claim, id: "store-trade-deal#c1" } : claim)),
    };
    await expect(ingestArticle(store, clashing)).rejects.toMatchObject({ name: "ValidationError" });
    expect(await dumpGraph(store)).toEqual(before);
    expect(await count(store, "MATCH (a:Article {id: 'store-sanctions-law'}) RETURN count(a) AS n")).toBe(0);
    expect(await count(store, "MATCH (n:Actor {id: 'senate-republicans'}) RETURN count(n) AS n")).toBe(0);
  });

  it("rolls back an article that gives a stored Actor's id to an Issue, after its article node was written", async () => {
    await loadArticles(store, [TRIBUNAL]);
    const before = await dumpGraph(store);
    const relabelled: ArticleGraph = {
      ...CHANGE_OF_COURSE,
      nodes: [...CHANGE_OF_COURSE.nodes, { ...NODES.judicialReform, id: "pl-government" }],
      mentions: [...CHANGE_OF_COURSE.mentions, { entity: "pl-government", count: 1 }],
    };
    await expect(ingestArticle(store, relabelled)).rejects.toMatchObject({
      name: "ValidationError",
      message: expect.stringContaining("'pl-government' is an Issue here but an Actor in the store"),
    });
    expect(await dumpGraph(store)).toEqual(before);
  });

  it("keeps the earlier version when replacing an edited article fails", async () => {
    await loadArticles(store, ALL_ARTICLES);
    const before = await dumpGraph(store);
    const clashing: ArticleGraph = {
      ...SANCTIONS_LAW_EDITED,
      claims: SANCTIONS_LAW_EDITED.claims.map((claim, index) => (index === 1 ? { ...claim, id: "store-trade-deal#c1" } : claim)),
    };
    await expect(ingestArticle(store, clashing)).rejects.toMatchObject({ name: "ValidationError" });
    expect(await dumpGraph(store)).toEqual(before);
  });

  it("replaces the contribution of an edited article (another hash) in one go", async () => {
    await loadArticles(store, ALL_ARTICLES);
    const result = await ingestArticle(store, SANCTIONS_LAW_EDITED);
    expect(result).toEqual({ status: "replaced", claims: 2, nodes: 5 });
    expect(await edge("senate-republicans>SUPPORTS>us-congress@russia-sanctions")).toEqual([]);
    expect(await node("senate-republicans")).toBeUndefined();
    const [eu] = await edge("european-union>SUPPORTS>russia-sanctions@");
    expect(eu?.props).toMatchObject({ weight: 1, confidence: 0.5, firstSeen: "2025-03-11" });
    expect(await count(store, "MATCH (c:Claim {article: 'store-sanctions-law'}) RETURN count(c) AS n")).toBe(2);

    const replaced = await dumpGraph(store);
    await clearDatabase(store);
    await loadArticles(store, ALL_ARTICLES.map((article) => (article === SANCTIONS_LAW ? SANCTIONS_LAW_EDITED : article)));
    expect(replaced).toEqual(await dumpGraph(store));
  });
});

describe("removeArticle", () => {
  it.each(ALL_ARTICLES.map((article) => [article.article.id, article] as const))(
    "leaves the graph equal to one built without %s",
    async (_id, removed) => {
      await loadArticles(store, ALL_ARTICLES);
      await removeArticle(store, removed.article.id);
      const afterRemoval = await dumpGraph(store);
      await clearDatabase(store);
      await loadArticles(store, ALL_ARTICLES.filter((article) => article !== removed));
      expect(afterRemoval).toEqual(await dumpGraph(store));
    },
  );

  it("shrinks shared edges and deletes what only the article supported", async () => {
    await loadArticles(store, ALL_ARTICLES);
    const result = await removeArticle(store, COURT_RULING.article.id);
    // Claims: court→congress, congress→trump (shared), trump opposes sanctions. Edges gone: court→congress and
    // trump opposes sanctions; the shared edge stays with one claim. Node gone: the Supreme Court.
    expect(result).toEqual({ claims: 3, edges: 2, nodes: 1 });
    const [shared] = await edge("us-congress>CONSTRAINS>donald-trump@russia-sanctions");
    expect(shared?.props).toMatchObject({
      weight: 1,
      confidence: expect.closeTo(0.8, 12),
      articles: 1,
      sources: 1,
      firstSeen: "2025-03-10",
      lastSeen: "2025-03-10",
    });
    expect(await node("us-supreme-court")).toBeUndefined();
    expect(await node("us-congress")).toBeDefined();
  });

  it("leaves an empty database after removing every article", async () => {
    await loadArticles(store, ALL_ARTICLES);
    for (const article of ALL_ARTICLES) await removeArticle(store, article.article.id);
    expect(await dumpGraph(store)).toEqual({ nodes: [], relationships: [] });
  });

  it("says NotFoundError for an article that is not loaded", async () => {
    await expect(removeArticle(store, "no-such-article")).rejects.toMatchObject({
      name: "NotFoundError",
      message: expect.stringContaining("no-such-article"),
    });
  });
});
