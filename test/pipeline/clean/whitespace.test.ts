import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../../src/pipeline/clean/whitespace.ts";

describe("whitespace", () => {
  it("unifies line endings", () => {
    expect(splitParagraphs("One.\r\nTwo.\rThree.\u2028Four.", true)).toEqual(["One.", "Two.", "Three.", "Four."]);
  });

  it("trims trailing and leading spaces and collapses runs of spaces and tabs", () => {
    expect(splitParagraphs("  Putin   met\tTrump.    \n", true)).toEqual(["Putin met Trump."]);
  });

  it("collapses any number of blank lines into one paragraph break", () => {
    expect(splitParagraphs("One.\n\n\n\n\nTwo.\n \n\t\nThree.", true)).toEqual(["One.", "Two.", "Three."]);
  });

  it("keeps one paragraph per line in scraped text", () => {
    const text = "A long first paragraph that ends here.\nA second paragraph follows.\nAnd a third.";
    expect(splitParagraphs(text, true)).toEqual(["A long first paragraph that ends here.", "A second paragraph follows.", "And a third."]);
  });

  it("re-joins hard-wrapped prose", () => {
    const text = [
      "The Kremlin said on Monday that it was ready to discuss the",
      "extension of the New START treaty with Washington, a step that",
      "diplomats had expected for weeks.",
      "",
      "Analysts in Moscow were cautious about the chances of a deal",
      "before the elections, and warned that military-",
      "to-military contacts remained frozen.",
    ].join("\n");
    expect(splitParagraphs(text, true)).toEqual([
      "The Kremlin said on Monday that it was ready to discuss the extension of the New START treaty with Washington, a step that diplomats had expected for weeks.",
      "Analysts in Moscow were cautious about the chances of a deal before the elections, and warned that military-to-military contacts remained frozen.",
    ]);
  });

  it("keeps list items apart inside hard-wrapped prose", () => {
    const text = [
      "The communique listed three points on which the two sides",
      "agreed after the talks in Helsinki on Monday afternoon:",
      "- arms control, to be discussed by experts",
      "- Syria, with humanitarian aid for",
      "  refugees in the south-west",
      "- Ukraine",
    ].join("\n");
    expect(splitParagraphs(text, true)).toEqual([
      "The communique listed three points on which the two sides agreed after the talks in Helsinki on Monday afternoon:",
      "- arms control, to be discussed by experts",
      "- Syria, with humanitarian aid for refugees in the south-west",
      "- Ukraine",
    ]);
  });

  it("does not re-join lines when told not to", () => {
    const text = "short line one\nshort line two\nshort line three\nshort line four\nshort line five\nshort line six";
    expect(splitParagraphs(text, false)).toHaveLength(6);
  });

  it("removes zero-width characters and soft hyphens, and turns exotic spaces into plain ones", () => {
    expect(splitParagraphs("Pu\u00adtin\u200b met\u00a0Trump\u2009in\u202fHelsinki\ufeff.", true)).toEqual(["Putin met Trump in Helsinki."]);
  });

  it("leaves a soft hyphen or no-break space that is half of a mis-decoded letter for the mojibake step", () => {
    expect(splitParagraphs("PolÃ\u00adtica, voilÃ\u00a0", true)).toEqual(["PolÃ\u00adtica, voilÃ\u00a0"]);
  });

  it("drops control characters", () => {
    expect(splitParagraphs("Putin\u0007 met\u001b Trump.", true)).toEqual(["Putin met Trump."]);
  });
});
