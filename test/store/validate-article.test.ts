// Tests for src/store/validate-article.ts: an ArticleGraph is checked before anything is written.
import { describe, expect, it } from "vitest";
import type { ArticleGraph } from "../../src/model/article-graph.ts";
import { validateArticleGraph } from "../../src/store/validate-article.ts";
import { ALL_ARTICLES, SANCTIONS_LAW } from "../fixtures/store-articles.ts";

function withClaim(change: (claim: ArticleGraph["claims"][number]) => ArticleGraph["claims"][number]): ArticleGraph {
  return { ...SANCTIONS_LAW, claims: SANCTIONS_LAW.claims.map((claim, index) => (index === 0 ? change(claim) : claim)) };
}

describe("validateArticleGraph", () => {
  it.each(ALL_ARTICLES.map((article) => [article.article.id, article] as const))("accepts the fixture %s", (_id, article) => {
    expect(() => validateArticleGraph(article)).not.toThrow();
  });

  it.each([
    ["a subject missing from the nodes", withClaim((claim) => ({ ...claim, subject: "nobody" })), "subject 'nobody'"],
    ["an Issue as subject", withClaim((claim) => ({ ...claim, subject: "russia-sanctions" })), "is not an Actor"],
    ["an object missing from the nodes", withClaim((claim) => ({ ...claim, object: "nothing" })), "object 'nothing'"],
    ["an Actor as issue", withClaim((claim) => ({ ...claim, issue: "russia" })), "issue 'russia' is not an Issue"],
    ["evidence from another article", withClaim((claim) => ({ ...claim, evidence: { ...claim.evidence, article: "other" } })),
      "evidence points at article 'other'"],
    ["offsets that do not quote the sentence", withClaim((claim) => ({ ...claim, evidence: { ...claim.evidence, start: 1 } })),
      "is not text.slice(1, "],
    ["offsets past the end", withClaim((claim) => ({ ...claim, evidence: { ...claim.evidence, end: 10_000 } })), "outside the text"],
    ["a confidence above 1", withClaim((claim) => ({ ...claim, confidence: 1.5 })), "confidence"],
    ["a claim id used twice", { ...SANCTIONS_LAW, claims: [SANCTIONS_LAW.claims[0]!, SANCTIONS_LAW.claims[0]!] }, "appears twice"],
    ["a node listed twice", { ...SANCTIONS_LAW, nodes: [...SANCTIONS_LAW.nodes, SANCTIONS_LAW.nodes[0]!] }, "appears twice"],
    ["a mention of an unknown node", { ...SANCTIONS_LAW, mentions: [{ entity: "ghost", count: 1 }] }, "'ghost'"],
  ])("rejects %s with a ValidationError naming the article", (_what, graph, message) => {
    expect(() => validateArticleGraph(graph as ArticleGraph)).toThrowError(
      expect.objectContaining({
        name: "ValidationError",
        message: expect.stringMatching(new RegExp(`^article 'store-sanctions-law': .*${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)),
      }),
    );
  });
});
