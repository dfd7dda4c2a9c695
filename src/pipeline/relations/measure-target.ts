// "US anti-Russian sanctions announced in April included RUSAL", "backed sanctions on Russia": a punitive measure
// that names its target puts whoever imposes or backs it against that target, on the measure.
import type { Knowledge } from "../knowledge/compile.ts";
import type { Candidate } from "./rules.ts";
import { actorNamedWithin } from "./named-actor.ts";
import type { SentenceView, Slot } from "./sentence-view.ts";

/** How far after the measure its verb may stand ("sanctions announced in April included …"). */
const VERB_REACH = 6;

export function measureTargetRule(view: SentenceView, text: string, head: number, k: Knowledge): Candidate[] {
  const cue = k.cues.measureTargets;
  const measure = view.slotAt(head);
  if (measure?.label !== "Issue" || measure.from !== head || !cue.issues.includes(measure.entity)) return [];
  const imposer = view.slotAt(head - 1) ?? view.possessorOf(head) ?? actorNamedWithin(view, text, measure.from, measure.to, k);
  if (imposer?.label !== "Actor") return [];
  for (let at = measure.to; at < Math.min(view.tokens.length, measure.to + VERB_REACH); at++) {
    const token = view.tokens[at]!;
    if (token.pos === "PUNCT" || view.slotAt(at)) return [];
    if (token.pos !== "VERB" || !cue.verbs.includes(token.lemma)) continue;
    let next = at + 1;
    while (view.tokens[next]?.pos === "DET") next++;
    const target = view.slotAt(next);
    if (target?.label !== "Actor" || target.entity === imposer.entity) return [];
    return view
      .withCoordinated(target, "right")
      .map((object) => ({ subject: imposer, relation: "OPPOSES", object, issue: measure.entity, confidence: cue.confidence, rule: `relations/measure-target:${token.lemma}`, explicit: true }));
  }
  return [];
}


/** "sanctions on North Korea", "tariffs against China": the target a punitive measure names, after it or in its own words. */
function measureTargetNamed(view: SentenceView, text: string, measure: Slot, clauseEnd: number, k: Knowledge): Slot | undefined {
  if (measure.label !== "Issue" || !k.cues.measureTargets.issues.includes(measure.entity)) return undefined;
  for (let at = measure.from + 1; at <= measure.to; at++) {
    if (!["on", "against"].includes(view.normal(at))) continue;
    const target = at < measure.to ? actorNamedWithin(view, text, at + 1, measure.to, k) : (view.slotAt(at + 1) ?? view.slotAt(at + 2));
    return target?.label === "Actor" && target.to <= clauseEnd ? target : undefined;
  }
  return undefined;
}

/**
 * "backed sanctions on Russia", "voiced support for tariffs against China": to support a punitive measure is to oppose
 * its target, on that measure. The claims one found claim adds.
 */
export function targetOfBacked(view: SentenceView, text: string, found: Candidate, clauseEnd: number, k: Knowledge): Candidate[] {
  const target = found.relation === "SUPPORTS" ? measureTargetNamed(view, text, found.object, clauseEnd, k) : undefined;
  if (!target) return [];
  return view
    .withCoordinated(target, "right")
    .filter((object) => object.entity !== found.subject.entity)
    .map((object) => ({ ...found, relation: "OPPOSES", object, issue: found.object.entity, rule: `${found.rule}:measure-target` }));
}
