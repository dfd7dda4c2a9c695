import { describe, expect, it } from "vitest";
import { assemble, excerpt } from "../../../src/pipeline/clean/paragraphs.ts";

describe("assemble", () => {
  const paragraphs = [
    { text: "Print", notes: [] },
    { text: "Putin’s aims.", notes: [{ reason: "repaired", ruleId: "clean/mojibake", span: { start: 5, end: 7 } }] },
    { text: "Share this", notes: [{ reason: "never shown", ruleId: "clean/mojibake", span: { start: 0, end: 1 } }] },
    { text: "Trump’s aims.", notes: [{ reason: "repaired", ruleId: "clean/mojibake", span: { start: 5, end: 7 } }] },
    { text: "For business", notes: [] },
  ];
  const removals = [
    { indices: [0], ruleId: "clean/chrome:share", reason: "removed print" },
    { indices: [2], ruleId: "clean/chrome:share", reason: "removed share" },
    { indices: [4], ruleId: "clean/chrome:footer-menu", reason: "removed footer" },
  ];
  const { text, messages } = assemble(paragraphs, removals);

  it("joins the kept paragraphs with a blank line", () => {
    expect(text).toBe("Putin’s aims.\n\nTrump’s aims.");
  });

  it("moves notes into the final text and drops notes of removed paragraphs", () => {
    const repairs = messages.filter((message) => message.ruleId === "clean/mojibake");
    expect(repairs.map((message) => text.slice(message.span?.start, message.span?.end))).toEqual(["’s", "’s"]);
  });

  it("marks a removal with an empty span where the removed paragraph stood", () => {
    const spans = messages.filter((message) => message.ruleId.startsWith("clean/chrome")).map((message) => message.span);
    expect(spans).toEqual([
      { start: 0, end: 0 },
      { start: 15, end: 15 },
      { start: text.length, end: text.length },
    ]);
  });

  it("orders messages by position and marks them as non-fatal clean messages", () => {
    expect(messages.map((message) => message.span?.start)).toEqual([0, 5, 15, 20, 28]);
    expect(messages.every((message) => message.source === "pipeline/clean" && message.fatal === false)).toBe(true);
  });
});

describe("excerpt", () => {
  it("quotes short text on one line and shortens long text", () => {
    expect(excerpt("Poll\nconducted")).toBe('"Poll conducted"');
    expect(excerpt("x".repeat(100), 10)).toBe(`"${"x".repeat(9)}…"`);
  });
});
