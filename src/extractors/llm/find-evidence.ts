// Finds the model's quote inside the sentence it cites and returns its offsets into the article text.
// The evidence kept is always text.slice(start, end); a quote that is not there is not evidence.
import type { Span } from "../../model/index.ts";

/** Fewer words than this cannot show a relation between two participants ("the", "Congress"). */
const MIN_WORDS = 2;

export type EvidenceSearch = { span: Span } | { span: null; ruleId: "llm/evidence-too-short" | "llm/evidence-not-found"; reason: string };

/**
 * Looks for the quote in text[sentence.start, sentence.end): verbatim first, then allowing the two liberties models
 * routinely take when copying, a different run of whitespace and straight for typographic quotes. Nothing else.
 */
export function findEvidence(text: string, sentence: Span, quote: string): EvidenceSearch {
  const wanted = quote.trim();
  if (wanted.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < MIN_WORDS) {
    return { span: null, ruleId: "llm/evidence-too-short", reason: `the evidence "${wanted}" is too short to show a claim` };
  }
  const haystack = text.slice(sentence.start, sentence.end);
  const exact = haystack.indexOf(wanted);
  if (exact >= 0) return { span: { start: sentence.start + exact, end: sentence.start + exact + wanted.length } };
  const loose = new RegExp(wanted.split(/\s+/).map(looseWord).join("\\s+"), "u").exec(haystack);
  if (loose) return { span: { start: sentence.start + loose.index, end: sentence.start + loose.index + loose[0].length } };
  return { span: null, ruleId: "llm/evidence-not-found", reason: `the evidence "${shorten(wanted)}" is not in the sentence it cites` };
}

function looseWord(word: string): string {
  return [...word]
    .map((ch) => {
      if (/['‘’`]/.test(ch)) return "['‘’`]";
      if (/["“”]/.test(ch)) return '["“”]';
      return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
}

function shorten(quote: string): string {
  const flat = quote.replace(/\s+/g, " ");
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}
