// Stage 2: decoded text to the clean article every later stage reads: format syntax, mojibake, site chrome
// and repeats removed, whitespace normalised, metadata read. Pure and deterministic; every change is a message.
import type { ArticleDoc, ArticleMeta, Message } from "../model/document.ts";
import { stripChrome } from "./clean/chrome.ts";
import { findDuplicates } from "./clean/dedupe.ts";
import { htmlToText } from "./clean/html.ts";
import { markdownToText } from "./clean/markdown.ts";
import { readMeta } from "./clean/meta.ts";
import { repairMojibake } from "./clean/mojibake.ts";
import { assemble } from "./clean/paragraphs.ts";
import { splitParagraphs } from "./clean/whitespace.ts";

export interface CleanInput {
  id: string;
  path: string;
  text: string;
  format: "text" | "markdown" | "html";
}

export function clean(input: CleanInput): ArticleDoc {
  const body = plainText(input);
  // Only plain text can be hard-wrapped: HTML and markdown arrive with their paragraphs already joined.
  const paragraphs = splitParagraphs(body.text, input.format === "text").map(repairMojibake);
  const texts = paragraphs.map((paragraph) => paragraph.text);
  const chrome = stripChrome(texts);
  const removed = new Set(chrome.removals.flatMap((removal) => removal.indices));
  const duplicates = findDuplicates(texts, removed);
  for (const removal of duplicates) removal.indices.forEach((index) => removed.add(index));

  const { text, messages } = assemble(paragraphs, [...chrome.removals, ...duplicates]);
  const kept = texts.filter((_, index) => !removed.has(index));
  return {
    id: input.id,
    path: input.path,
    text,
    meta: readMeta(kept, chrome.captures, body.page),
    data: {},
    messages: [...body.messages, ...messages],
  };
}

function plainText(input: CleanInput): { text: string; page: Partial<ArticleMeta>; messages: Message[] } {
  if (input.format === "html") return htmlToText(input.text);
  if (input.format === "markdown") return markdownToText(input.text);
  return { text: input.text, page: {}, messages: [] };
}
