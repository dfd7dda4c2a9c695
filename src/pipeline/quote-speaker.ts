// Who speaks a quotation: "“We oppose the deal,” said Ms. Ruiz", "“… our farmers,” she said", "Mr. Ruiz said: “We …”".
// Read from the tokens around the quotation marks; the speaker is a mention next to a verb of saying.
import type { Mention, Sentence, Token } from "../model/index.ts";
import { CLOSING_QUOTES, OPENING_QUOTES } from "./nlp/marks.ts";

/** The mention that speaks the quotation holding `inside`, or undefined when the text does not say. */
export function quoteSpeaker(sentences: Sentence[], inside: Mention, mentions: Mention[], reporting: readonly string[]): Mention | undefined {
  const tokens = sentences.slice(Math.max(0, inside.sentence - 3), inside.sentence + 4).flatMap((s) => s.tokens);
  const at = tokens.findIndex((t) => t.start === inside.start);
  const close = findFrom(tokens, at, 1, CLOSING_QUOTES);
  const open = findFrom(tokens, at, -1, OPENING_QUOTES);
  const says = (t: Token | undefined) => t !== undefined && reporting.includes(t.lemma);
  const mentionAt = (t: Token | undefined) => (t ? mentions.find((m) => m.start <= t.start && t.start < m.end && m !== inside) : undefined);
  if (close >= 0) {
    // "…,” said X" / "…,” X said"
    const after = tokens.slice(close + 1, close + 7);
    const verb = after.findIndex(says);
    if (verb === 0) return mentionAt(after.slice(1).find((t) => mentionAt(t)));
    if (verb > 0) return mentionAt(after[verb - 1]) ?? mentionAt(after.slice(0, verb).find((t) => mentionAt(t)));
  }
  if (open >= 0) {
    // "X said: “…" / "X said, “…"
    const before = tokens.slice(Math.max(0, open - 6), open);
    const verb = before.map(says).lastIndexOf(true);
    if (verb > 0) return mentionAt(before.slice(0, verb).reverse().find((t) => mentionAt(t)));
  }
  return undefined;
}

/** The index of the nearest token in `marks` from `at` going `step` ways, or -1. */
function findFrom(tokens: Token[], at: number, step: 1 | -1, marks: ReadonlySet<string>): number {
  for (let i = at + step; i >= 0 && i < tokens.length; i += step) if (marks.has(tokens[i]!.normal)) return i;
  return -1;
}
