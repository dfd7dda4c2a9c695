// "called for a return to the talks rather than new sanctions": the phrase set against a position's object
// takes the opposite position. Contrast markers come from data/lexicon/cues.json.
import type { Relation } from "../../model/index.ts";
import type { PhraseIndex } from "../knowledge/phrase-index.ts";
import type { Candidate } from "./rules.ts";
import type { SentenceView, Slot } from "./sentence-view.ts";

const OPPOSITE: Partial<Record<Relation, Relation>> = { SUPPORTS: "OPPOSES", OPPOSES: "SUPPORTS" };
const PHRASE_OPENERS = new Set(["DET", "ADJ", "ADV", "NUM"]);

/** The claims a contrast adds to one found claim: none, unless its object is followed by "rather than X". */
export function contrasted(view: SentenceView, text: string, found: Candidate, markers: PhraseIndex<string>): Candidate[] {
  const relation = OPPOSITE[found.relation];
  const against = relation && setAgainst(view, text, found.object, markers);
  if (!relation || !against || against.label !== found.object.label) return [];
  return [{ ...found, relation, object: against, rule: `${found.rule}:contrast`, confidence: found.confidence * 0.9 }];
}

/** The slot right after "rather than" / "instead of" that follows an object; a verb there contrasts acts, not objects. */
function setAgainst(view: SentenceView, text: string, object: Slot, markers: PhraseIndex<string>): Slot | undefined {
  let at = object.to;
  if (view.normal(at) === ",") at++;
  const marker = markers.match(view.tokens, text, at);
  if (!marker) return undefined;
  at += marker.length;
  while (PHRASE_OPENERS.has(view.tokens[at]?.pos ?? "") && !view.slotAt(at)) at++;
  const slot = view.slotAt(at);
  return slot && slot.from === at ? slot : undefined;
}

/** The longest contrast marker. */
const MARKER_REACH = 3;

/** "should negotiate rather than threaten it": a verb group right after a contrast marker is the alternative turned down. */
export function turnedDown(view: SentenceView, text: string, groupStart: number, markers: PhraseIndex<string>): boolean {
  // Markers end in a preposition ("than", "of"): nothing else before the group can close one.
  if (view.tokens[groupStart - 1]?.pos !== "ADP") return false;
  for (let start = Math.max(0, groupStart - MARKER_REACH); start < groupStart; start++) {
    if (markers.match(view.tokens, text, start)?.length === groupStart - start) return true;
  }
  return false;
}
