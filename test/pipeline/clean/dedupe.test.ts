import { describe, expect, it } from "vitest";
import { findDuplicates } from "../../../src/pipeline/clean/dedupe.ts";

const LEAD = "Moscow hopes the summit will open channels that have been closed since 2014, a senior diplomat said.";
const OTHER = "Washington is divided over how far to go, and Congress is wary of any concession on sanctions.";
const removedIndices = (paragraphs: string[], skip?: Set<number>) =>
  findDuplicates(paragraphs, skip).flatMap((removal) => removal.indices);

describe("dedupe", () => {
  it("drops a later verbatim repeat and keeps the first occurrence", () => {
    const removals = findDuplicates([LEAD, OTHER, LEAD]);
    expect(removals).toEqual([
      { indices: [2], ruleId: "clean/dedupe", reason: expect.stringMatching(/^removed a repeat of an earlier paragraph: "Moscow hopes/) },
    ]);
  });

  it("drops every further repeat", () => {
    expect(removedIndices([LEAD, LEAD, OTHER, LEAD])).toEqual([1, 3]);
  });

  it("keeps short repeats, which can be deliberate", () => {
    expect(removedIndices(["Yes.", OTHER, "Yes.", "No, not now."])).toEqual([]);
  });

  it("drops a teaser that recurs inside a longer paragraph, wherever it stands", () => {
    const teaser = "First, for Trump Russia remains a toxic asset back at home and this is no secret in the Kremlin.";
    const full = `${teaser} Any agreement would meet fierce criticism within the US foreign policy establishment.`;
    expect(removedIndices([teaser, OTHER, full])).toEqual([0]);
    expect(removedIndices([full, OTHER, teaser])).toEqual([2]);
    expect(findDuplicates([teaser, full])[0]?.reason).toMatch(/repeated inside a longer one/);
  });

  it("drops a pull quote repeated from the middle of a paragraph", () => {
    const quote = "“We are well aware of the extent to which the American establishment is held hostage,” Peskov said.";
    expect(removedIndices([`The Kremlin was cautious. ${quote} He did not elaborate.`, quote])).toEqual([1]);
  });

  it("ignores the case of the first letter when the repeat continues a sentence", () => {
    const summary = "The current positions of the two presidents are asymmetrical, and this asymmetry complicates the talks.";
    expect(removedIndices([summary, OTHER, "In sum, the current positions of the two presidents are asymmetrical, and this asymmetry complicates the talks."])).toEqual([0]);
  });

  it("keeps a paragraph that occurs only inside a word", () => {
    const short = "ssia remains a toxic asset back at home and this is no secret in the Kremlin, officials say.";
    expect(removedIndices([short, `Ru${short} More follows here.`])).toEqual([]);
  });

  it("keeps a headline repeated inside a sentence: it is not a full sentence", () => {
    const headline = "Russian-U.S. Relations: Opportunities and Obstacles for Trump and Putin";
    expect(removedIndices([headline, `This paper, ${headline}, was written in May.`])).toEqual([]);
  });

  it("keeps short sentences repeated inside others", () => {
    expect(removedIndices(["Talks resumed.", "Talks resumed. Then they stopped again."])).toEqual([]);
  });

  it("ignores paragraphs already removed", () => {
    expect(removedIndices([LEAD, OTHER, LEAD], new Set([0]))).toEqual([]);
  });
});
