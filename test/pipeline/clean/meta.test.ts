import { describe, expect, it } from "vitest";
import { readMeta } from "../../../src/pipeline/clean/meta.ts";

const BODY = "The first bilateral talks between the two presidents took place on 16 July in Helsinki, Finland.";
const none = { source: [], published: [] };

describe("meta", () => {
  describe("title", () => {
    it("takes a short first line without final punctuation", () => {
      expect(readMeta(["International Consequences of the Trump-Putin Meeting in Helsinki", BODY], none).title).toBe(
        "International Consequences of the Trump-Putin Meeting in Helsinki",
      );
    });

    it("keeps a colon or comma inside the headline", () => {
      expect(readMeta(["Just Sitting Down With Trump, Putin Comes Out Ahead", BODY], none).title).toBe(
        "Just Sitting Down With Trump, Putin Comes Out Ahead",
      );
    });

    it.each([
      ["a sentence", "Putin met Trump in Helsinki."],
      ["a line ending in a colon", "The talks covered three subjects:"],
      ["a single word", "Helsinki"],
      ["a long lead", `${"word ".repeat(30)}end`],
    ])("does not take %s", (_, first) => {
      expect(readMeta([first, BODY], none).title).toBeNull();
    });

    it("does not take the only paragraph of a text", () => {
      expect(readMeta(["Trump and Putin in Helsinki"], none).title).toBeNull();
    });

    it("prefers the title the page declares", () => {
      expect(readMeta(["Some Line", BODY], none, { title: "Page Title" }).title).toBe("Page Title");
    });
  });

  describe("source", () => {
    it("takes the outlet a removed banner named", () => {
      expect(readMeta([BODY], { source: ["Kennan Institute"], published: [] }).source).toBe("Kennan Institute");
    });

    it("prefers the site name the page declares", () => {
      expect(readMeta([BODY], { source: ["Kennan Institute"], published: [] }, { source: "Wilson Center" }).source).toBe("Wilson Center");
    });

    it("is null when nothing names the outlet", () => {
      expect(readMeta([BODY], none).source).toBeNull();
    });
  });

  describe("published", () => {
    it("reads a removed dateline", () => {
      expect(readMeta([BODY], { source: [], published: ["17.07.2018"] }).published).toBe("2018-07-17");
    });

    it("skips a date it cannot read and takes the next", () => {
      expect(readMeta([BODY], { source: [], published: ["03/04/2018", "2017-05-22"] }).published).toBe("2017-05-22");
    });

    it("prefers the page's date", () => {
      expect(readMeta([BODY], { source: [], published: ["17.07.2018"] }, { published: "2018-07-16T21:00:00Z" }).published).toBe("2018-07-16");
    });

    it("does not take a date from the body text", () => {
      expect(readMeta(["Talks on 17.07.2018", BODY], none).published).toBeNull();
    });
  });
});
