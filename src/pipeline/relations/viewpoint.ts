// "From Putin’s vantage point, European leaders … appear to be more reliable": what the rest of the sentence says
// things look like is how they look to the actor whose point of view opens it.
import type { Relation } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import type { PhraseIndex } from "../knowledge/phrase-index.ts";
import { isPossessiveMark } from "../nlp/marks.ts";
import { evaluationOf, type Candidate } from "./rules.ts";
import type { SentenceView, Slot } from "./sentence-view.ts";

/** How far after its linking verb an evaluating word may stand ("appear to be more reliable"). */
const EVALUATION_REACH = 5;

export function viewpointRule(view: SentenceView, text: string, head: number, k: Knowledge): Candidate[] {
  const cue = k.cues.viewpoints;
  const holder = head === 0 && view.normal(0) === "from" ? view.slotAt(1) : undefined;
  if (holder?.label !== "Actor") return [];
  const comma = viewpointEnd(view, text, holder, k.cueIndex.viewpoints);
  if (comma === undefined) return [];
  const found: Candidate[] = [];
  for (let verb = comma + 1; verb < view.tokens.length; verb++) {
    if (!cue.verbs.includes(view.tokens[verb]!.lemma) || !["VERB", "AUX"].includes(view.tokens[verb]!.pos)) continue;
    const from = Math.max(comma + 1, view.clauseStart(verb));
    const seen = view.slots.find((s) => s.label === "Actor" && s.from >= from && s.to <= verb && s.entity !== holder.entity);
    const relation = seen && evaluationAfter(view, verb, k);
    if (seen && relation) found.push({ subject: holder, relation, object: seen, issue: null, confidence: cue.confidence, rule: "relations/viewpoint", explicit: true });
  }
  return found;
}

/** The comma closing "From Putin’s vantage point,": after the possessor's mark, describing words and a viewpoint noun. */
function viewpointEnd(view: SentenceView, text: string, holder: Slot, nouns: PhraseIndex<string>): number | undefined {
  let at = isPossessiveMark(view.normal(holder.to)) ? holder.to + 1 : holder.to;
  while (view.tokens[at]?.pos === "ADJ") at++;
  const noun = nouns.match(view.tokens, text, at);
  return noun && view.normal(at + noun.length) === "," ? at + noun.length : undefined;
}

/** "look stubborn", "appear to be more reliable": the first evaluating word after a linking verb, over its complements. */
function evaluationAfter(view: SentenceView, verb: number, k: Knowledge): Relation | undefined {
  for (let at = verb + 1; at < Math.min(view.tokens.length, verb + EVALUATION_REACH + 1); at++) {
    const word = view.tokens[at]!;
    const relation = evaluationOf(word, k.cues.characterisation);
    if (relation) return relation;
    if (!["ADV", "PART", "AUX", "ADJ", "DET"].includes(word.pos)) return undefined;
  }
  return undefined;
}
