// One article through everything that makes its graph: the pure pipeline, the planned extractors, the article graph.
// The CLI (files) and the server (uploads) both come through here, so an upload is ingested exactly like a file.
import { articleGraph } from "../graph/build.ts";
import type { ArticleDoc, ArticleGraph, Message } from "../model/index.ts";
import { extractArticle, type ArticleInput } from "../pipeline/index.ts";
import type { Knowledge } from "../pipeline/knowledge/compile.ts";
import { applyExtractors } from "./apply.ts";
import type { ExtractorPlan } from "./choice.ts";

export interface ExtractedArticle {
  doc: ArticleDoc;
  graph: ArticleGraph;
  /** Set when the model's endpoint failed: the article keeps its rule-based claims. */
  warning: Message | null;
}

/** Throws InputError for input that is no article; a failing model endpoint is only a warning. */
export async function extractArticleGraph(input: ArticleInput, knowledge: Knowledge, plan: ExtractorPlan, maxBytes?: number): Promise<ExtractedArticle> {
  const { doc, warning } = await applyExtractors(extractArticle(input, knowledge, { maxBytes }), knowledge, plan);
  return { doc, graph: articleGraph(doc, knowledge), warning };
}
