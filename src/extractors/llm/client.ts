// The extractor's only I/O: one POST to the chat-completions endpoint, with a deadline.
// Every way the call can go wrong comes back as an LlmFailure naming the problem in one line.
import type { LlmConfig } from "./config.ts";
import { firstIssue, LlmFailure, oneLine } from "./failure.ts";
import type { ChatMessage } from "./prompt.ts";
import { CompletionSchema, RESPONSE_FORMAT } from "./schema.ts";

/** The request body, exported so tests and docs show exactly what is sent. */
export function requestBody(config: LlmConfig, messages: ChatMessage[]): Record<string, unknown> {
  // temperature 0: the same article should give the same claims from run to run, as far as the server allows.
  return { model: config.model, messages, response_format: RESPONSE_FORMAT, temperature: 0 };
}

/** Sends one chat and returns the assistant's text. Throws LlmFailure, never anything else. */
export async function complete(config: LlmConfig, messages: ChatMessage[]): Promise<string> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  // One deadline for the whole exchange: the signal also aborts reading a body that trickles in.
  const signal = AbortSignal.timeout(config.timeoutMs);
  let status: number;
  let body: string;
  try {
    const response = await fetch(config.url, { method: "POST", headers, body: JSON.stringify(requestBody(config, messages)), signal });
    status = response.status;
    body = await response.text();
  } catch (error) {
    throw transportFailure(error, config);
  }
  if (status < 200 || status >= 300) {
    throw new LlmFailure(`HTTP ${status} from ${config.url}${body.trim() ? `: ${oneLine(body, 120)}` : ""}`, "llm/http");
  }
  return contentOf(body);
}

function contentOf(body: string): string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new LlmFailure(`the endpoint's reply is not JSON: ${oneLine(body, 80)}`, "llm/malformed-json");
  }
  const parsed = CompletionSchema.safeParse(json);
  if (!parsed.success) throw new LlmFailure(`the endpoint's reply is not a chat completion (${firstIssue(parsed.error.issues)})`, "llm/schema");
  const choice = parsed.data.choices[0]!;
  if (choice.message.refusal) throw new LlmFailure(`the model refused: ${oneLine(choice.message.refusal, 120)}`, "llm/refused");
  const content = choice.message.content;
  if (!content) throw new LlmFailure("the model's answer is empty", "llm/schema");
  // A cut-off answer would fail to parse anyway; this says why.
  if (choice.finish_reason === "length") throw new LlmFailure("the model's answer was cut off (finish_reason: length)", "llm/malformed-json");
  return content;
}

function transportFailure(error: unknown, config: LlmConfig): LlmFailure {
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === "TimeoutError" || err?.name === "AbortError") {
    return new LlmFailure(`no answer from ${config.url} within ${config.timeoutMs} ms (KG_LLM_TIMEOUT_MS)`, "llm/timeout");
  }
  const why = err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(error);
  return new LlmFailure(`cannot reach ${config.url}: ${oneLine(why, 120)}`, "llm/network");
}
