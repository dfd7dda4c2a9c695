// Tests for src/extractors/llm: the model-backed extractor against a real HTTP stub of a chat-completions endpoint.
// Whatever the endpoint does, the rule-based claims stay intact and the run finishes; only checked claims get in.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runPipeline } from "../../src/cli/run-pipeline.ts";
import { extractWithLlm, type LlmConfig } from "../../src/extractors/index.ts";
import { articleGraph, mergePayload } from "../../src/graph/build.ts";
import type { ArticleDoc, Claim } from "../../src/model/index.ts";
import { validateArticleGraph } from "../../src/store/validate-article.ts";
import { analyseText, projectKnowledge } from "../helpers/analyse.ts";
import { startLlmStub, type LlmStub } from "./llm-stub.ts";

// Three sentences; the rules find "germany OPPOSES nord-stream-2" in the first, and more in the last. Assertions compare
// with whatever the rules found, so the rule stage can improve without breaking these tests.
// Sentence 1 has a double space on purpose: models collapse whitespace when they quote.
const TEXT = [
  "Germany opposes the Nord Stream 2 pipeline.",
  "Joe Biden met Olaf Scholz in Berlin on Tuesday, and the two leaders talked about  sanctions.",
  "In Moscow, the Kremlin rejected the U.S. proposal, which would require approval by Congress.",
].join("\n");

const claim = (fields: Record<string, unknown>) => ({ issue: null, confidence: 0.9, ...fields });
const AGREEING = claim({ subject: "Germany", relation: "OPPOSES", object: "Nord Stream 2", sentence: 0, evidence: "Germany opposes the Nord Stream 2 pipeline" });
const NEW = claim({ subject: "Kremlin", relation: "OPPOSES", object: "U.S. Congress", issue: "sanctions", confidence: 1.4, sentence: 2, evidence: "the Kremlin rejected the U.S. proposal" });
const at = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

let stub: LlmStub;
let rulesOnly: ArticleDoc;
let config: LlmConfig;

beforeAll(async () => {
  stub = await startLlmStub();
  rulesOnly = await analyseText(TEXT);
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
  config = { url: `${stub.url}/chat/completions`, model: "test-model", apiKey: "sk-test", timeoutMs: 2_000 };
});

async function run(reply: LlmStub["reply"], overrides: Partial<LlmConfig> = {}, options: Parameters<typeof extractWithLlm>[3] = {}) {
  stub.reply = reply;
  return extractWithLlm(rulesOnly, await projectKnowledge(), { ...config, ...overrides }, options);
}

const llmClaims = (doc: ArticleDoc): Claim[] => (doc.data.claims ?? []).filter((c) => c.extractor === "llm");
const ruleClaims = (doc: ArticleDoc): Claim[] => (doc.data.claims ?? []).filter((c) => c.extractor === "rules");
const ruleIds = (doc: ArticleDoc): string[] => doc.messages.filter((m) => m.source === "extractors/llm").map((m) => m.ruleId);

