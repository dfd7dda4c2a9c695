// The model-backed extractor: asks an OpenAI-compatible endpoint for claims about an analysed article, checks every
// answer, and merges what survives with the rule-based claims. It never throws: a failure leaves the article as it was.
import type { ArticleDoc, Entity, Message } from "../../model/index.ts";
import type { Knowledge } from "../../pipeline/knowledge/compile.ts";
import { complete } from "./client.ts";
import type { LlmConfig } from "./config.ts";
import { LlmFailure, oneLine } from "./failure.ts";
import { mergeClaims } from "./merge.ts";
import { parseAnswer } from "./parse-answer.ts";
import { batchSentences, DEFAULT_BATCH, knownEntities, promptFor, type BatchLimits } from "./prompt.ts";
import { nameResolver } from "./resolve-names.ts";
import { SOURCE, toClaims, type LlmClaim } from "./to-claims.ts";

export { readLlmConfig, completionsUrl, DEFAULT_TIMEOUT_MS, type LlmConfig } from "./config.ts";
export { SYSTEM_PROMPT } from "./prompt.ts";
export { RESPONSE_FORMAT } from "./schema.ts";

/** Model claims weigh this much of what the model says: they are unverified, a rule's cue is not. */
export const LLM_CONFIDENCE_FACTOR = 0.8;

export interface LlmOptions {
  batch?: BatchLimits;
  factor?: number;
}

export interface LlmOutcome {
  /** The article with the model's claims merged in, or unchanged but for one warning when the call failed. */
  doc: ArticleDoc;
  /** Model claims kept. */
  kept: number;
  /** Model claims dropped by a check (each has a Message on the doc). */
  dropped: number;
  /** The warning when the endpoint or its answer failed; null when it worked. */
  failure: Message | null;
}

/**
 * Runs on a doc the rule pipeline analysed (it needs sentences and resolved mentions). Any failure of a request or of
 * a whole answer (HTTP error, timeout, malformed JSON, wrong schema) discards every model claim for the article, so
 * an article is never half-covered; it stops asking at the first failure so a dead endpoint costs one timeout.
 */
export async function extractWithLlm(doc: ArticleDoc, knowledge: Knowledge, config: LlmConfig, options: LlmOptions = {}): Promise<LlmOutcome> {
  try {
    const discovered = new Map((doc.data.discovered ?? []).map((e) => [e.id, e]));
    const entityOf = (id: string): Entity | undefined => knowledge.entities.get(id) ?? discovered.get(id);
    const entities = knownEntities(doc, entityOf);
    const resolveName = nameResolver(doc, knowledge, entityOf);
    const found: LlmClaim[] = [];
    const messages: Message[] = [];
    for (const batch of batchSentences(doc.data.sentences ?? [], options.batch ?? DEFAULT_BATCH)) {
      const items = parseAnswer(await complete(config, promptFor(doc, batch, entities)));
      const checked = toClaims(items, { doc, batch, resolveName, model: config.model, factor: options.factor ?? LLM_CONFIDENCE_FACTOR });
      found.push(...checked.claims);
      messages.push(...checked.messages);
    }
    const claims = mergeClaims(doc.data.claims ?? [], found);
    const kept = claims.filter((c) => c.extractor === "llm").length;
    return { doc: { ...doc, data: { ...doc.data, claims }, messages: [...doc.messages, ...messages] }, kept, dropped: messages.length, failure: null };
  } catch (error) {
    // A bug of ours is reported like an endpoint failure: the rule-based run must go on either way.
    const failure = error instanceof LlmFailure ? error : new LlmFailure(`internal error: ${oneLine(String((error as Error)?.message ?? error))}`, "llm/internal");
    const message: Message = { reason: `llm extractor failed, no model claims for this article: ${failure.message}`, ruleId: failure.ruleId, source: SOURCE, fatal: false };
    return { doc: { ...doc, messages: [...doc.messages, message] }, kept: 0, dropped: 0, failure: message };
  }
}
