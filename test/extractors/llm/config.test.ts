// Tests for src/extractors/llm/config.ts: KG_LLM_* variables become one validated configuration, or none.
import { describe, expect, it } from "vitest";
import { completionsUrl, DEFAULT_TIMEOUT_MS, readLlmConfig } from "../../../src/extractors/llm/config.ts";

describe("readLlmConfig", () => {
  it("is off when neither KG_LLM_URL nor KG_LLM_MODEL is set, or both are blank", () => {
    expect(readLlmConfig({})).toBeNull();
    expect(readLlmConfig({ KG_LLM_URL: " ", KG_LLM_MODEL: "", KG_LLM_API_KEY: "sk" })).toBeNull();
  });

  it("takes a base URL, the model, the key and the default timeout", () => {
    expect(readLlmConfig({ KG_LLM_URL: "http://127.0.0.1:8080/v1", KG_LLM_MODEL: "qwen2.5-7b", KG_LLM_API_KEY: "sk-1" })).toEqual({
      url: "http://127.0.0.1:8080/v1/chat/completions",
      model: "qwen2.5-7b",
      apiKey: "sk-1",
      timeoutMs: DEFAULT_TIMEOUT_MS,
    });
  });

  it("reads KG_LLM_TIMEOUT_MS as whole milliseconds", () => {
    expect(readLlmConfig({ KG_LLM_URL: "http://h/v1", KG_LLM_MODEL: "m", KG_LLM_TIMEOUT_MS: "1500" })?.timeoutMs).toBe(1500);
  });

  it("names the missing half when only one of URL and model is set", () => {
    expect(() => readLlmConfig({ KG_LLM_URL: "http://h/v1" })).toThrowError("KG_LLM_MODEL must be set when KG_LLM_URL is");
    expect(() => readLlmConfig({ KG_LLM_MODEL: "m" })).toThrowError("KG_LLM_URL must be set when KG_LLM_MODEL is");
  });

  it("rejects a URL that is not http(s) and a timeout that is not a positive whole number, naming the variable", () => {
    expect(() => readLlmConfig({ KG_LLM_URL: "ftp://h/v1", KG_LLM_MODEL: "m" })).toThrowError(/^KG_LLM_URL must be an http\(s\) URL.*\(got 'ftp:\/\/h\/v1'\)$/);
    expect(() => readLlmConfig({ KG_LLM_URL: "http://h/v1", KG_LLM_MODEL: "m", KG_LLM_TIMEOUT_MS: "soon" })).toThrowError(/^KG_LLM_TIMEOUT_MS /);
    expect(() => readLlmConfig({ KG_LLM_URL: "http://h/v1", KG_LLM_MODEL: "m", KG_LLM_TIMEOUT_MS: "-5" })).toThrowError(/^KG_LLM_TIMEOUT_MS must be positive/);
  });

  it("throws a ValidationError", () => {
    expect(() => readLlmConfig({ KG_LLM_MODEL: "m" })).toThrowError(expect.objectContaining({ name: "ValidationError" }));
  });
});

describe("completionsUrl", () => {
  it("appends /chat/completions to a base URL, with or without a trailing slash", () => {
    expect(completionsUrl("http://127.0.0.1:8080/v1")).toBe("http://127.0.0.1:8080/v1/chat/completions");
    expect(completionsUrl("http://127.0.0.1:8080/v1/")).toBe("http://127.0.0.1:8080/v1/chat/completions");
    expect(completionsUrl("http://127.0.0.1:8080")).toBe("http://127.0.0.1:8080/chat/completions");
  });

  it("keeps a full chat-completions URL and its query string", () => {
    expect(completionsUrl("https://api.example.org/v1/chat/completions")).toBe("https://api.example.org/v1/chat/completions");
    expect(completionsUrl("https://x.example.org/openai/v1?api-version=2024-10-21")).toBe("https://x.example.org/openai/v1/chat/completions?api-version=2024-10-21");
  });
});
