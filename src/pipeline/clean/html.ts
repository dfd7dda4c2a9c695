// HTML to article text: Readability finds the article body in the page (jsdom parses; no script runs,
// nothing is fetched), and the body's blocks become paragraphs of plain text.
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import type { ArticleMeta, Message } from "../../model/document.ts";
import { excerpt, message } from "./paragraphs.ts";

/** Elements whose content is never article text. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "CANVAS", "BUTTON", "SELECT", "TEXTAREA", "HEAD"]);
/** Page furniture dropped when Readability finds no article and the whole body is read instead. */
const FURNITURE = "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]";
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P",
  "PRE", "SECTION", "SUMMARY", "TABLE", "TD", "TH", "TR", "UL",
]);

export function htmlToText(html: string): { text: string; page: Partial<ArticleMeta>; messages: Message[] } {
  // A silent console: jsdom reports unparsable CSS and the like, which is no concern of ours.
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
  const pageLength = collapse(document.body?.textContent ?? "").length;
  const article = new Readability<Element>(document.cloneNode(true) as Document, { serializer: (node) => node as Element }).parse();
  const root = article?.content ?? withoutFurniture(document);

  const messages: Message[] = [];
  for (const caption of root.querySelectorAll("figcaption")) {
    messages.push(message(`removed photo caption: ${excerpt(caption.textContent ?? "")}`, "clean/html:caption"));
    caption.remove();
  }
  const paragraphs = blockTexts(root);
  const source = article?.siteName?.trim() || null;
  const title = pageTitle(article?.title ?? document.title, source);
  // The headline opens the text, as it does in a plain-text article.
  if (title && paragraphs[0] !== title) paragraphs.unshift(title);

  const kept = paragraphs.join(" ").length;
  messages.unshift(
    message(
      article
        ? `kept the article body Readability found (${kept} of ${pageLength} characters of page text)`
        : "Readability found no article body; read the whole page without navigation, header and footer",
      "clean/html:readability",
    ),
  );
  return { text: paragraphs.join("\n\n"), page: { title, source, published: article?.publishedTime ?? null }, messages };
}

function withoutFurniture(document: Document): Element {
  const body = (document.body?.cloneNode(true) as Element | undefined) ?? document.createElement("body");
  for (const element of body.querySelectorAll(FURNITURE)) element.remove();
  return body;
}

/**
 * The text of each block, whitespace collapsed as a browser would; inline elements join their block.
 * One <br> breaks a line, often mid-sentence, so it is a space; two in a row separate paragraphs.
 */
function blockTexts(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = "";
  let afterBreak = false;
  const flush = () => {
    const text = collapse(current);
    if (text) paragraphs.push(text);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === node.TEXT_NODE) {
      current += node.nodeValue ?? "";
      if (/\S/.test(node.nodeValue ?? "")) afterBreak = false;
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const name = (node as Element).tagName;
    if (SKIP.has(name)) return;
    if (name === "BR") {
      if (afterBreak) flush();
      else current += " ";
      afterBreak = true;
      return;
    }
    afterBreak = false;
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

/** The page title without a trailing " | Site name" (Readability keeps it on short titles). */
function pageTitle(raw: string | null | undefined, site: string | null): string | null {
  let title = collapse(raw ?? "");
  if (site) {
    const suffix = new RegExp(`\\s*[|\\-–—:·•]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i");
    title = title.replace(suffix, "");
  }
  return title || null;
}

/** HTML whitespace only: a no-break space is the whitespace step's business. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, " ").replace(/^ | $/g, "");
}
