// Tests for src/extractors/llm/find-evidence.ts: a quote is evidence only where it stands in the cited sentence.
import { describe, expect, it } from "vitest";
import { findEvidence } from "../../../src/extractors/llm/find-evidence.ts";

const TEXT = "Intro line.\nThe Senate’s leader said  “no” to the pact. Later, Chile signed it.";
const SENTENCE = { start: 12, end: TEXT.indexOf(" Later") };

const found = (quote: string) => {
  const result = findEvidence(TEXT, SENTENCE, quote);
  return result.span ? TEXT.slice(result.span.start, result.span.end) : null;
};

describe("findEvidence", () => {
  it("finds a verbatim quote and gives offsets into the whole text", () => {
    const start = TEXT.indexOf("said");
    expect(findEvidence(TEXT, SENTENCE, "said  “no” to the pact")).toEqual({ span: { start, end: start + "said  “no” to the pact".length } });
  });

  it("trims the quote", () => {
    expect(found("  to the pact ")).toBe("to the pact");
  });

  it("allows a different run of whitespace and straight quote marks, returning the article's own characters", () => {
    expect(found("said \"no\" to the pact")).toBe("said  “no” to the pact");
    expect(found("The Senate's leader")).toBe("The Senate’s leader");
  });

  it("does not find a quote outside the cited sentence", () => {
    expect(findEvidence(TEXT, SENTENCE, "Chile signed it")).toMatchObject({ span: null, reason: expect.stringMatching(/not in the sentence it cites/) });
  });

  it("does not find a paraphrase or a changed word", () => {
    expect(found("the leader of the Senate said no")).toBeNull();
    expect(found("said “yes” to the pact")).toBeNull();
  });

  it("refuses a quote of fewer than two words", () => {
    expect(findEvidence(TEXT, SENTENCE, "pact")).toMatchObject({ span: null, ruleId: "llm/evidence-too-short", reason: expect.stringMatching(/too short/) });
    expect(findEvidence(TEXT, SENTENCE, " — ")).toMatchObject({ span: null });
  });

  it("treats regular-expression characters in the quote as text", () => {
    const text = "Costs (in $bn) rose by 3.5* percent.";
    expect(findEvidence(text, { start: 0, end: text.length }, "(in $bn) rose by 3.5*")).toEqual({ span: { start: 6, end: 27 } });
  });
});
