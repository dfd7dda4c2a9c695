// "focus on counterterrorism, as the President would wish, or on …": an aside saying whose wish the phrase
// before it is makes that actor support it.
import type { Knowledge } from "../knowledge/compile.ts";
import type { Candidate } from "./rules.ts";
import type { SentenceView } from "./sentence-view.ts";

export function wishAsideRule(view: SentenceView, _text: string, head: number, k: Knowledge): Candidate[] {
  const cue = k.cues.wishAsides;
  if (view.normal(head) !== "as" || view.normal(head - 1) !== ",") return [];
  const wisher = view.slotAt(head + 1) ?? view.slotAt(head + 2);
  if (wisher?.label !== "Actor") return [];
  let verb = wisher.to;
  while (["AUX", "ADV", "PART"].includes(view.tokens[verb]?.pos ?? "")) verb++;
  if (!cue.verbs.includes(view.tokens[verb]?.lemma ?? "")) return [];
  const wished = view.slotAt(head - 2);
  if (!wished || wished.entity === wisher.entity) return [];
  return [{ subject: wisher, relation: "SUPPORTS", object: wished, issue: null, confidence: cue.confidence, rule: `relations/wish-aside:${view.tokens[verb]!.lemma}`, explicit: true }];
}
