// Which extractors a run uses: rules, llm or both, decided once from what was asked and what is configured.
// `kg extract`, `kg ingest` and `kg eval` share it through runPipeline.
import { ValidationError } from "../model/errors.ts";
import type { LlmConfig } from "./llm/config.ts";

export const EXTRACTOR_CHOICES = ["rules", "llm", "both"] as const;
export type ExtractorChoice = (typeof EXTRACTOR_CHOICES)[number];

export interface ExtractorPlan {
  /** Keep the rule-based claims (the rule pipeline always runs: the model needs its sentences and mentions). */
  rules: boolean;
  /** Ask the model, with this configuration; null when not. */
  llm: LlmConfig | null;
}

/**
 * Nothing asked: both when the model is configured, rules otherwise, so setting KG_LLM_URL and KG_LLM_MODEL is all it
 * takes. Asking for llm or both without a configuration is an error rather than a silent rules-only run.
 */
export function planExtractors(choice: string | undefined, config: LlmConfig | null): ExtractorPlan {
  if (choice === undefined) return { rules: true, llm: config };
  if (!isExtractorChoice(choice)) throw new ValidationError(`extractor must be one of ${EXTRACTOR_CHOICES.join(", ")} (got '${choice}')`);
  if (choice === "rules") return { rules: true, llm: null };
  if (!config) throw new ValidationError(`extractor '${choice}' needs KG_LLM_URL and KG_LLM_MODEL to be set`);
  return { rules: choice === "both", llm: config };
}

export function isExtractorChoice(value: string): value is ExtractorChoice {
  return (EXTRACTOR_CHOICES as readonly string[]).includes(value);
}
