// The one error the model-backed extractor raises internally: a whole answer that cannot be used.
// It never leaves the extractor; extractWithLlm turns it into a warning Message and the article keeps its rule-based claims.

/** Why an answer failed, as the Message ruleId ("llm/timeout", "llm/http", ...). */
export const FAILURE_RULES = ["llm/timeout", "llm/network", "llm/http", "llm/malformed-json", "llm/schema", "llm/refused", "llm/internal"] as const;
export type FailureRule = (typeof FAILURE_RULES)[number];

export class LlmFailure extends Error {
  override name = "LlmFailure";
  constructor(
    message: string,
    readonly ruleId: FailureRule,
  ) {
    super(message);
  }
}

/** Squeezes a server's or parser's text into a short single line for a warning. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The first zod issue as "path: message", for a one-line warning. */
export function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return "invalid";
  return issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message;
}
