// Pipeline stage: split the cleaned text into paragraphs, then sentences of tokens, all with offsets.
// Paragraphs are split first so headings and bylines never run into the sentence that follows.
import type { ArticleDoc, Sentence } from "../model/index.ts";
import { tokenizeSentences } from "./nlp/wink.ts";

export function segment(doc: ArticleDoc): ArticleDoc {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs(doc.text)) {
    for (const sentence of tokenizeSentences(doc.text, paragraph.start, paragraph.end)) {
      sentences.push({ index: sentences.length, ...sentence });
    }
  }
  return { ...doc, data: { ...doc.data, sentences } };
}

/** Non-blank lines; the clean stage keeps one paragraph per line group, so a line break ends a sentence. */
function paragraphs(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const leading = match[0].length - match[0].trimStart().length;
    const trimmed = match[0].trim();
    if (trimmed) found.push({ start: match.index + leading, end: match.index + leading + trimmed.length });
  }
  return found;
}
