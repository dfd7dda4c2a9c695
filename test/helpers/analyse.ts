// Test helper: run the language stages on composed text with the project's real knowledge files.
import type { ArticleDoc, Claim } from "../../src/model/index.ts";
import type { Knowledge } from "../../src/pipeline/knowledge/compile.ts";
import { loadKnowledge } from "../../src/pipeline/knowledge/load-files.ts";
import { analyse } from "../../src/pipeline/index.ts";

let knowledge: Promise<Knowledge> | undefined;

export function projectKnowledge(): Promise<Knowledge> {
  knowledge ??= loadKnowledge();
  return knowledge;
}

export async function analyseText(text: string, published: string | null = null): Promise<ArticleDoc> {
  const doc: ArticleDoc = { id: "composed", path: "composed.txt", text, meta: { title: null, source: null, published }, data: {}, messages: [] };
  return analyse(doc, await projectKnowledge());
}

/** Claims as "subject RELATION object @issue" strings, sorted, for readable assertions. */
export async function claimsOf(text: string, published: string | null = null): Promise<string[]> {
  const doc = await analyseText(text, published);
  return (doc.data.claims ?? []).map(describe).sort();
}

export function describe(claim: Claim): string {
  return `${claim.subject} ${claim.relation} ${claim.object}${claim.issue ? ` @${claim.issue}` : ""}`;
}

/** The entity each mention resolved to, with its surface text. */
export async function mentionsOf(text: string, published: string | null = null): Promise<[string, string | null][]> {
  const doc = await analyseText(text, published);
  return (doc.data.mentions ?? []).map((m) => [text.slice(m.start, m.end), m.entity]);
}
