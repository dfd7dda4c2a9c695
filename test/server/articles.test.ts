// Tests for POST /api/articles against the real Neo4j: an uploaded article goes through the same pipeline as
// `kg ingest`; markup in it is stored and returned as plain text in JSON; bad, empty and oversized bodies change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleResponse, ArticleSummary, GraphResponse, IngestResponse, MetaResponse, NodeResponse } from "../../src/model/api.ts";
import type { Store } from "../../src/store/index.ts";
import { counts } from "../store/store-helpers.ts";
import { expectError, serveBundledArticles, type TestServer } from "./server-helpers.ts";

const HOSTILE =
  "Senate votes on sanctions\n\n" +
  "The U.S. Congress blocked Donald Trump on sanctions. <script>alert(1)</script> Critics posted " +
  '<img src=x onerror="alert(2)"> online.\n\nHungary opposes New START.';

describe("POST /api/articles", () => {
  let store: Store;
  let server: TestServer;

  beforeAll(async () => {
    ({ store, server } = await serveBundledArticles());
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it("ingests a text/plain upload and keeps <script> and onerror as plain text, served only as JSON", async () => {
    const response = await server.post("/api/articles?id=990_hostile", HOSTILE, "text/plain; charset=utf-8");
    const result = (await response.json()) as IngestResponse;
    expect(response.status, JSON.stringify(result)).toBe(201);
    expect(result).toMatchObject({ article: "990_hostile", status: "loaded" });
    expect(result.claims).toBeGreaterThan(0);
    expect(Array.isArray(result.warnings)).toBe(true);

    const read = await server.get("/api/articles/990_hostile");
    expect(read.headers.get("content-type")).toMatch(/^application\/json/);
    expect(read.headers.get("x-content-type-options")).toBe("nosniff");
    expect(read.headers.get("content-security-policy")).toContain("default-src 'none'");
    const article = (await read.json()) as ArticleResponse;
    expect(article.text).toBe(HOSTILE);
    expect(article.text).toContain("<script>alert(1)</script>");
    expect(article.text).toContain('onerror="alert(2)"');
    expect(article.title).toBe("Senate votes on sanctions");

    // The claims it produced are in the graph, with evidence that is an exact slice of the stored text.
    const trump = (await server.getJson<NodeResponse>("/api/nodes/donald-trump")).incoming.flatMap((edge) => edge.claims);
    const mine = trump.filter((claim) => claim.article === "990_hostile");
    expect(mine.length).toBeGreaterThan(0);
    for (const claim of mine) expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("cleans an HTML upload the way `kg ingest` cleans an .html file: the markup does not reach the text", async () => {
    const html = `<html><head><title>Veto</title></head><body><article><p>The U.S. Congress blocked Donald Trump on sanctions.</p>
      <script>alert(1)</script><p>Critics posted <img src=x onerror="alert(2)"> online.</p></article></body></html>`;
    const response = await server.post("/api/articles?id=991_html", html, "text/html");
    expect(response.status).toBe(201);
    const article = await server.getJson<ArticleResponse>("/api/articles/991_html");
    expect(article.text).toContain("The U.S. Congress blocked Donald Trump on sanctions.");
    expect(article.text).not.toContain("<script>");
    expect(article.text).not.toContain("onerror");
  });

  it("takes JSON { id, text, format }, answers 'unchanged' for the same text again and 'replaced' for an edit", async () => {
    const text = "The Bundestag blocked Olaf Scholz on sanctions.\n\nHungary opposes New START.";
    const first = await server.postJson("/api/articles", { id: "992_json", text, format: "text" });
    expect(first.status).toBe(201);
    expect(((await first.json()) as IngestResponse).status).toBe("loaded");
    const again = await server.postJson("/api/articles", { id: "992_json", text });
    expect(again.status).toBe(200);
    expect(((await again.json()) as IngestResponse).status).toBe("unchanged");
    const edited = await server.postJson("/api/articles", { id: "992_json", text: "The Bundestag blocked Olaf Scholz on sanctions." });
    expect(((await edited.json()) as IngestResponse).status).toBe("replaced");
    const list = await server.getJson<ArticleSummary[]>("/api/articles");
    expect(list.map((a) => a.id)).toContain("992_json");
    const graph = await server.getJson<GraphResponse>("/api/graph?articles=992_json");
    expect(graph.edges.length).toBeGreaterThan(0);
  });

  it("names an upload without an id by its content, so the same text twice is one article", async () => {
    const text = "Germany supports New START.";
    const first = (await (await server.post("/api/articles", text)).json()) as IngestResponse;
    expect(first.article).toMatch(/^upload-[0-9a-f]{12}$/);
    const second = (await (await server.post("/api/articles", text)).json()) as IngestResponse;
    expect(second).toMatchObject({ article: first.article, status: "unchanged" });
  });

  describe("refusals change nothing", () => {
    let before: Awaited<ReturnType<typeof counts>>;
    beforeAll(async () => {
      before = await counts(store);
    });

    it.each([
      ["an empty body", () => server.post("/api/articles", ""), 400, "InputError"],
      ["whitespace only", () => server.post("/api/articles", " \n\t "), 400, "InputError"],
      ["binary data", () => server.post("/api/articles", new Uint8Array([0, 1, 2, 3, 0, 255, 0]), "text/plain"), 400, "InputError"],
      ["malformed JSON", () => server.post("/api/articles", '{"text": "x"', "application/json"), 400, "ValidationError"],
      ["JSON without text", () => server.postJson("/api/articles", { id: "x" }), 400, "ValidationError"],
      ["an unknown format", () => server.postJson("/api/articles", { text: "Hungary opposes New START.", format: "pdf" }), 400, "ValidationError"],
      ["an id with a slash", () => server.postJson("/api/articles", { id: "../etc/passwd", text: "Hungary opposes New START." }), 400, "ValidationError"],
      ["an unknown query parameter", () => server.post("/api/articles?colour=blue", "Hungary opposes New START."), 400, "ValidationError"],
      ["an unsupported type", () => server.post("/api/articles", "%PDF-1.4", "application/pdf"), 415, "UnsupportedMediaTypeError"],
      ["a body over 2 MB", () => server.post("/api/articles", "Hungary opposes New START. ".repeat(80_000)), 413, "PayloadTooLargeError"],
      ["JSON over 2 MB", () => server.postJson("/api/articles", { text: "Hungary opposes New START. ".repeat(80_000) }), 413, "PayloadTooLargeError"],
    ] as const)("refuses %s", async (_what, send, status, name) => {
      await expectError(await send(), status, name);
      expect(await counts(store)).toEqual(before);
    });
  });

  it("shows uploads in /api/meta", async () => {
    const meta = await server.getJson<MetaResponse>("/api/meta");
    expect(meta.counts.articles).toBeGreaterThanOrEqual(8);
    expect(meta.articles.map((a) => a.id)).toEqual(expect.arrayContaining(["990_hostile", "991_html", "992_json"]));
  });
});
