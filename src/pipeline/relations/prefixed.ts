// "the anti-American diatribes by Russia’s news outlets", "Moscow’s pro-Western course": a stance a prefix puts on
// an actor's name or demonym is held by the phrase's owner, or by the agent after "by".
import type { Token } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import type { Candidate } from "./rules.ts";
import type { SentenceView, Slot } from "./sentence-view.ts";

export function prefixedRule(view: SentenceView, text: string, head: number, k: Knowledge): Candidate[] {
  const token = view.tokens[head]!;
  if (!token.normal.includes("-")) return [];
  const [prefix, rest] = token.normal.split(/-(.*)/s, 2);
  const relation = prefix !== undefined && rest ? k.cues.prefixes[prefix] : undefined;
  if (!relation || view.slotAt(head)) return [];
  const target = actorNamed(token, prefix!.length + 1, text, k);
  if (!target) return [];
  // The phrase the prefixed word modifies: "anti-American diatribes", "anti-Western propaganda" (an issue's name).
  let end = head + 1;
  while (["NOUN", "ADJ"].includes(view.tokens[end]?.pos ?? "") && !view.slotAt(end)) end++;
  const issue = view.slotAt(end)?.label === "Issue" ? view.slotAt(end) : undefined;
  if (issue) end = issue.to;
  if (end === head + 1) return [];
  const holder = view.possessorOf(head) ?? agentAfter(view, end);
  if (!holder || holder.label !== "Actor" || holder.entity === target.entity) return [];
  const object: Slot = { ...target, from: head, to: head + 1, viaPronoun: false };
  return [{ subject: holder, relation, object, issue: null, confidence: k.cues.compoundConfidence, rule: `relations/prefix:${prefix}`, explicit: true }];
}

/** The actor a word names after its prefix ("American" in "anti-American"), by demonym or alias. */
function actorNamed(token: Token, offset: number, text: string, k: Knowledge): Pick<Slot, "entity" | "label" | "kind"> | undefined {
  const named: Token = { ...token, start: token.start + offset, normal: token.normal.slice(offset), lemma: token.normal.slice(offset), pos: "PROPN" };
  const id = (k.demonyms.match([named], text, 0) ?? k.aliases.match([named], text, 0))?.values[0];
  const entity = id ? k.entities.get(id) : undefined;
  return entity?.label === "Actor" ? { entity: entity.id, label: entity.label, kind: entity.kind } : undefined;
}

/** "diatribes by Russia’s news outlets": the first slot after "by" right after the phrase. */
function agentAfter(view: SentenceView, end: number): Slot | undefined {
  if (view.normal(end) !== "by") return undefined;
  return view.slots.find((s) => s.from > end && s.from <= end + 2);
}
