// Punctuation the stages read as grammar, as wink tokenises it: possessive marks, joining hyphens, quotation marks.
import type { Token } from "../../model/index.ts";

/** "Russia’s", "the Houthis’": what wink splits off a possessor. */
const POSSESSIVE_MARKS = new Set(["’s", "'s", "’", "'"]);

export function isPossessiveMark(normal: string): boolean {
  return POSSESSIVE_MARKS.has(normal);
}

/** A hyphen token with no space on either side ("Ben-Ami", "Moscow-led"), not a dash set apart by spaces. */
export function joinedHyphen(tokens: readonly Token[], at: number): boolean {
  const [before, hyphen, after] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  return !!before && !!after && hyphen?.normal === "-" && before.end === hyphen.start && hyphen.end === after.start;
}

/** Curly quotation marks open or close; a straight one does either. */
export const OPENING_QUOTES = new Set(["“", "\""]);
export const CLOSING_QUOTES = new Set(["”", "\""]);
const QUOTE_MARKS = new Set([...OPENING_QUOTES, ...CLOSING_QUOTES, "‘", "’", "'"]);

export function isQuoteMark(normal: string): boolean {
  return QUOTE_MARKS.has(normal);
}

/** Whether the text after a token stands inside a quotation, given whether the text before it did. */
export function quotedAfter(normal: string, quoted: boolean): boolean {
  if (normal === "“") return true;
  if (normal === "”") return false;
  return normal === "\"" ? !quoted : quoted;
}
