// Token tests shared by the mention finders: what looks like part of a name, an initial, a pronoun.

import type { Token } from "../../model/index.ts";
import { joinedHyphen } from "../nlp/marks.ts";

/** Capitalised words that start sentences or name dates, never people. */
const NOT_NAMES = new Set([
  "the", "a", "an", "this", "that", "these", "those", "it", "in", "on", "at", "but", "and", "or", "if", "as", "for",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "god",
]);

/** What a pronoun can stand for: a person, a plural (a group or a coordination), a body ("its"), or a quote's speaker ("we"). */
export const PERSONAL_PRONOUNS: Record<string, "singular" | "plural" | "neuter" | "speaker"> = {
  he: "singular", him: "singular", his: "singular", she: "singular", her: "singular",
  they: "plural", them: "plural", their: "plural", its: "neuter", it: "neuter",
  we: "speaker", us: "speaker", our: "speaker",
};

/** Determiners that only ever name a possessor ("its annexation"); "his" and "her" are possessive before a noun. */
export const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our"]);

export function surfaceOf(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

/** A capitalised proper-noun-like token that can be part of a personal name. */
export function isNamePart(text: string, token: Token): boolean {
  const surface = surfaceOf(text, token);
  if (!/^\p{Lu}[\p{L}'’-]*\.?$/u.test(surface)) return false;
  if (NOT_NAMES.has(token.normal)) return false;
  return token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ" || isInitial(surface);
}

export function isInitial(surface: string): boolean {
  return /^\p{Lu}\.$/u.test(surface);
}

/** The text tokens [from, to) cover, spaced as in the article ("Ben-Ami" stays one word). */
export function spanText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\s+/g, " ");
}

/** Length in tokens of the run of name parts starting at `at` (at most `max` parts; "Ben-Ami" is one part). */
export function nameRunLength(text: string, tokens: readonly Token[], at: number, max = 4): number {
  let length = 0;
  for (let parts = 0; parts < max && at + length < tokens.length && isNamePart(text, tokens[at + length]!); parts++) {
    length++;
    // A hyphen with no space on either side joins two parts into one ("Yael Ben-Ami").
    while (joinedHyphen(tokens, at + length) && isNamePart(text, tokens[at + length + 1]!)) length += 2;
  }
  // A name does not end on an initial ("John F." is cut back to "John").
  while (length > 0 && isInitial(surfaceOf(text, tokens[at + length - 1]!))) length--;
  return length;
}

/** The name without initials, for ids and matching ("Aleksei A. Venediktov" -> "Aleksei Venediktov"). */
export function nameKey(name: string): string {
  return name
    .split(/\s+/)
    .filter((part) => !isInitial(part))
    .join(" ")
    .toLowerCase();
}

/** Words that may join the capitalised words of one organisation's name ("Confederation of Production and Commerce"). */
const NAME_CONNECTORS = new Set(["of", "for", "and", "on", "at"]);

/**
 * One past the last capitalised word of a name that starts at `at` and may run over connectors, or null when
 * there is no such name. It never ends on a connector ("the Society for Civil Rights and" stops at "Rights").
 */
export function organisationNameEnd(text: string, tokens: readonly Token[], at: number): number | null {
  if (!tokens[at] || !isNamePart(text, tokens[at]!)) return null;
  let end = at;
  let lastCapital = at;
  while (end < tokens.length) {
    const token = tokens[end]!;
    if (isNamePart(text, token)) lastCapital = end;
    else if (!NAME_CONNECTORS.has(token.normal) || end === at) break;
    end++;
  }
  return lastCapital + 1;
}

/** Whether token `at` continues a name begun before it ("Commerce" in "Production and Commerce"). */
export function continuesName(text: string, tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before) return false;
  if (isNamePart(text, before)) return true;
  return NAME_CONNECTORS.has(before.normal) && !!tokens[at - 2] && isNamePart(text, tokens[at - 2]!);
}