describe("llm extractor", () => {
  it("starts from an article whose rules found claims, among them germany OPPOSES nord-stream-2", () => {
    expect(ruleClaims(rulesOnly)).toEqual(rulesOnly.data.claims);
    expect(ruleClaims(rulesOnly).map((c) => `${c.subject} ${c.relation} ${c.object}`)).toContain("germany OPPOSES nord-stream-2");
  });

  describe("with correct answers", () => {
    it("merges the model's claims after the rule-based ones, marked llm/<model>, explicit, with scaled confidence", async () => {
      const outcome = await run(() => ({ content: { claims: [AGREEING, NEW] } }));
      expect(outcome.failure).toBeNull();
      expect(outcome.kept).toBe(2);
      expect(ruleClaims(outcome.doc)).toEqual(ruleClaims(rulesOnly));
      expect(llmClaims(outcome.doc)).toEqual([
        {
          subject: "germany", relation: "OPPOSES", object: "nord-stream-2", issue: null, confidence: 0.72,
          evidence: { article: "composed", text: "Germany opposes the Nord Stream 2 pipeline", ...at("Germany opposes the Nord Stream 2 pipeline") },
          extractor: "llm", rule: "llm/test-model", explicit: true,
        },
        {
          // Confidence 1.4 is clamped to 1, then scaled by 0.8.
          subject: "kremlin", relation: "OPPOSES", object: "us-congress", issue: "sanctions", confidence: 0.8,
          evidence: { article: "composed", text: "the Kremlin rejected the U.S. proposal", ...at("the Kremlin rejected the U.S. proposal") },
          extractor: "llm", rule: "llm/test-model", explicit: true,
        },
      ]);
    });

    it("keeps every evidence an exact slice of the article text", async () => {
      const outcome = await run(() => ({ content: { claims: [AGREEING, NEW] } }));
      for (const c of outcome.doc.data.claims ?? []) expect(TEXT.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    });

    it("keeps both claims when rules and model agree: two claim ids, one edge with both sources", async () => {
      const outcome = await run(() => ({ content: { claims: [AGREEING] } }));
      const graph = articleGraph(outcome.doc, await projectKnowledge());
      expect(() => validateArticleGraph(graph)).not.toThrow();
      const agreeing = graph.claims.filter((c) => c.subject === "germany" && c.object === "nord-stream-2");
      expect(agreeing.map((c) => c.extractor).sort()).toEqual(["llm", "rules"]);
      expect(new Set(agreeing.map((c) => c.id)).size).toBe(2);
      const edge = mergePayload([graph]).edges.find((e) => e.id === "germany>OPPOSES>nord-stream-2@")!;
      expect(edge.evidence).toHaveLength(2);
      // Noisy-or of the rule's confidence and the model's 0.72.
      const rule = agreeing.find((c) => c.extractor === "rules")!;
      expect(edge.confidence).toBeCloseTo(1 - (1 - rule.confidence) * (1 - 0.72), 3);
    });

    it("keeps one of the model's own duplicates, the most confident", async () => {
      const outcome = await run(() => ({ content: { claims: [AGREEING, { ...AGREEING, confidence: 0.5, evidence: "opposes the Nord Stream 2 pipeline" }] } }));
      expect(llmClaims(outcome.doc).map((c) => c.confidence)).toEqual([0.72]);
    });

    it("is idempotent: running it again replaces the model's claims instead of adding them twice", async () => {
      const first = await run(() => ({ content: { claims: [AGREEING, NEW] } }));
      const again = await extractWithLlm(first.doc, await projectKnowledge(), config);
      expect(again.doc.data.claims).toEqual(first.doc.data.claims);
    });

    it("finds a quote whose whitespace or quote marks the model changed, and keeps the article's own text", async () => {
      const outcome = await run(() => ({
        content: { claims: [claim({ subject: "Joe Biden", relation: "SUPPORTS", object: "Olaf Scholz", issue: "sanctions", sentence: 1, evidence: "the two leaders talked about sanctions" })] },
      }));
      expect(llmClaims(outcome.doc)[0]!.evidence.text).toBe("the two leaders talked about  sanctions");
    });

    it("resolves names through the article's surface forms and the alias index, and accepts a lower-case relation", async () => {
      const outcome = await run(() => ({
        content: {
          claims: [
            claim({ subject: "Berlin", relation: "opposes", object: "the Nord Stream 2 pipeline", sentence: 0, evidence: "Germany opposes the Nord Stream 2 pipeline." }),
            claim({ subject: "Capitol Hill", relation: "CONSTRAINS", object: "Joe Biden", sentence: 2, evidence: "which would require approval by Congress" }),
          ],
        },
      }));
      expect(llmClaims(outcome.doc).map((c) => `${c.subject} ${c.relation} ${c.object}`)).toEqual([
        "germany OPPOSES nord-stream-2",
        "us-congress CONSTRAINS joe-biden",
      ]);
    });

    it("drops the issue the model gives for an issue object, as the product does", async () => {
      const outcome = await run(() => ({ content: { claims: [{ ...AGREEING, issue: "sanctions" }] } }));
      expect(llmClaims(outcome.doc)[0]!.issue).toBeNull();
    });

    it("accepts JSON wrapped in a ```json fence by servers that ignore response_format", async () => {
      const outcome = await run(() => ({ content: "```json\n" + JSON.stringify({ claims: [AGREEING] }) + "\n```" }));
      expect(outcome.failure).toBeNull();
      expect(llmClaims(outcome.doc)).toHaveLength(1);
    });
  });

  describe("the request", () => {
    it("posts to /v1/chat/completions with the model, the json_schema response_format and the Bearer key", async () => {
      await run(() => ({ content: { claims: [] } }));
      expect(stub.requests).toHaveLength(1);
      const request = stub.requests[0]!;
      expect(request.method).toBe("POST");
      expect(request.path).toBe("/v1/chat/completions");
      expect(request.headers.authorization).toBe("Bearer sk-test");
      expect(request.headers["content-type"]).toBe("application/json");
      expect(request.body.model).toBe("test-model");
      expect(request.body.response_format.type).toBe("json_schema");
      expect(request.body.response_format.json_schema).toMatchObject({ name: "claims", strict: true });
      const item = request.body.response_format.json_schema.schema.properties.claims.items;
      expect(item.required).toEqual(["subject", "relation", "object", "issue", "confidence", "sentence", "evidence"]);
      expect(item.properties.relation.enum).toEqual(["SUPPORTS", "OPPOSES", "CONSTRAINS"]);
      expect(item.additionalProperties).toBe(false);
    });

    it("defines the relations in the system prompt and sends numbered sentences and the article's entities", async () => {
      await run(() => ({ content: { claims: [] } }));
      const [system, user] = stub.requests[0]!.body.messages;
      expect(system.role).toBe("system");
      for (const relation of ["SUPPORTS", "OPPOSES", "CONSTRAINS"]) expect(system.content).toContain(`- ${relation}:`);
      expect(user.role).toBe("user");
      expect(user.content).toContain("[0] Germany opposes the Nord Stream 2 pipeline.");
      expect(user.content).toContain("[2] In Moscow, the Kremlin rejected the U.S. proposal, which would require approval by Congress.");
      for (const name of ["- Germany (state)", "- Nord Stream 2 (issue)", "- Joe Biden (person)", "- U.S. Congress (institution)"]) expect(user.content).toContain(name);
    });

    it("sends no Authorization header without a key", async () => {
      await run(() => ({ content: { claims: [] } }), { apiKey: undefined });
      expect(stub.requests[0]!.headers.authorization).toBeUndefined();
    });

    it("sends the sentences in batches, and a claim must cite a sentence of its own batch", async () => {
      const outcome = await run(
        (request) => {
          const user: string = request.body.messages[1].content;
          // The stub answers every batch with the same two claims; only the one about a sentence in the batch is kept.
          return user.includes("[0]") ? { content: { claims: [AGREEING, NEW] } } : { content: { claims: [] } };
        },
        {},
        { batch: { maxSentences: 2, maxChars: 10_000 } },
      );
      expect(stub.requests).toHaveLength(2);
      expect(stub.requests[1]!.body.messages[1].content).toContain("[2] In Moscow");
      expect(stub.requests[1]!.body.messages[1].content).not.toContain("[0]");
      expect(llmClaims(outcome.doc).map((c) => c.subject)).toEqual(["germany"]);
      expect(ruleIds(outcome.doc)).toEqual(["llm/unknown-sentence"]);
    });
  });

  describe("with a faulty endpoint, the article keeps its rule-based claims and gets one warning", () => {
    const cases: [string, LlmStub["reply"], Partial<LlmConfig>, string, RegExp][] = [
      ["HTTP 500", () => ({ status: 500, body: '{"error":{"message":"model crashed\\nbadly"}}' }), {}, "llm/http", /HTTP 500 from http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions/],
      ["a timeout", () => ({ delayMs: 1_000, content: { claims: [AGREEING] } }), { timeoutMs: 150 }, "llm/timeout", /within 150 ms/],
      ["malformed JSON in the answer", () => ({ content: '{"claims": [{"subject": "Germany",' }), {}, "llm/malformed-json", /not valid JSON/],
      ["a reply that is not JSON at all", () => ({ body: "<html>Bad Gateway</html>" }), {}, "llm/malformed-json", /not JSON/],
      ["JSON that fails the claims schema", () => ({ content: { claims: "none" } }), {}, "llm/schema", /claims schema \(claims:/],
      ["JSON without claims", () => ({ content: { answer: [AGREEING] } }), {}, "llm/schema", /claims schema/],
      ["a reply that is not a chat completion", () => ({ body: '{"result":"ok"}' }), {}, "llm/schema", /not a chat completion/],
    ];

    it.each(cases)("%s", async (_name, reply, overrides, ruleId, reason) => {
      const outcome = await run(reply, overrides);
      expect(outcome.doc.data.claims).toEqual(rulesOnly.data.claims);
      expect(outcome.kept).toBe(0);
      expect(outcome.failure).toMatchObject({ ruleId, source: "extractors/llm", fatal: false });
      expect(outcome.failure!.reason).toMatch(reason);
      expect(outcome.failure!.reason).not.toContain("\n");
      expect(outcome.doc.messages.filter((m) => m.source === "extractors/llm")).toEqual([outcome.failure]);
      expect(() => validateArticleGraph(articleGraph(outcome.doc, rulesKnowledge))).not.toThrow();
    });

    let rulesKnowledge: Awaited<ReturnType<typeof projectKnowledge>>;
    beforeAll(async () => {
      rulesKnowledge = await projectKnowledge();
    });

    it("an endpoint nobody listens on", async () => {
      const gone = await startLlmStub();
      await gone.close();
      const outcome = await run(() => ({}), { url: `${gone.url}/chat/completions` });
      expect(outcome.doc.data.claims).toEqual(rulesOnly.data.claims);
      expect(outcome.failure).toMatchObject({ ruleId: "llm/network" });
      expect(outcome.failure!.reason).toMatch(/cannot reach .*ECONNREFUSED/);
    });

    it("a failure in a later batch discards the model's claims from earlier ones and stops asking", async () => {
      let calls = 0;
      const outcome = await run(() => (++calls === 2 ? { status: 503 } : { content: { claims: [AGREEING] } }), {}, { batch: { maxSentences: 1, maxChars: 10_000 } });
      expect(stub.requests).toHaveLength(2);
      expect(outcome.doc.data.claims).toEqual(rulesOnly.data.claims);
      expect(outcome.failure).toMatchObject({ ruleId: "llm/http" });
    });
  });

  describe("drops each claim that fails a check, with a warning naming it, and keeps the rest", () => {
    const dropped: [string, Record<string, unknown>, string][] = [
      ["invented evidence", claim({ subject: "Germany", relation: "OPPOSES", object: "Nord Stream 2", sentence: 0, evidence: "Germany has always hated pipelines" }), "llm/evidence-not-found"],
      ["evidence from another sentence", claim({ subject: "Germany", relation: "OPPOSES", object: "Nord Stream 2", sentence: 1, evidence: "Germany opposes the Nord Stream 2 pipeline" }), "llm/evidence-not-found"],
      ["one-word evidence", claim({ subject: "Germany", relation: "OPPOSES", object: "Nord Stream 2", sentence: 0, evidence: "opposes" }), "llm/evidence-too-short"],
      ["an unknown subject", claim({ subject: "Atlantic Gas Union", relation: "OPPOSES", object: "Nord Stream 2", sentence: 0, evidence: "opposes the Nord Stream 2 pipeline" }), "llm/unknown-entity"],
      ["an unknown object", claim({ subject: "Germany", relation: "OPPOSES", object: "the pipeline lobby", sentence: 0, evidence: "opposes the Nord Stream 2 pipeline" }), "llm/unknown-entity"],
      ["an unknown issue", claim({ subject: "Kremlin", relation: "OPPOSES", object: "Joe Biden", issue: "the proposal", sentence: 2, evidence: "the Kremlin rejected the U.S. proposal" }), "llm/unknown-entity"],
      ["an issue as subject", claim({ subject: "sanctions", relation: "OPPOSES", object: "Germany", sentence: 1, evidence: "talked about  sanctions" }), "llm/wrong-label"],
      ["an unknown relation", claim({ subject: "Germany", relation: "ALLIES_WITH", object: "Nord Stream 2", sentence: 0, evidence: "opposes the Nord Stream 2 pipeline" }), "llm/unknown-relation"],
      ["a sentence that was not sent", claim({ subject: "Germany", relation: "OPPOSES", object: "Nord Stream 2", sentence: 99, evidence: "opposes the Nord Stream 2 pipeline" }), "llm/unknown-sentence"],
      ["subject and object the same", claim({ subject: "Berlin", relation: "SUPPORTS", object: "Germany", sentence: 1, evidence: "Olaf Scholz in Berlin" }), "llm/self-relation"],
      ["a claim that fails the schema", { subject: "Germany", relation: "OPPOSES", object: "Nord Stream 2", confidence: "high", sentence: 0, evidence: "x y" }, "llm/invalid-claim"],
    ];

    it.each(dropped)("%s", async (_name, bad, ruleId) => {
      const outcome = await run(() => ({ content: { claims: [bad, NEW] } }));
      expect(outcome.failure).toBeNull();
      expect(ruleClaims(outcome.doc)).toEqual(ruleClaims(rulesOnly));
      expect(llmClaims(outcome.doc).map((c) => c.subject)).toEqual(["kremlin"]);
      expect(outcome.dropped).toBe(1);
      const message = outcome.doc.messages.find((m) => m.source === "extractors/llm")!;
      expect(message).toMatchObject({ ruleId, fatal: false });
      expect(message.reason).toMatch(/^llm claim dropped: /);
    });
  });

  describe("wired into runPipeline (kg extract, kg ingest, kg eval)", () => {
    let dir: string;
    let RULES: string[];
    beforeAll(async () => {
      RULES = ruleClaims(rulesOnly).map(() => "rules");
      dir = await mkdtemp(path.join(os.tmpdir(), "kg-llm-"));
      await writeFile(path.join(dir, "composed.txt"), TEXT);
    });

    const pipeline = async (reply: LlmStub["reply"], extra: Partial<Parameters<typeof runPipeline>[1]> = {}) => {
      stub.reply = reply;
      const warnings: string[] = [];
      const result = await runPipeline([dir], { knowledge: await projectKnowledge(), llm: config, onWarning: (line) => warnings.push(line), ...extra });
      return { result, warnings };
    };

    it("merges the model's claims into the article graph when configured", async () => {
      const { result, warnings } = await pipeline(() => ({ content: { claims: [AGREEING, NEW] } }));
      expect(warnings).toEqual([]);
      expect(result.graphs[0]!.claims.map((c) => c.extractor)).toEqual([...RULES, "llm", "llm"]);
    });

    it("finishes the run with the rule-based claims and prints one line when the endpoint fails", async () => {
      const { result, warnings } = await pipeline(() => ({ status: 500, body: "boom" }));
      expect(result.failures).toEqual([]);
      expect(result.graphs[0]!.claims.map((c) => c.extractor)).toEqual(RULES);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^composed\.txt:1:1 warning llm extractor failed, no model claims for this article: HTTP 500 from .*: boom \[llm\/http\]$/);
    });

    it("keeps only the model's claims with extractor llm, and asks nothing with extractor rules", async () => {
      const llmOnly = await pipeline(() => ({ content: { claims: [NEW] } }), { extractor: "llm" });
      expect(llmOnly.result.graphs[0]!.claims.map((c) => c.extractor)).toEqual(["llm"]);
      stub.requests.length = 0;
      const rules = await pipeline(() => ({ content: { claims: [NEW] } }), { extractor: "rules" });
      expect(stub.requests).toEqual([]);
      expect(rules.result.graphs[0]!.claims.map((c) => c.extractor)).toEqual(RULES);
    });

    it("asks nothing when the model is not configured, and refuses extractor llm without a configuration", async () => {
      const { result } = await pipeline(() => ({ content: { claims: [NEW] } }), { llm: null });
      expect(stub.requests).toEqual([]);
      expect(result.graphs[0]!.claims.map((c) => c.extractor)).toEqual(RULES);
      await expect(pipeline(() => ({}), { llm: null, extractor: "both" })).rejects.toThrowError(/needs KG_LLM_URL and KG_LLM_MODEL/);
    });
  });
});
