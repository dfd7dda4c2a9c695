// Tests for src/extractors/llm/prompt.ts: sentences go to the model in numbered batches that fit a prompt.
import { describe, expect, it } from "vitest";
import { batchSentences } from "../../../src/extractors/llm/prompt.ts";
import type { Sentence } from "../../../src/model/index.ts";

const sentences = (lengths: number[]): Sentence[] => {
  let start = 0;
  return lengths.map((length, index) => {
    const sentence = { index, start, end: start + length, tokens: [] };
    start += length + 1;
    return sentence;
  });
};
const indexes = (batches: Sentence[][]) => batches.map((b) => b.map((s) => s.index));

describe("batchSentences", () => {
  it("cuts at the sentence limit, keeping order", () => {
    expect(indexes(batchSentences(sentences([10, 10, 10, 10, 10]), { maxSentences: 2, maxChars: 1000 }))).toEqual([[0, 1], [2, 3], [4]]);
  });

  it("cuts at the character limit", () => {
    expect(indexes(batchSentences(sentences([40, 40, 40]), { maxSentences: 40, maxChars: 100 }))).toEqual([[0, 1], [2]]);
  });

  it("sends a sentence longer than the character limit alone rather than dropping it", () => {
    expect(indexes(batchSentences(sentences([10, 500, 10]), { maxSentences: 40, maxChars: 100 }))).toEqual([[0], [1], [2]]);
  });

  it("sends 90 sentences as three requests by default", () => {
    expect(batchSentences(sentences(Array(90).fill(80))).map((b) => b.length)).toEqual([40, 40, 10]);
  });

  it("sends nothing for an article without sentences", () => {
    expect(batchSentences([])).toEqual([]);
  });
});
