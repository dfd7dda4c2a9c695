// Tests for the read routes of src/server/app.ts against the real Neo4j, with the bundled articles ingested through
// the real pipeline: meta, graph filters, nodes, edges, search, ask, named queries, articles and exports.
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ArticleResponse,
  ArticleSummary,
  AskResponse,
  CypherResponse,
  EdgeResponse,
  GraphResponse,
  MetaResponse,
  NodeResponse,
  QueryInfoResponse,
  SearchHit,
} from "../../src/model/api.ts";
import { ExtractionPayloadSchema } from "../../src/model/payload.ts";
import type { Store } from "../../src/store/index.ts";
import { expectError, rawRequest, serveBundledArticles, type TestServer } from "./server-helpers.ts";

const CONGRESS_ON_TRUMP = "us-congress>CONSTRAINS>donald-trump@sanctions";

describe("the HTTP API over the bundled articles", () => {
  let store: Store;
  let server: TestServer;

  beforeAll(async () => {
    ({ store, server } = await serveBundledArticles({ limits: { graphEdgesMax: 50 } }));
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  describe("GET /api/meta", () => {
    it("counts what is loaded and lists the vocabularies, issues and articles", async () => {
      const meta = await server.getJson<MetaResponse>("/api/meta");
      expect(meta.counts.articles).toBe(5);
      expect(meta.counts.actors).toBeGreaterThan(5);
      expect(meta.counts.edges).toBeGreaterThan(5);
      expect(meta.relations).toEqual(["SUPPORTS", "OPPOSES", "CONSTRAINS"]);
      expect(meta.kinds).toContain("issue");
      expect(meta.issues.map((issue) => issue.id)).toEqual(expect.arrayContaining(["sanctions", "new-start"]));
      expect(meta.articles.map((article) => article.id)).toContain("001_4531fa6c14e13b83");
      expect(meta.articles.every((article) => typeof article.claims === "number")).toBe(true);
    });
  });

  describe("GET /api/graph", () => {
    it("returns every node and the strongest edges first when nothing narrows", async () => {
      const graph = await server.getJson<GraphResponse>("/api/graph");
      const meta = await server.getJson<MetaResponse>("/api/meta");
      expect(graph.truncated).toBe(false);
      expect(graph.edges).toHaveLength(meta.counts.edges);
      expect(graph.nodes).toHaveLength(meta.counts.actors + meta.counts.issues);
      const weights = graph.edges.map((edge) => edge.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      const trump = graph.nodes.find((node) => node.id === "donald-trump")!;
      expect(trump.mentions).toBeGreaterThan(0);
      expect(trump.articles.length).toBeGreaterThan(1);
      const edge = graph.edges.find((e) => e.id === CONGRESS_ON_TRUMP)!;
      expect(edge).toMatchObject({ source: "us-congress", target: "donald-trump", type: "CONSTRAINS", issue: "sanctions" });
      expect(edge.articles).toEqual(["001_4531fa6c14e13b83", "002_2fde7dd89c83af88"]);
    });

    it("keeps only edges of the given types and the nodes at their ends", async () => {
      const graph = await server.getJson<GraphResponse>("/api/graph?types=constrains");
      expect(graph.edges.length).toBeGreaterThan(0);
      expect(new Set(graph.edges.map((edge) => edge.type))).toEqual(new Set(["CONSTRAINS"]));
      const ends = new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
      expect(new Set(graph.nodes.map((node) => node.id))).toEqual(ends);
    });

    it("filters by issue, article, confidence and weight, lists comma-separated or repeated", async () => {
      const onSanctions = await server.getJson<GraphResponse>("/api/graph?issues=sanctions");
      expect(onSanctions.edges.length).toBeGreaterThan(0);
      for (const edge of onSanctions.edges) expect(edge.issue === "sanctions" || edge.target === "sanctions").toBe(true);
      const fromOne = await server.getJson<GraphResponse>("/api/graph?articles=001_4531fa6c14e13b83");
      for (const edge of fromOne.edges) expect(edge.articles).toContain("001_4531fa6c14e13b83");
      const both = await server.getJson<GraphResponse>("/api/graph?articles=001_4531fa6c14e13b83&articles=002_2fde7dd89c83af88");
      const comma = await server.getJson<GraphResponse>("/api/graph?articles=001_4531fa6c14e13b83,002_2fde7dd89c83af88");
      expect(comma.edges.map((e) => e.id)).toEqual(both.edges.map((e) => e.id));
      const confident = await server.getJson<GraphResponse>("/api/graph?minConfidence=0.8");
      for (const edge of confident.edges) expect(edge.confidence).toBeGreaterThanOrEqual(0.8);
      const heavy = await server.getJson<GraphResponse>("/api/graph?minWeight=2");
      expect(heavy.edges.map((e) => e.id)).toContain(CONGRESS_ON_TRUMP);
      for (const edge of heavy.edges) expect(edge.weight).toBeGreaterThanOrEqual(2);
    });

    it("cuts to the limit and says so; a huge limit is clamped to the maximum", async () => {
      const two = await server.getJson<GraphResponse>("/api/graph?limit=2");
      expect(two.edges).toHaveLength(2);
      expect(two.truncated).toBe(true);
      // The server under test allows 50 edges at most: a huge limit gets all of them, or 50 and says so.
      const { counts } = await server.getJson<MetaResponse>("/api/meta");
      const huge = await server.getJson<GraphResponse>("/api/graph?limit=999999999999");
      expect(huge.edges).toHaveLength(Math.min(counts.edges, 50));
      expect(huge.truncated).toBe(counts.edges > 50);
    });

    it.each([
      ["limit=0", "ValidationError"],
      ["limit=abc", "ValidationError"],
      ["limit=-5", "ValidationError"],
      ["minConfidence=2", "ValidationError"],
      ["types=LIKES", "ValidationError"],
      ["colour=blue", "ValidationError"],
    ])("refuses ?%s with 400", async (query, name) => {
      const message = await expectError(await server.get(`/api/graph?${query}`), 400, name);
      expect(message).toContain(query.split("=")[0]);
    });
  });

  describe("GET /api/nodes/:id and /api/edges/:id", () => {
    it("returns a node with its edges in both directions, their evidence and the names they mention", async () => {
      const body = await server.getJson<NodeResponse>("/api/nodes/donald-trump");
      expect(body.node).toMatchObject({ id: "donald-trump", name: "Donald Trump", label: "Actor", kind: "person" });
      const incoming = body.incoming.find((edge) => edge.id === CONGRESS_ON_TRUMP)!;
      expect(incoming.claims).toHaveLength(2);
      expect(body.outgoing.every((edge) => edge.source === "donald-trump")).toBe(true);
      expect(body.incoming.every((edge) => edge.target === "donald-trump")).toBe(true);
      expect(body.names["us-congress"]).toBe("U.S. Congress");
      expect(body.names.sanctions).toBeDefined();
    });

    it("answers 404 NotFoundError for an unknown node", async () => {
      await expectError(await server.get("/api/nodes/no-such-node"), 404, "NotFoundError");
    });

    it("returns one edge by its URL-encoded key, each claim an exact slice of its article", async () => {
      const edge = await server.getJson<EdgeResponse>(`/api/edges/${encodeURIComponent(CONGRESS_ON_TRUMP)}`);
      expect(edge).toMatchObject({ id: CONGRESS_ON_TRUMP, type: "CONSTRAINS", weight: 2, sources: expect.any(Number) });
      expect(edge.names).toMatchObject({ "us-congress": "U.S. Congress", "donald-trump": "Donald Trump" });
      for (const claim of edge.claims) {
        const article = await server.getJson<ArticleResponse>(`/api/articles/${encodeURIComponent(claim.article)}`);
        expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(claim).toMatchObject({ extractor: expect.any(String), rule: expect.any(String), claim: expect.any(String) });
      }
    });

    it("answers 404 for an unknown edge key", async () => {
      await expectError(await server.get(`/api/edges/${encodeURIComponent("a>SUPPORTS>b@")}`), 404, "NotFoundError");
    });
  });

  describe("GET /api/search", () => {
    it("finds Vladimir Putin from 'Mr. Putin', exact matches first", async () => {
      const hits = await server.getJson<SearchHit[]>(`/api/search?q=${encodeURIComponent("Mr. Putin")}`);
      expect(hits[0]).toMatchObject({ id: "vladimir-putin", label: "Actor", kind: "person" });
      const congress = await server.getJson<SearchHit[]>("/api/search?q=congress&limit=3&label=actor");
      expect(congress[0]?.id).toBe("us-congress");
      expect(congress.length).toBeLessThanOrEqual(3);
    });

    it("refuses an empty query with 400", async () => {
      await expectError(await server.get("/api/search?q="), 400, "ValidationError");
      await expectError(await server.get("/api/search?q=%20%20"), 400, "ValidationError");
      await expectError(await server.get("/api/search"), 400, "ValidationError");
    });

    it("clamps a huge limit and refuses a bad label", async () => {
      expect(Array.isArray(await server.getJson("/api/search?q=a&limit=100000"))).toBe(true);
      await expectError(await server.get("/api/search?q=trump&label=Person"), 400, "ValidationError");
    });
  });

  describe("GET /api/ask/*", () => {
    it("answers what constrains Trump on sanctions: U.S. Congress, with evidence from two articles and the Cypher it ran", async () => {
      const answer = await server.getJson<AskResponse>("/api/ask/constrains?target=Trump&issue=sanctions");
      expect(answer.question).toMatch(/^What constrains Donald Trump on /);
      expect(answer.query).toBe("constraints-on");
      expect(answer.cypher).toContain("MATCH (target:Actor {id: $target})");
      expect(answer.params).toMatchObject({ target: "donald-trump", issue: "sanctions", maxHops: 2 });
      const direct = answer.answers.find((a) => a.edges.length === 1 && a.edges[0]!.id === CONGRESS_ON_TRUMP)!;
      expect(direct.title).toMatch(/^U\.S\. Congress CONSTRAINS Donald Trump on /);
      const articles = new Set(direct.edges[0]!.claims.map((claim) => claim.article));
      expect(articles).toEqual(new Set(["001_4531fa6c14e13b83", "002_2fde7dd89c83af88"]));
      expect(direct.edges[0]!.claims.map((c) => c.text).join(" ")).toContain("Mr. Putin cannot expect any lifting of sanctions");
      expect(answer.highlight.nodes).toEqual(expect.arrayContaining(["donald-trump", "us-congress"]));
      expect(answer.highlight.edges).toContain(CONGRESS_ON_TRUMP);
      expect(answer.names["us-congress"]).toBe("U.S. Congress");
    });

    it("answers positions on an issue and paths between loose names", async () => {
      const positions = await server.getJson<AskResponse>(`/api/ask/positions?issue=${encodeURIComponent("new start")}&relations=SUPPORTS,OPPOSES`);
      expect(positions.question).toBe("Who supports or opposes New START?");
      expect(positions.params).toMatchObject({ issue: "new-start", relations: ["SUPPORTS", "OPPOSES"] });
      expect(positions.answers.length).toBeGreaterThan(0);
      for (const a of positions.answers) expect(a.edges[0]!.claims.length).toBeGreaterThan(0);
      const path = await server.getJson<AskResponse>(`/api/ask/path?from=${encodeURIComponent("Vladimir Putin")}&to=Congress`);
      expect(path.question).toBe("How is Vladimir Putin connected to U.S. Congress?");
      expect(path.query).toBe("shortest-path");
      expect(path.answers.length).toBeGreaterThan(0);
      expect(path.highlight.nodes).toEqual(expect.arrayContaining(["vladimir-putin", "us-congress"]));
    });

    it("says which name it cannot resolve (404) and which parameter is missing or bad (400)", async () => {
      expect(await expectError(await server.get("/api/ask/constrains?target=Zzyzx%20Qwerty"), 404, "NotFoundError")).toContain("Zzyzx Qwerty");
      expect(await expectError(await server.get("/api/ask/constrains"), 400, "ValidationError")).toContain("target");
      expect(await expectError(await server.get("/api/ask/constrains?target=Trump&hops=9"), 400, "ValidationError")).toContain("hops");
      expect(await expectError(await server.get("/api/ask/path?from=Putin&to=Congress&types=LIKES"), 400, "ValidationError")).toContain("LIKES");
    });
  });

  describe("GET /api/queries", () => {
    it("lists the named queries with their parameters and Cypher", async () => {
      const queries = await server.getJson<QueryInfoResponse[]>("/api/queries");
      const constraints = queries.find((q) => q.name === "constraints-on")!;
      expect(constraints.cypher).toContain("CONSTRAINS");
      expect(constraints.params).toContainEqual({ name: "maxHops", type: "integer 1..3", required: false, default: 2 });
      expect(constraints.columns).toContain("constrainer");
    });

    it("runs one with URL parameters and draws what its rows hold", async () => {
      const result = await server.getJson<CypherResponse>("/api/queries/constraints-on?target=donald-trump&issue=sanctions");
      expect(result.columns[0]).toBe("constrainer");
      expect(result.rows.find((row) => row.hops === 1)?.constrainer).toBe("us-congress");
      expect(result.graph.edges).toContainEqual(expect.objectContaining({ source: "us-congress", target: "donald-trump", key: CONGRESS_ON_TRUMP }));
      expect(result.graph.nodes).toContainEqual({ id: "us-congress", labels: ["Actor"], name: "U.S. Congress" });
      const evidence = await server.getJson<CypherResponse>(`/api/queries/edge-evidence?key=${encodeURIComponent(CONGRESS_ON_TRUMP)}`);
      expect(evidence.rows).toHaveLength(2);
      const paths = await server.getJson<CypherResponse>("/api/queries/shortest-path?from=vladimir-putin&to=us-congress&types=SUPPORTS&types=OPPOSES&types=CONSTRAINS");
      expect(paths.truncated).toBe(false);
    });

    it("answers 404 for an unknown query and 400 for a bad parameter", async () => {
      await expectError(await server.get("/api/queries/drop-everything"), 404, "NotFoundError");
      expect(await expectError(await server.get("/api/queries/constraints-on?colour=blue"), 400, "ValidationError")).toContain("colour");
      await expectError(await server.get("/api/queries/constraints-on?target=x&maxHops=7"), 400, "ValidationError");
    });
  });

  describe("GET /api/articles", () => {
    it("lists the articles and returns one's cleaned text with sentence offsets", async () => {
      const list = await server.getJson<ArticleSummary[]>("/api/articles");
      expect(list).toHaveLength(5);
      const article = await server.getJson<ArticleResponse>("/api/articles/001_4531fa6c14e13b83");
      expect(article.claims).toBeGreaterThan(0);
      expect(article.sentences.length).toBeGreaterThan(3);
      for (const sentence of article.sentences) {
        expect(sentence.end).toBeGreaterThan(sentence.start);
        expect(sentence.end).toBeLessThanOrEqual(article.text.length);
      }
      expect(article.text).toContain("The odds are that the Congress would overrule or water it down");
      expect(article.text.slice(article.sentences[0]!.start, article.sentences[0]!.end)).toMatch(/^It is evident that Vladimir Putin/);
    });

    it("answers 404 for an unknown article", async () => {
      await expectError(await server.get("/api/articles/no-such-article"), 404, "NotFoundError");
    });
  });

  describe("exports", () => {
    it("exports the extraction contract as JSON, valid against ExtractionPayloadSchema", async () => {
      const response = await server.get("/api/export.json");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain("kg-graph.json");
      const payload = ExtractionPayloadSchema.parse(await response.json());
      expect(payload.articles).toHaveLength(5);
      const edge = payload.edges.find((e) => e.id === CONGRESS_ON_TRUMP)!;
      expect(edge.evidence).toHaveLength(2);
      expect(edge.issue).toBe("sanctions");
    });

    it("exports GEXF 1.3 that parses as XML, with every node and edge and their attributes", async () => {
      const response = await server.get("/api/export.gexf");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/gexf+xml");
      const xml = await response.text();
      const { DOMParser } = new JSDOM("").window;
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
      expect(doc.documentElement.getAttribute("version")).toBe("1.3");
      const meta = await server.getJson<MetaResponse>("/api/meta");
      expect(doc.getElementsByTagName("node")).toHaveLength(meta.counts.actors + meta.counts.issues);
      expect(doc.getElementsByTagName("edge")).toHaveLength(meta.counts.edges);
      const edge = [...doc.getElementsByTagName("edge")].find((e) => e.getAttribute("id") === CONGRESS_ON_TRUMP)!;
      expect(edge.getAttribute("weight")).toBe("2");
      const values = Object.fromEntries([...edge.getElementsByTagName("attvalue")].map((v) => [v.getAttribute("for"), v.getAttribute("value")]));
      expect(values).toMatchObject({ relationType: "CONSTRAINS", issue: "sanctions" });
      expect(Number(values.confidence)).toBeGreaterThan(0);
      const trump = [...doc.getElementsByTagName("node")].find((n) => n.getAttribute("id") === "donald-trump")!;
      const nodeValues = Object.fromEntries([...trump.getElementsByTagName("attvalue")].map((v) => [v.getAttribute("for"), v.getAttribute("value")]));
      expect(nodeValues).toMatchObject({ kind: "person", nodeLabel: "Actor" });
    });
  });

  describe("errors and headers", () => {
    it("answers an unknown API route with 404 JSON, not a page", async () => {
      const response = await server.get("/api/no-such-route");
      expect(response.headers.get("content-type")).toContain("application/json");
      await expectError(response, 404, "NotFoundError");
    });

    it("marks API answers as data: nosniff, a CSP that allows nothing, no caching", async () => {
      const response = await server.get("/api/meta");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-powered-by")).toBeNull();
    });

    it("refuses a foreign Host (DNS rebinding) and a foreign Origin on a write with 403", async () => {
      const host = await rawRequest(`${server.url}/api/meta`, { headers: { Host: `evil.example:${server.port}` } });
      expect(host.status).toBe(403);
      expect(JSON.parse(host.body).error.name).toBe("ForbiddenError");
      const origin = await rawRequest(`${server.url}/api/articles`, {
        method: "POST",
        headers: { Origin: "https://evil.example", "Content-Type": "text/plain" },
        body: "The Bundestag blocked Olaf Scholz on sanctions.",
      });
      expect(origin.status).toBe(403);
      const local = await rawRequest(`${server.url}/api/meta`, { headers: { Host: `localhost:${server.port}` } });
      expect(local.status).toBe(200);
    });
  });
});
