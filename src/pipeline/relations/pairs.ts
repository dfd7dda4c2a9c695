// Relations between two sides named around a relation noun: "deteriorating US — Chinese relations",
// "the Chinese-North Korean reconciliation", "the confrontation between Russia and the West" — both ways.
import type { Relation } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import { phraseCueAt } from "../knowledge/cue-index.ts";
import { actorNamedAt } from "./named-actor.ts";
import type { Candidate } from "./rules.ts";
import type { SentenceView, Slot } from "./sentence-view.ts";

const SEPARATORS = new Set(["-", "—", "–", "/"]);

export function pairRule(view: SentenceView, text: string, head: number, k: Knowledge): Candidate[] {
  const cue = k.cues.pairs;
  const noun = view.tokens[head]!;
  if (!(noun.normal in cue.nouns) || noun.pos !== "NOUN") return [];
  // "a shared Orbán-Erdogan hostility toward the EU": aimed at a third party, the two share a position (the noun rule's).
  if (phraseCueAt(k.cueIndex.nouns, noun, view.normal(head + 1))) return [];
  const sides = sidesBefore(view, text, head, k) ?? sidesBetween(view, text, head, k);
  if (!sides || wantedOrFeared(view, sides.from)) return [];
  const relation = cue.nouns[noun.normal] ?? modifierRelation(view, head, sides.from, k);
  if (!relation) return [];
  const [a, b] = sides.slots;
  const rule = `relations/pair:${noun.normal}`;
  return [
    { subject: a, relation, object: b, issue: null, confidence: cue.confidence, rule, explicit: true },
    { subject: b, relation, object: a, issue: null, confidence: cue.confidence, rule, explicit: true },
  ];
}

/**
 * "opposition to Japanese-Russian reconciliation", "forces hostile to Russian-U.S. reconciliation", "the possibilities
 * for …": a pair phrase after such a preposition names what someone wants or fears, not what is.
 */
function wantedOrFeared(view: SentenceView, from: number): boolean {
  let at = from - 1;
  while (["DET", "ADJ"].includes(view.tokens[at]?.pos ?? "")) at--;
  return STANCE_PREPOSITIONS.has(view.normal(at));
}

const STANCE_PREPOSITIONS = new Set(["to", "for", "against", "toward", "towards"]);

/**
 * The actor named at token `at`: its mention, else a dictionary alias or demonym read from the words, since a
 * dictionary issue may span the whole phrase ("the confrontation between Russia and the West").
 */
function sideAt(view: SentenceView, text: string, at: number, k: Knowledge): Slot | undefined {
  const slot = view.slotAt(at);
  return slot?.label === "Actor" ? slot : actorNamedAt(view, text, at, k);
}

/** "US — Chinese", "Sino-American": two actors joined by a dash right before the noun. */
function sidesBefore(view: SentenceView, text: string, head: number, k: Knowledge): { slots: [Slot, Slot]; from: number } | undefined {
  const found: Slot[] = [];
  for (let at = Math.max(0, head - 7); at < head; at++) {
    const side = sideAt(view, text, at, k);
    if (!side || side.to > head) continue;
    found.push(side);
    at = side.to - 1;
  }
  for (let i = found.length - 1; i > 0; i--) {
    const [left, right] = [found[i - 1]!, found[i]!];
    const joined = right.from === left.to + 1 && SEPARATORS.has(view.normal(left.to));
    const adjacent = view.tokens.slice(right.to, head).every((t) => t.pos === "NOUN" || t.pos === "ADJ");
    if (joined && adjacent && left.entity !== right.entity) return { slots: [left, right], from: left.from };
  }
  return undefined;
}

/** "the confrontation between Russia and the West". */
function sidesBetween(view: SentenceView, text: string, head: number, k: Knowledge): { slots: [Slot, Slot]; from: number } | undefined {
  if (view.normal(head + 1) !== "between") return undefined;
  const first = sideAt(view, text, head + 2, k) ?? sideAt(view, text, head + 3, k);
  if (!first || view.normal(first.to) !== "and") return undefined;
  const second = sideAt(view, text, first.to + 1, k) ?? sideAt(view, text, first.to + 2, k);
  return second && second.entity !== first.entity ? { slots: [first, second], from: head } : undefined;
}

/** "deteriorating relations", "closer ties": a modifier in front says which way a neutral noun leans. */
function modifierRelation(view: SentenceView, head: number, from: number, k: Knowledge): Relation | undefined {
  for (let at = from - 1; at >= Math.max(0, from - 3); at--) {
    const relation = k.cues.pairs.modifiers[view.normal(at)];
    if (relation) return relation;
  }
  return undefined;
}
