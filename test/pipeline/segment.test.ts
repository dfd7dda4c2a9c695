import { describe, expect, it } from "vitest";
import type { ArticleDoc } from "../../src/model/index.ts";
import { segment } from "../../src/pipeline/segment.ts";

const doc = (text: string): ArticleDoc => ({ id: "t", path: "t.txt", text, meta: { title: null, source: null, published: null }, data: {}, messages: [] });

describe("segment", () => {
  it("splits sentences with offsets that slice back to the sentence text", () => {
    const text = "Mr. Putin met Mr. Trump in Helsinki. The U.S. Senate objected.\n\nA new paragraph starts here.";
    const sentences = segment(doc(text)).data.sentences!;
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Mr. Putin met Mr. Trump in Helsinki.",
      "The U.S. Senate objected.",
      "A new paragraph starts here.",
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it("never runs a heading into the next paragraph", () => {
    const text = "Opportunities and Obstacles for Trump and Putin\n\nRussia wants a deal.";
    const sentences = segment(doc(text)).data.sentences!;
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Opportunities and Obstacles for Trump and Putin", "Russia wants a deal."]);
  });

  it("gives every token offsets into the text, including split contractions", () => {
    const text = "Germany can’t veto it, and France won't either.";
    const tokens = segment(doc(text)).data.sentences![0]!.tokens;
    for (const token of tokens) expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.normal);
    expect(tokens.map((t) => t.normal)).toContain("n’t");
    expect(tokens.find((t) => t.normal === "veto")?.pos).toBe("VERB");
  });

  it("keeps an initialism after a hyphen in its sentence and its token: 'Chinese-U.S. talks'", () => {
    const text = "The Chinese-U.S. talks resumed. Japan watched.";
    const sentences = segment(doc(text)).data.sentences!;
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(["The Chinese-U.S. talks resumed.", "Japan watched."]);
    const token = sentences[0]!.tokens.find((t) => t.normal === "u.s.")!;
    expect(text.slice(token.start, token.end)).toBe("U.S.");
  });
});

