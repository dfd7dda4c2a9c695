// "send Moscow a disapproving signal", "gave Kyiv a reassuring message", "give Trump some quick wins": a message
// or a favour sent to an actor, with an evaluating word in it, says where the sender stands with the recipient.
import type { Relation } from "../../model/index.ts";
import type { Predicate } from "./predicate.ts";
import { evaluationOf, type Candidate, type RuleContext } from "./rules.ts";

/** How many words may stand between the recipient and the message's noun ("a clear and disapproving signal"). */
const MESSAGE_REACH = 5;
/** What may stand in the message's phrase before its noun; participles evaluate too ("disapproving"). */
const MESSAGE_POS = new Set(["DET", "ADJ", "ADV", "CCONJ", "VERB"]);

export function signalRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const { view } = ctx;
  const cue = ctx.cues.signals;
  if (!cue.verbs.includes(view.tokens[p.head]!.lemma) || p.passive || p.subject?.label !== "Actor") return [];
  const recipient = view.slotAt(p.head + 1);
  if (recipient?.label !== "Actor" || recipient.entity === p.subject.entity) return [];
  let relation: Relation | undefined;
  for (let at = recipient.to; at < Math.min(view.tokens.length, recipient.to + MESSAGE_REACH); at++) {
    const word = view.tokens[at]!;
    // "a warning", "quick wins" evaluate by themselves.
    relation = evaluationOf(word, cue) ?? relation;
    if (cue.nouns.includes(word.lemma)) {
      return relation ? [{ subject: p.subject, relation, object: recipient, issue: null, confidence: cue.confidence, rule: `relations/signal:${word.lemma}`, explicit: true }] : [];
    }
    if (!MESSAGE_POS.has(word.pos)) return [];
  }
  return [];
}
