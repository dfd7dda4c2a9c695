// Relations between two sides named around a relation noun: "deteriorating US — Chinese relations",
// "the Chinese-North Korean reconciliation", "the confrontation between Russia and the West" — both ways.
import type { Relation } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import type { Candidate } from "./rules.ts";
import type { SentenceView, Slot } from "./sentence-view.ts";

const SEPARATORS = new Set(["-", "—", "–", "/"]);

export function pairRule(view: SentenceView, text: string, head: number, k: Knowledge): Candidate[] {
  const cue = k.cues.pairs;
  const noun = view.tokens[head]!;
  if (!(noun.normal in cue.nouns) || noun.pos !== "NOUN") return [];
  const sides = sidesBefore(view, text, head, k) ?? sidesBetween(view, head);
  if (!sides) return [];
  const relation = cue.nouns[noun.normal] ?? modifierRelation(view, head, sides.from, k);
  if (!relation) return [];
  const [a, b] = sides.slots;
  const rule = `relations/pair:${noun.normal}`;
  return [
    { subject: a, relation, object: b, issue: null, confidence: cue.confidence, rule, explicit: true },
    { subject: b, relation, object: a, issue: null, confidence: cue.confidence, rule, explicit: true },
  ];
}

/** "US — Chinese", "Sino-American": two actors joined by a dash right before the noun. */
function sidesBefore(view: SentenceView, text: string, head: number, k: Knowledge): { slots: [Slot, Slot]; from: number } | undefined {
  const found: { id: string; at: number; end: number }[] = [];
  for (let at = Math.max(0, head - 7); at < head; at++) {
    const match = k.demonyms.match(view.tokens, text, at) ?? k.aliases.match(view.tokens, text, at);
    const id = match?.values[0];
    if (!match || !id || k.entities.get(id)?.label !== "Actor" || at + match.length > head) continue;
    found.push({ id, at, end: at + match.length });
    at += match.length - 1;
  }
  for (let i = found.length - 1; i > 0; i--) {
    const [left, right] = [found[i - 1]!, found[i]!];
    const joined = right.at === left.end + 1 && SEPARATORS.has(view.normal(left.end));
    const adjacent = view.tokens.slice(right.end, head).every((t) => t.pos === "NOUN" || t.pos === "ADJ");
    if (joined && adjacent && left.id !== right.id) return { slots: [sideSlot(left, k), sideSlot(right, k)], from: left.at };
  }
  return undefined;
}

/** "the confrontation between Russia and the West". */
function sidesBetween(view: SentenceView, head: number): { slots: [Slot, Slot]; from: number } | undefined {
  if (view.normal(head + 1) !== "between") return undefined;
  const first = view.slotAt(head + 2) ?? view.slotAt(head + 3);
  if (!first || first.label !== "Actor" || view.normal(first.to) !== "and") return undefined;
  const second = view.slotAt(first.to + 1) ?? view.slotAt(first.to + 2);
  return second && second.label === "Actor" && second.entity !== first.entity ? { slots: [first, second], from: head } : undefined;
}

/** "deteriorating relations", "closer ties": a modifier in front says which way a neutral noun leans. */
function modifierRelation(view: SentenceView, head: number, from: number, k: Knowledge): Relation | undefined {
  for (let at = from - 1; at >= Math.max(0, from - 3); at--) {
    const relation = k.cues.pairs.modifiers[view.normal(at)];
    if (relation) return relation;
  }
  return undefined;
}

function sideSlot(side: { id: string; at: number; end: number }, k: Knowledge): Slot {
  const entity = k.entities.get(side.id)!;
  return { entity: side.id, label: entity.label, kind: entity.kind, from: side.at, to: side.end, viaPronoun: false };
}
