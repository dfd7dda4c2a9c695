// Applies an extractor plan to a doc the rule pipeline produced: the async step the CLI edge runs after the pure pipeline.
import type { ArticleDoc, Message } from "../model/index.ts";
import type { Knowledge } from "../pipeline/knowledge/compile.ts";
import type { ExtractorPlan } from "./choice.ts";
import { extractWithLlm } from "./llm/index.ts";

/** The doc with the planned claims, and the warning to print when the model's endpoint failed. Never throws. */
export async function applyExtractors(doc: ArticleDoc, knowledge: Knowledge, plan: ExtractorPlan): Promise<{ doc: ArticleDoc; warning: Message | null }> {
  let result = doc;
  let warning: Message | null = null;
  if (plan.llm) {
    const outcome = await extractWithLlm(doc, knowledge, plan.llm);
    result = outcome.doc;
    warning = outcome.failure;
  }
  if (!plan.rules) result = { ...result, data: { ...result.data, claims: (result.data.claims ?? []).filter((c) => c.extractor !== "rules") } };
  return { doc: result, warning };
}
