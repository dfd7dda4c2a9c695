import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/pipeline/clean/html.ts";

const PARAGRAPHS = [
  "The two presidents met in Helsinki on Monday for talks that lasted more than two hours, aides said afterwards.",
  "They discussed Syria, Ukraine and arms control, and agreed that their experts would meet again within weeks.",
  "Critics in Washington said the president had conceded too much, while Moscow hailed the meeting as a success.",
  "Officials said the <script> tag came up in a briefing on election interference, to some laughter.",
];

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const PAGE = `<!doctype html>
<html><head>
  <title>Putin and Trump Meet in Helsinki | The Daily Planet</title>
  <meta property="og:site_name" content="The Daily Planet">
  <meta property="article:published_time" content="2018-07-16T19:00:00Z">
  <script>window.stolen = document.cookie;</script>
  <style>p { color: red }</style>
</head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  <header><a href="/subscribe">Subscribe now</a></header>
  <script>document.write("<p>INJECTED</p>")</script>
  <main><article>
    <h1>Putin and Trump Meet in Helsinki</h1>
    ${PARAGRAPHS.map((text) => `<p>${escape(text)}</p>`).join("\n    ")}
    <figure><img src="leaders.jpg" alt="The leaders"><figcaption>The leaders in Helsinki. Photo: Jane Doe/Reuters</figcaption></figure>
  </article></main>
  <footer><p>About us | Contact | Privacy policy</p><p>© 2018 The Daily Planet</p></footer>
  <script src="https://tracker.invalid/t.js"></script>
</body></html>`;

describe("html", () => {
  const result = htmlToText(PAGE);

  it("keeps the article paragraphs, each its own paragraph, headline first", () => {
    expect(result.text.split("\n\n")).toEqual(["Putin and Trump Meet in Helsinki", ...PARAGRAPHS]);
  });

  it("leaves navigation, header and footer out", () => {
    expect(result.text).not.toMatch(/Subscribe now|Privacy policy|Home|© 2018/);
  });

  it("never lets a script through, but keeps a literal <script> written in a paragraph", () => {
    expect(result.text).not.toMatch(/INJECTED|cookie|tracker|color: red/);
    expect(result.text).toContain("the <script> tag came up");
  });

  it("takes title, site name and date from the page, without the site suffix on the title", () => {
    expect(result.page).toEqual({ title: "Putin and Trump Meet in Helsinki", source: "The Daily Planet", published: "2018-07-16T19:00:00Z" });
  });

  it("drops photo captions and records each one", () => {
    expect(result.text).not.toMatch(/Jane Doe/);
    expect(result.messages.map((message) => message.ruleId)).toEqual(["clean/html:readability", "clean/html:caption"]);
    expect(result.messages[1]?.reason).toMatch(/The leaders in Helsinki/);
  });

  it("joins lines broken by one <br> and separates paragraphs broken by two", () => {
    const body = `<p>${PARAGRAPHS[0]}</p><p>The talks went on<br>into the evening.<br><br>A new paragraph began after two breaks, as old sites do.</p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p>`;
    const text = htmlToText(`<html><head><title>Talks</title></head><body><article>${body}</article></body></html>`).text;
    expect(text).toContain("\n\nThe talks went on into the evening.\n\nA new paragraph began after two breaks, as old sites do.\n\n");
  });

  it("reads a fragment without head or metadata", () => {
    const result = htmlToText(`<p>${PARAGRAPHS[0]}</p>\n<p>${PARAGRAPHS[1]}</p>`);
    expect(result.text).toBe(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
    expect(result.page).toEqual({ title: null, source: null, published: null });
  });

  it("does not run scripts that would change the text", () => {
    const page = `<html><body><article><p id="x">${PARAGRAPHS[0]}</p><script>document.getElementById("x").textContent = "CHANGED";</script></article></body></html>`;
    expect(htmlToText(page).text).toBe(PARAGRAPHS[0]);
  });
});
