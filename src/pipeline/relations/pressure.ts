// "The state media, under orders from the Kremlin, muted …", "Under pressure from Washington, Ankara agreed …":
// whoever presses or orders constrains the actor acting under it.
import type { Knowledge } from "../knowledge/compile.ts";
import type { Candidate } from "./rules.ts";
import type { SentenceView, Slot } from "./sentence-view.ts";

export function pressureRule(view: SentenceView, text: string, head: number, k: Knowledge): Candidate[] {
  const cue = k.cues.pressure;
  if (view.normal(head) !== "under" || !cue.nouns.includes(view.tokens[head + 1]?.lemma ?? "")) return [];
  if (!["from", "of", "by"].includes(view.normal(head + 2))) return [];
  let at = head + 3;
  while (view.tokens[at]?.pos === "DET" && !view.slotAt(at)) at++;
  const presser = view.slotAt(at);
  const pressed = pressedActor(view, head, presser);
  if (presser?.label !== "Actor" || !pressed || pressed.entity === presser.entity) return [];
  return [{ subject: presser, relation: "CONSTRAINS", object: pressed, issue: null, confidence: cue.confidence, rule: "relations/pressure", explicit: true }];
}

/** The actor right before the phrase (over a comma), else the first one after the phrase's closing comma. */
function pressedActor(view: SentenceView, head: number, presser: Slot | undefined): Slot | undefined {
  const before = view.slotAt(view.normal(head - 1) === "," ? head - 2 : head - 1);
  if (before?.label === "Actor") return before;
  if (!presser) return undefined;
  const comma = presser.to;
  const after = view.normal(comma) === "," ? view.slots.find((s) => s.from > comma && s.label === "Actor") : undefined;
  return after && after.from <= comma + 3 ? after : undefined;
}
