// The extraction pipeline: decode → clean → segment → mentions → resolve → relations.
// Each stage is a pure function over an ArticleDoc; reading files and writing output happen at the edges.
import type { ArticleDoc } from "../model/index.ts";
import { clean } from "./clean.ts";
import { decode } from "./decode.ts";
import type { Knowledge } from "./knowledge/compile.ts";
import { findMentions } from "./mentions/index.ts";
import { extractRelations } from "./relations/index.ts";
import { resolve } from "./resolve.ts";
import { segment } from "./segment.ts";

export interface ArticleInput {
  id: string;
  path: string;
  bytes: Uint8Array;
  hint?: "text" | "markdown" | "html";
}

/** Runs every stage on one article. Throws InputError for input that cannot be read as an article. */
export function extractArticle(input: ArticleInput, knowledge: Knowledge, options: { maxBytes?: number } = {}): ArticleDoc {
  const decoded = decode(input.bytes, { maxBytes: options.maxBytes, hint: input.hint });
  // Decoding tells HTML from text by content; only the file's extension says a text is markdown.
  const format = decoded.format === "text" && input.hint === "markdown" ? "markdown" : decoded.format;
  const cleaned = clean({ id: input.id, path: input.path, text: decoded.text, format });
  const withDecodeMessages: ArticleDoc = { ...cleaned, messages: [...decoded.messages, ...cleaned.messages] };
  return analyse(withDecodeMessages, knowledge);
}

/** The language stages alone, for text that is already clean (tests, the model-backed extractor). */
export function analyse(doc: ArticleDoc, knowledge: Knowledge): ArticleDoc {
  return extractRelations(resolve(findMentions(segment(doc), knowledge), knowledge), knowledge);
}
