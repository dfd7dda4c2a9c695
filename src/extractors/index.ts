// Extractors beyond the rule pipeline: the optional model-backed one, and the choice of which run.
export { applyExtractors } from "./apply.ts";
export { extractArticleGraph, type ExtractedArticle } from "./extract-article.ts";
export { EXTRACTOR_CHOICES, isExtractorChoice, planExtractors, type ExtractorChoice, type ExtractorPlan } from "./choice.ts";
export { extractWithLlm, LLM_CONFIDENCE_FACTOR, readLlmConfig, type LlmConfig, type LlmOptions, type LlmOutcome } from "./llm/index.ts";
