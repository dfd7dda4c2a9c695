// Merges the model's claims into an article's claims.
// Agreement is kept, not collapsed: a rule claim and a model claim for the same (subject, relation, object, issue,
// sentence) both stay, with different claim ids (the id includes the extractor), so the edge lists both sources.
import type { Claim } from "../../model/index.ts";
import type { LlmClaim } from "./to-claims.ts";

/**
 * Earlier model claims are replaced (re-running the extractor is idempotent); claims from other extractors are kept
 * untouched and first. Among the model's own claims, one per (subject, relation, object, issue, sentence) survives,
 * the most confident, the way the rule stage keeps one claim per tuple and sentence.
 */
export function mergeClaims(existing: readonly Claim[], llm: readonly LlmClaim[]): Claim[] {
  const best = new Map<string, Claim>();
  for (const { claim, sentence } of llm) {
    const key = [claim.subject, claim.relation, claim.object, claim.issue ?? "", sentence].join("|");
    const earlier = best.get(key);
    if (!earlier || earlier.confidence < claim.confidence) best.set(key, claim);
  }
  return [...existing.filter((c) => c.extractor !== "llm"), ...best.values()];
}
