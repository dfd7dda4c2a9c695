// Reads the model's text as { claims: [...] }: malformed JSON or a wrong envelope fail the whole answer,
// while each claim is checked on its own so one bad item is dropped alone.
import { AnswerSchema, ModelClaimSchema, type ModelClaim } from "./schema.ts";
import { firstIssue, LlmFailure, oneLine } from "./failure.ts";

export type ParsedItem = { ok: true; claim: ModelClaim } | { ok: false; index: number; reason: string };

/** Throws LlmFailure ("llm/malformed-json", "llm/schema") when the answer as a whole is unusable. */
export function parseAnswer(content: string): ParsedItem[] {
  let json: unknown;
  try {
    json = JSON.parse(unfence(content));
  } catch (error) {
    throw new LlmFailure(`the model's answer is not valid JSON (${oneLine((error as Error).message, 80)}): ${oneLine(content, 60)}`, "llm/malformed-json");
  }
  const answer = AnswerSchema.safeParse(json);
  if (!answer.success) throw new LlmFailure(`the model's answer does not match the claims schema (${firstIssue(answer.error.issues)})`, "llm/schema");
  return answer.data.claims.map((item, index): ParsedItem => {
    const claim = ModelClaimSchema.safeParse(item);
    return claim.success ? { ok: true, claim: claim.data } : { ok: false, index, reason: firstIssue(claim.error.issues) };
  });
}

/** Servers that ignore response_format often wrap the JSON in a ```json fence; the JSON inside is still checked in full. */
function unfence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(content);
  return fenced ? fenced[1]! : content;
}
