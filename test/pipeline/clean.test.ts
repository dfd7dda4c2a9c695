import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ArticleDoc } from "../../src/model/document.ts";
import { clean } from "../../src/pipeline/clean.ts";
import { decode } from "../../src/pipeline/decode.ts";

const ARTICLES = new URL("../../data/articles/", import.meta.url);

function bundled(id: string): { raw: string; doc: ArticleDoc } {
  const path = new URL(`${id}.txt`, ARTICLES);
  const { text, format } = decode(readFileSync(path));
  return { raw: text, doc: clean({ id, path: path.pathname, text, format }) };
}

const count = (text: string, part: string) => text.split(part).length - 1;
const paragraphsOf = (doc: ArticleDoc) => doc.text.split("\n\n");

/** Every message is a non-fatal clean message whose span, if any, lies inside the text. */
function expectWellFormedMessages(doc: ArticleDoc): void {
  for (const message of doc.messages) {
    expect(message.source).toBe("pipeline/clean");
    expect(message.fatal).toBe(false);
    expect(message.reason).not.toMatch(/\n/);
    if (message.span) {
      expect(message.span.start).toBeGreaterThanOrEqual(0);
      expect(message.span.end).toBeGreaterThanOrEqual(message.span.start);
      expect(message.span.end).toBeLessThanOrEqual(doc.text.length);
    }
  }
}

describe("clean", () => {
  const input = {
    id: "composed",
    path: "composed.txt",
    format: "text" as const,
    text: [
      "Opinion",
      "Russia and the West After Helsinki",
      "Published: 18 July 2018",
      "Share this article",
      "Moscow sees the summit as a win.   \r",
      "Putin鈥檚 aides said the talks were 鈥渦seful鈥 and would continue.",
      "",
      "",
      "",
      "Moscow sees the summit as a win.",
      "Washington is less sure, and Congress is drafting new sanctions against Russian banks and energy companies.",
      "Follow us on Telegram",
      "A version of this article appears in print on July 19, 2018.",
    ].join("\n"),
  };
  const doc = clean(input);

  it("returns the article with its id and path and an empty data bag", () => {
    expect(doc.id).toBe("composed");
    expect(doc.path).toBe("composed.txt");
    expect(doc.data).toEqual({});
  });

  it("removes chrome, repairs mojibake, drops the repeat and separates paragraphs with a blank line", () => {
    expect(doc.text).toBe(
      [
        "Russia and the West After Helsinki",
        "Moscow sees the summit as a win.",
        "Putin’s aides said the talks were “useful” and would continue.",
        "Washington is less sure, and Congress is drafting new sanctions against Russian banks and energy companies.",
      ].join("\n\n"),
    );
  });

  it("reads title and date from the text", () => {
    expect(doc.meta).toEqual({ title: "Russia and the West After Helsinki", source: null, published: "2018-07-18" });
  });

  it("records every removal and repair as a message", () => {
    expect(doc.messages.map((message) => message.ruleId)).toEqual([
      "clean/chrome:kicker",
      "clean/chrome:dateline",
      "clean/chrome:share",
      "clean/mojibake",
      "clean/mojibake",
      "clean/mojibake:guess",
      "clean/dedupe",
      "clean/chrome:follow",
      "clean/chrome:reprint",
    ]);
    expect(count(doc.text, "Moscow sees the summit as a win.")).toBe(1);
    expectWellFormedMessages(doc);
  });

  it("points repair spans at the repaired text", () => {
    const repairs = doc.messages.filter((message) => message.ruleId.startsWith("clean/mojibake") && message.span);
    expect(repairs.map((message) => doc.text.slice(message.span?.start, message.span?.end))).toEqual(["’s", "“u", "”"]);
  });

  it("is deterministic", () => {
    expect(clean(input)).toEqual(doc);
  });

  it("records the dropped repeat", () => {
    const repeated = clean({ ...input, text: "A first paragraph of the piece, long enough.\nAnother one follows it here today.\nA first paragraph of the piece, long enough." });
    expect(repeated.messages.map((message) => message.ruleId)).toEqual(["clean/dedupe"]);
    expect(repeated.text).toBe("A first paragraph of the piece, long enough.\n\nAnother one follows it here today.");
  });

  it("strips markdown before cleaning", () => {
    const markdown = clean({ ...input, format: "markdown", text: "# After Helsinki\n\nThe **Kremlin** was [pleased](https://x.ru).\n\nShare this article" });
    expect(markdown.text).toBe("After Helsinki\n\nThe Kremlin was pleased.");
    expect(markdown.meta.title).toBe("After Helsinki");
  });

  it("extracts the article from HTML and takes metadata from the page", () => {
    const body = [
      "The two presidents met in Helsinki on Monday for talks that lasted more than two hours, aides said afterwards.",
      "They discussed Syria, Ukraine and arms control, and agreed that their experts would meet again within weeks.",
      "Critics in Washington said the president had conceded too much, while Moscow hailed the meeting as a success.",
    ];
    const html = `<html><head><title>After Helsinki</title><meta property="og:site_name" content="Planet"></head><body><nav>Home | World</nav><article>${body.map((p) => `<p>${p}</p>`).join("")}<p>Share this article</p></article></body></html>`;
    const page = clean({ ...input, format: "html", text: html });
    expect(page.text).toBe(["After Helsinki", ...body].join("\n\n"));
    expect(page.meta).toEqual({ title: "After Helsinki", source: "Planet", published: null });
    expect(page.messages.map((message) => message.ruleId)).toEqual(["clean/html:readability", "clean/chrome:share"]);
  });
});

