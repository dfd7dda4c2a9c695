// Tests for src/extractors/choice.ts: which extractors a run uses, from the choice asked for and the configuration.
import { describe, expect, it } from "vitest";
import { planExtractors } from "../../src/extractors/choice.ts";
import type { LlmConfig } from "../../src/extractors/llm/config.ts";

const config: LlmConfig = { url: "http://127.0.0.1:1/v1/chat/completions", model: "m", timeoutMs: 1000 };

describe("planExtractors", () => {
  it("uses both when nothing is asked and the model is configured, rules alone when it is not", () => {
    expect(planExtractors(undefined, config)).toEqual({ rules: true, llm: config });
    expect(planExtractors(undefined, null)).toEqual({ rules: true, llm: null });
  });

  it("follows rules, llm and both", () => {
    expect(planExtractors("rules", config)).toEqual({ rules: true, llm: null });
    expect(planExtractors("llm", config)).toEqual({ rules: false, llm: config });
    expect(planExtractors("both", config)).toEqual({ rules: true, llm: config });
  });

  it("refuses llm or both without a configuration, and an unknown choice", () => {
    expect(() => planExtractors("llm", null)).toThrowError("extractor 'llm' needs KG_LLM_URL and KG_LLM_MODEL to be set");
    expect(() => planExtractors("both", null)).toThrowError(expect.objectContaining({ name: "ValidationError" }));
    expect(() => planExtractors("gpt", config)).toThrowError("extractor must be one of rules, llm, both (got 'gpt')");
  });
});
