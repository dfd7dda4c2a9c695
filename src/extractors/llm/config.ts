// Configuration of the model-backed extractor: KG_LLM_URL, KG_LLM_MODEL, KG_LLM_API_KEY, KG_LLM_TIMEOUT_MS, validated once.
// The extractor is off unless both KG_LLM_URL and KG_LLM_MODEL are set; a half or malformed setting is an error, not "off".
import { z } from "zod";
import { ValidationError } from "../../model/errors.ts";

export interface LlmConfig {
  /** The full chat-completions URL, e.g. http://127.0.0.1:8080/v1/chat/completions. */
  url: string;
  model: string;
  /** Sent as `Authorization: Bearer <key>` when present. */
  apiKey?: string;
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const COMPLETIONS_PATH = "/chat/completions";

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const EnvSchema = z.object({
  KG_LLM_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .refine((url) => isHttpUrl(url), { message: "must be an http(s) URL such as http://127.0.0.1:8080/v1" })
      .optional(),
  ),
  KG_LLM_MODEL: z.preprocess(blankIsUnset, z.string().trim().optional()),
  KG_LLM_API_KEY: z.preprocess(blankIsUnset, z.string().trim().optional()),
  KG_LLM_TIMEOUT_MS: z.preprocess(
    blankIsUnset,
    z.coerce.number().int("must be a whole number of milliseconds").positive("must be positive").optional(),
  ),
});

/** The extractor's configuration, or null when it is not configured. Throws a ValidationError naming the bad variable. */
export function readLlmConfig(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const parsed = EnvSchema.safeParse({
    KG_LLM_URL: env.KG_LLM_URL,
    KG_LLM_MODEL: env.KG_LLM_MODEL,
    KG_LLM_API_KEY: env.KG_LLM_API_KEY,
    KG_LLM_TIMEOUT_MS: env.KG_LLM_TIMEOUT_MS,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "KG_LLM_*");
    // Never echo the key.
    const shown = variable === "KG_LLM_API_KEY" ? "" : ` (got '${env[variable] ?? ""}')`;
    throw new ValidationError(`${variable} ${issue?.message ?? "is invalid"}${shown}`);
  }
  const { KG_LLM_URL, KG_LLM_MODEL, KG_LLM_API_KEY, KG_LLM_TIMEOUT_MS } = parsed.data;
  if (KG_LLM_URL === undefined && KG_LLM_MODEL === undefined) return null;
  // Someone who set one of the two meant to turn the extractor on: say what is missing rather than run without it.
  if (KG_LLM_URL === undefined) throw new ValidationError("KG_LLM_URL must be set when KG_LLM_MODEL is");
  if (KG_LLM_MODEL === undefined) throw new ValidationError("KG_LLM_MODEL must be set when KG_LLM_URL is");
  const config: LlmConfig = { url: completionsUrl(KG_LLM_URL), model: KG_LLM_MODEL, timeoutMs: KG_LLM_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS };
  if (KG_LLM_API_KEY !== undefined) config.apiKey = KG_LLM_API_KEY;
  return config;
}

/** Accepts a base URL (…/v1) or the full endpoint (…/v1/chat/completions); keeps any query string (api-version=…). */
export function completionsUrl(url: string): string {
  const parsed = new URL(url);
  const base = parsed.pathname.replace(/\/+$/, "");
  parsed.pathname = base.endsWith(COMPLETIONS_PATH) ? base : `${base}${COMPLETIONS_PATH}`;
  return parsed.toString();
}

function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}