describe("the bundled articles", () => {
  it("000: repairs the GB18030 mojibake completely and drops the banner, author block and related list", () => {
    const { doc } = bundled("000_3d1cf8fe319097b3");
    expect(doc.text).not.toMatch(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u);
    expect(doc.text).toContain("Putin’s purposes");
    expect(doc.text).toContain("“bilateral military-to-military cooperation”");
    expect(doc.text).toContain("“It’s not that there was a lot of desire");
    expect(doc.text).toContain("Trump—and Putin only played along—made this only worse.”");
    expect(doc.text).toContain("in Russian—medvezhya usluga, “a bear’s service”—describing");
    expect(doc.text).not.toMatch(/A blog of|Explore More|Browse The Russia File|Read more|^Author$/mu);
    expect(paragraphsOf(doc)).toHaveLength(10);
    expect(doc.meta).toEqual({ title: null, source: "Kennan Institute", published: null });
    const guesses = doc.messages.filter((message) => message.ruleId === "clean/mojibake:guess");
    expect(guesses.length).toBeGreaterThan(0);
    for (const guess of guesses) expect(doc.text.slice(guess.span?.start, guess.span?.end)).toMatch(/^[’”—“]$/u);
    expectWellFormedMessages(doc);
  });

  it("001: keeps each repeated paragraph once and drops ratings, the bio, the poll and the footer", () => {
    const { doc } = bundled("001_4531fa6c14e13b83");
    expect(count(doc.text, "It is evident that Vladimir Putin yearns for a meeting")).toBe(1);
    expect(count(doc.text, "Following a Russian proverb")).toBe(1);
    expect(count(doc.text, "First, for Trump Russia remains a toxic asset")).toBe(1);
    expect(count(doc.text, "Second, Putin should be very cautious")).toBe(1);
    expect(count(doc.text, "are asymmetrical")).toBe(1);
    expect(doc.text).toContain("First, for Trump Russia remains a toxic asset back at home and this is no secret in the Kremlin. Any far-reaching");
    expect(doc.text).not.toMatch(/Rate this|votes|Share this|Print|Andrey Kortunov|Director General|Poll conducted|Dual Freeze|For business|For students/u);
    expect(paragraphsOf(doc)[0]).toMatch(/^It is evident/);
    expect(paragraphsOf(doc).at(-1)).toMatch(/^In sum, the current positions/);
    expect(doc.meta).toEqual({ title: null, source: null, published: null });
    expect(doc.messages.filter((message) => message.ruleId === "clean/dedupe")).toHaveLength(7);
    expectWellFormedMessages(doc);
  });

  it("002: drops captions, credits, the reprint line and the ad notice but keeps every article paragraph", () => {
    const { raw, doc } = bundled("002_2fde7dd89c83af88");
    expect(doc.text).not.toMatch(/Credit\p{Lu}|Getty Images|Associated Press|Shutterstock/u);
    expect(doc.text).not.toMatch(/block ads|A version of this article|Order Reprints|reported from Moscow, and/u);
    expect(doc.text).not.toMatch(/^News Analysis$/mu);
    const chrome = /Credit\p{Lu}|^News Analysis$|block ads|^A version of this article|reported from Moscow, and Neil/u;
    const articleParagraphs = raw.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !chrome.test(line));
    expect(articleParagraphs).toHaveLength(37);
    expect(paragraphsOf(doc)).toEqual(articleParagraphs);
    expect(doc.meta).toEqual({ title: "Just Sitting Down With Trump, Putin Comes Out Ahead", source: "The New York Times", published: null });
    expectWellFormedMessages(doc);
  });

  it("003: reads the date from the byline and keeps the editor's note", () => {
    const { doc } = bundled("003_2f742e25d7684a9a");
    expect(doc.meta).toEqual({
      title: "Russian-U.S. Relations: Opportunities and Obstacles for Trump and Putin",
      source: null,
      published: "2017-05-22",
    });
    expect(doc.text).not.toContain("By Richard Weitz");
    expect(doc.text).toContain("Editor’s Note: There is probably no issue more in play");
    expect(doc.text).not.toMatch(/\n{3,}| \n|\n /u);
    expectWellFormedMessages(doc);
  });

  it("004: reads the date line and keeps each line as a paragraph", () => {
    const { raw, doc } = bundled("004_4451edbd5d53e330");
    expect(doc.meta).toEqual({ title: "International Consequences of the Trump-Putin Meeting in Helsinki", source: null, published: "2018-07-17" });
    expect(paragraphsOf(doc)).toEqual(raw.split("\n").map((line) => line.trim()).filter((line) => line !== "" && line !== "17.07.2018"));
    expectWellFormedMessages(doc);
  });
});
