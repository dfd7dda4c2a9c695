import { describe, expect, it } from "vitest";
import { markdownToText } from "../../../src/pipeline/clean/markdown.ts";

const text = (markdown: string) => markdownToText(markdown).text;

describe("markdown", () => {
  it("strips heading markers and makes each heading its own paragraph", () => {
    expect(text("# Helsinki summit\n## What Russia gained ##\nThe talks went on.")).toBe(
      "Helsinki summit\n\nWhat Russia gained\n\nThe talks went on.",
    );
  });

  it("reads setext headings and drops their underlines", () => {
    expect(text("Helsinki summit\n===============\n\nBackground\n----------\nText.")).toBe("Helsinki summit\n\nBackground\n\nText.");
  });

  it("strips emphasis", () => {
    expect(text("The **summit** was _long_ and *tense*, __very__ ~~short~~ tense.")).toBe(
      "The summit was long and tense, very short tense.",
    );
  });

  it("keeps underscores and asterisks that are not emphasis", () => {
    expect(text("The snake_case_name stays, and 2 * 3 * 4 is 24.")).toBe("The snake_case_name stays, and 2 * 3 * 4 is 24.");
  });

  it("keeps link text and drops the URL", () => {
    expect(text('Read [the statement](https://kremlin.ru/x "title") and [the reply][1].\n\n[1]: https://state.gov/y')).toBe(
      "Read the statement and the reply.",
    );
  });

  it("keeps a bare autolink as its address", () => {
    expect(text("See <https://kremlin.ru> for details.")).toBe("See https://kremlin.ru for details.");
  });

  it("drops images entirely", () => {
    expect(text("Putin and Trump. ![The two leaders](photo.jpg)\n\n![x][img]")).toBe("Putin and Trump.");
  });

  it("drops fenced code blocks and records the removal", () => {
    const result = markdownToText("Before.\n\n```js\nconsole.log(1)\n```\n\n~~~\nraw\n~~~\n\nAfter.");
    expect(result.text).toBe("Before.\n\nAfter.");
    expect(result.messages.map((message) => message.ruleId)).toEqual(["clean/markdown:code", "clean/markdown:code"]);
  });

  it("keeps inline code as its text", () => {
    expect(text("The `START` treaty.")).toBe("The START treaty.");
  });

  it("re-joins soft-wrapped lines into one paragraph", () => {
    expect(text("The Kremlin said it was\nready to talk.\n\nWashington did not reply.")).toBe(
      "The Kremlin said it was ready to talk.\n\nWashington did not reply.",
    );
  });

  it("makes list items paragraphs and drops bullet markers, keeping numbers", () => {
    expect(text("Points:\n- arms control\n* Syria\n+ Ukraine\n1. first\n2. second")).toBe(
      "Points:\n\narms control\n\nSyria\n\nUkraine\n\n1. first\n\n2. second",
    );
  });

  it("strips block-quote markers", () => {
    expect(text("> We are ready,\n> Lavrov said.")).toBe("We are ready, Lavrov said.");
  });

  it("drops horizontal rules, HTML comments and backslash escapes", () => {
    expect(text("One.\n\n---\n\n<!-- note -->Two \\*not emphasis\\*.\n\n***")).toBe("One.\n\nTwo *not emphasis*.");
  });

  it("reads title, source and date from front matter", () => {
    const result = markdownToText('---\ntitle: "After Helsinki"\nsite: Riddle\ndate: 2018-07-20\ntags: [russia]\n---\nBody.');
    expect(result.page).toEqual({ title: "After Helsinki", source: "Riddle", published: "2018-07-20" });
    expect(result.text).toBe("Body.");
  });

  it("declares nothing without front matter", () => {
    expect(markdownToText("# Title\n\nBody.").page).toEqual({});
  });
});
