// Markdown to plain text: the words stay, the syntax goes (heading marks, emphasis, links, images, code).
// Soft-wrapped lines are re-joined; headings and list items become paragraphs of their own.
import type { ArticleMeta, Message } from "../../model/document.ts";
import { message } from "./paragraphs.ts";

const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[`~]*[ \t]*(?=\n|$)|$)/gm;
const COMMENT = /<!--[\s\S]*?-->/g;

const ATX_HEADING = /^ {0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/;
const QUOTE = /^ {0,3}(?:>\s?)+/;
const BULLET = /^\s*[-*+]\s+/;
/** Where escaped ASCII characters wait while inline syntax is stripped. */
const ESCAPED = 0xe000;
const NUMBERED = /^\s*\d{1,9}[.)]\s+/;

/** Front-matter keys that carry metadata, by the field they fill. */
const FRONT_MATTER_KEYS: Record<keyof ArticleMeta, string[]> = {
  title: ["title"],
  source: ["source", "site", "publication", "outlet"],
  published: ["date", "published", "publishdate", "pubdate"],
};

export function markdownToText(markdown: string): { text: string; page: Partial<ArticleMeta>; messages: Message[] } {
  const messages: Message[] = [];
  let body = markdown.replace(/\r\n?/g, "\n");
  const front = FRONT_MATTER.exec(body);
  const page = front ? frontMatter(front[1] ?? "") : {};
  if (front) body = body.slice(front[0].length);
  body = body.replace(FENCE, (block) => {
    messages.push(message(`removed a code block: ${block.split("\n")[1]?.trim().slice(0, 40) ?? ""}`, "clean/markdown:code"));
    return "";
  });
  body = body.replace(COMMENT, "");
  const text = paragraphs(body.split("\n"))
    .map(inline)
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
  return { text, page, messages };
}

/** Groups lines into paragraphs: blank lines separate them, headings and list items stand alone. */
function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) out.push(current.join(" "));
    current = [];
  };
  for (const [index, raw] of lines.entries()) {
    const next = lines[index + 1] ?? "";
    // A setext underline was consumed with the heading above it; rules and link definitions carry no words.
    if (raw.trim() === "" || REFERENCE.test(raw) || RULE.test(raw) || SETEXT_UNDERLINE.test(raw)) {
      flush();
      continue;
    }
    const line = raw.replace(QUOTE, "");
    const heading = ATX_HEADING.exec(line);
    if (heading || SETEXT_UNDERLINE.test(next)) {
      flush();
      current.push((heading?.[1] ?? line).trim());
      flush();
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      flush();
      current.push(line.replace(BULLET, "").trim());
    } else {
      current.push(line.trim());
    }
  }
  flush();
  return out.filter((paragraph) => paragraph !== "");
}

/**
 * Inline syntax to its words: images vanish, links keep their text, emphasis and code lose their marks.
 * Backslash-escaped characters are parked in the private use area meanwhile, so "\\*" is never emphasis.
 */
function inline(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, char: string) => String.fromCharCode(ESCAPED + char.charCodeAt(0)))
    .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1")
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/ {2,}/g, " ")
    .replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPED))
    .trim();
}

function frontMatter(yaml: string): Partial<ArticleMeta> {
  const values = new Map<string, string>();
  for (const line of yaml.split("\n")) {
    const pair = /^([A-Za-z_]+)\s*:\s*(.+?)\s*$/.exec(line);
    if (pair?.[1] && pair[2]) values.set(pair[1].toLowerCase(), pair[2].replace(/^(["'])(.*)\1$/, "$2"));
  }
  const pick = (field: keyof ArticleMeta) => FRONT_MATTER_KEYS[field].map((key) => values.get(key)).find(Boolean) ?? null;
  return { title: pick("title"), source: pick("source"), published: pick("published") };
}
