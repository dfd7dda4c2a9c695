// The unit the cleaning steps share: the article as a list of paragraphs, what each step removed,
// and notes with spans local to one paragraph, turned into document messages once the text is final.
import type { Message, Span } from "../../model/document.ts";

/** Paragraphs are separated by one blank line in the cleaned text. */
export const PARAGRAPH_BREAK = "\n\n";

/** A repair inside one paragraph; the span is relative to that paragraph's text. */
export interface Note {
  reason: string;
  ruleId: string;
  span: Span;
}

export interface Paragraph {
  text: string;
  notes: Note[];
}

/** Paragraphs a step drops, by index into the article's paragraph list. */
export interface Removal {
  indices: number[];
  ruleId: string;
  reason: string;
}

const SOURCE = "pipeline/clean";

/**
 * Joins the kept paragraphs and places every note and removal in the final text:
 * a removal gets an empty span where the removed paragraphs used to be.
 */
export function assemble(paragraphs: Paragraph[], removals: Removal[]): { text: string; messages: Message[] } {
  const removed = new Set(removals.flatMap((removal) => removal.indices));
  const starts: number[] = [];
  const placed: { at: number; order: number; message: Message }[] = [];
  let text = "";
  paragraphs.forEach((paragraph, index) => {
    if (removed.has(index)) return;
    if (text !== "") text += PARAGRAPH_BREAK;
    starts[index] = text.length;
    for (const note of paragraph.notes) {
      const span = { start: text.length + note.span.start, end: text.length + note.span.end };
      placed.push({ at: span.start, order: placed.length, message: message(note.reason, note.ruleId, span) });
    }
    text += paragraph.text;
  });
  for (const removal of removals) {
    const first = Math.min(...removal.indices);
    const next = starts.findIndex((start, index) => index > first && start !== undefined);
    const at = next === -1 ? text.length : (starts[next] ?? text.length);
    placed.push({ at, order: placed.length, message: message(removal.reason, removal.ruleId, { start: at, end: at }) });
  }
  placed.sort((a, b) => a.at - b.at || a.order - b.order);
  return { text, messages: placed.map((entry) => entry.message) };
}

export function message(reason: string, ruleId: string, span?: Span): Message {
  return span ? { reason, ruleId, source: SOURCE, fatal: false, span } : { reason, ruleId, source: SOURCE, fatal: false };
}

/** A short, one-line quotation of removed text for a message. */
export function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ").trim();
  return `"${line.length > max ? `${line.slice(0, max - 1)}…` : line}"`;
}
