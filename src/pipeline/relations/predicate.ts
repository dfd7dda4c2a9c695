// Verb groups: the auxiliaries, negation, hedges and voice around a main verb, and its subject.
// Subjects come from the clause, a relative clause's antecedent, or the previous predicate (coordination, control).
import type { CueFile } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import { turnedDown } from "./contrast.ts";
import { isPastParticiple } from "../nlp/participle.ts";
import type { SentenceView, Slot } from "./sentence-view.ts";

export interface Predicate {
  /** Index of the main verb (or noun/adjective cue) token. */
  head: number;
  /** First token of its verb group (auxiliaries, "to", negation). */
  groupStart: number;
  clauseStart: number;
  clauseEnd: number;
  negated: boolean;
  passive: boolean;
  /** Product of hedge multipliers that govern it (modals, "likely", "may", a conditional). */
  hedge: number;
  subject: Slot | undefined;
  /** How the subject was found; inferred subjects lower confidence. */
  subjectVia: "clause" | "antecedent" | "carried" | "none";
}

const GROUP_POS = new Set(["AUX", "PART", "ADV"]);

export function readPredicate(view: SentenceView, text: string, head: number, knowledge: Knowledge, previous: Predicate | undefined): Predicate {
  const { cues, cueIndex } = knowledge;
  let groupStart = head;
  while (groupStart > 0 && GROUP_POS.has(view.tokens[groupStart - 1]!.pos) && !view.slotAt(groupStart - 1)) groupStart--;
  const clauseStart = view.clauseStart(groupStart);
  const clauseEnd = view.clauseEnd(head);
  const group = view.tokens.slice(groupStart, head);
  const headToken = view.tokens[head]!;
  const passive = group.some((t) => t.lemma === "be" || t.lemma === "get") && isPastParticiple(headToken);
  const { negators, blockers } = cueIndex;
  // "refused to back", "failed to block": the negating verb sits just before the infinitive's "to".
  const governing = view.tokens.slice(Math.max(clauseStart, groupStart - 6), groupStart);
  const infinitive = view.normal(groupStart) === "to";
  const negated =
    barredFrom(view, groupStart, clauseStart, cueIndex.constrainingVerbs) ||
    // "should negotiate rather than threaten it": the alternative turned down is no position taken.
    turnedDown(view, text, groupStart, cueIndex.contrasts) ||
    // "divided over whether to focus on X or on strengthening Y": an open question asserts neither.
    openQuestion(view, clauseStart, groupStart) ||
    group.some((t) => negators.has(t.normal)) ||
    (infinitive && governing.some((t) => negators.has(t.lemma) || blockers.has(t.normal))) ||
    governedByBlocker(view, clauseStart, blockers);

  // "berating his allies and undercutting his host": a coordinated verb shares the previous verb's subject.
  const coordinatedVerb = ["and", "or", ","].includes(view.normal(groupStart - 1)) && previous?.clauseStart === clauseStart;
  // "for Donald Trump to lift": the slot before "to", after "for", is the infinitive's subject.
  const forSubject = infinitive && view.slotAt(groupStart - 1) && view.normal(view.slotAt(groupStart - 1)!.from - 1) === "for" ? view.slotAt(groupStart - 1) : undefined;
  // "prompted some Democrats to demand": a verb that moves someone to act lends its object to the infinitive.
  const moved = infinitive ? view.slotAt(groupStart - 1) : undefined;
  const movedSubject = moved && cues.causatives.includes(view.governingVerb(moved)?.lemma ?? "") ? moved : undefined;
  // "one cannot exclude Putin offering Trump …": a gerund right after a verb's object has that object as its subject.
  const before = view.slotAt(groupStart - 1);
  const gerundSubject = groupStart === head && headToken.normal.endsWith("ing") && before?.label === "Actor" && view.isVerbObject(before) ? before : undefined;
  const accused = accusedOf(view, groupStart, clauseStart, cues);
  let subject = forSubject ?? movedSubject ?? gerundSubject ?? accused ?? nounController(view, groupStart) ?? view.parentheticalAntecedent(groupStart) ?? (coordinatedVerb ? previous?.subject : undefined) ?? view.subjectBefore(groupStart, clauseStart, passive);
  let subjectVia: Predicate["subjectVia"] = subject ? (coordinatedVerb && !forSubject && !movedSubject ? "carried" : "clause") : "none";
  if (!subject && view.isRelative(clauseStart - 1)) {
    subject = antecedent(view, clauseStart - 1);
    if (subject) subjectVia = "antecedent";
  }
  // "backed the sanctions but opposed the pipeline": a clause opened by "but" right before its verb shares the subject before.
  const verbsOnly = view.tokens.slice(clauseStart, groupStart).every((t) => ["VERB", "AUX", "ADV", "PART"].includes(t.pos));
  if (!subject && verbsOnly && view.normal(clauseStart - 1) === "but") {
    subject = view.subjectBefore(clauseStart - 1, view.clauseStart(clauseStart - 2), false);
    if (subject) subjectVia = "carried";
  }
  // "wants to improve ties": the controller is the governing verb's subject; "efforts to isolate" has none here.
  const controlled = infinitive && view.tokens[groupStart - 1]?.pos !== "NOUN";
  // "would overrule it, and bureaucrats would find a way to sabotage it": another verb in between takes control.
  const governedByPrevious = previous !== undefined && previous.head < head && !view.tokens.slice(previous.head + 1, groupStart).some((t) => t.pos === "VERB");
  if (!subject && controlled && previous?.subject && governedByPrevious) {
    subject = previous.subject;
    subjectVia = "carried";
  }
  const hedge = hedgeFor(view, groupStart, head, clauseStart, cues) * (accused ? cues.accusationFactor : 1);
  return { head, groupStart, clauseStart, clauseEnd, negated, passive, hedge, subject, subjectVia };
}

/**
 * "the Obama administration’s policy of trying to contain Moscow", "Russia’s attempt to split NATO": a noun's
 * possessor does what the noun's infinitive or gerund complement says.
 */
function nounController(view: SentenceView, groupStart: number): Slot | undefined {
  let at = groupStart - 1;
  let linked = view.normal(groupStart) === "to";
  // Over "of", "to" and a verb of trying ("of trying to", "of seeking to").
  for (; at >= 0 && (["to", "of"].includes(view.normal(at)) || (view.tokens[at]!.pos === "VERB" && view.normal(at).endsWith("ing"))); at--) linked = true;
  if (!linked || view.tokens[at]?.pos !== "NOUN" || view.slotAt(at)) return undefined;
  // Only a possessor proper: in "pressed Berlin last year to preserve …" Berlin does not own the year.
  const possessor = view.possessorOf(at) ?? view.possessorOf(ownerOfComplement(view, at));
  return possessor && view.ownedPhraseStart(possessor) !== undefined ? possessor : undefined;
}

/**
 * "Russia’s dispatch of arms and soldiers": the noun an "of" complement ending at `last` belongs to (-1 if none). The
 * tagger may call that noun a verb ("dispatch"); a possessor before it still makes it a noun.
 */
function ownerOfComplement(view: SentenceView, last: number): number {
  let at = last;
  while (at > 0 && COMPLEMENT_POS.has(view.tokens[at]!.pos) && !view.slotAt(at)) at--;
  return view.normal(at) === "of" && ["NOUN", "VERB"].includes(view.tokens[at - 1]?.pos ?? "") ? at - 1 : -1;
}

const COMPLEMENT_POS = new Set(["NOUN", "ADJ", "DET", "NUM", "CCONJ"]);

/** "accused Hungary of backing Russia", "Iran, which the West accuses of arming …": the accused is the doer. */
function accusedOf(view: SentenceView, groupStart: number, clauseStart: number, cues: CueFile): Slot | undefined {
  if (view.normal(groupStart - 1) !== "of") return undefined;
  const accusation = (at: number) => view.tokens[at]?.pos === "VERB" && cues.accusations.includes(view.tokens[at]!.lemma);
  if (accusation(groupStart - 2)) return view.isRelative(clauseStart - 1) ? antecedent(view, clauseStart - 1) : undefined;
  const slot = view.slotAt(groupStart - 2);
  let before = slot ? slot.from - 1 : -1;
  while (before >= 0 && view.tokens[before]!.pos === "DET") before--;
  return slot && accusation(before) ? slot : undefined;
}

/** The slot a relative pronoun refers back to: the phrase right before it (over a comma), or the name an apposition there describes. */
export function antecedent(view: SentenceView, relative: number): Slot | undefined {
  // Right before the pronoun, over one comma: "a concession that …" has no entity as antecedent.
  const comma = view.normal(relative - 1) === ",";
  return view.slotAt(comma ? relative - 2 : relative - 1) ?? (comma ? describedByApposition(view, relative - 1) : undefined);
}

/** "Trident Juncture, one of NATO’s largest exercises since the Cold War, which …": the name the apposition describes. */
function describedByApposition(view: SentenceView, closingComma: number): Slot | undefined {
  let at = closingComma - 1;
  // "since the end of the Cold War": a preposition of time the tagger calls a conjunction stays in the phrase.
  while (at > 0 && (APPOSITION_POS.has(view.tokens[at]!.pos) || TIME_PREPOSITIONS.has(view.normal(at))) && view.normal(at) !== ",") at--;
  if (view.normal(at) !== "," || !["one", "a", "an", "the"].includes(view.normal(at + 1))) return undefined;
  return view.slotAt(at - 1);
}

const APPOSITION_POS = new Set(["NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM", "PART", "ADV"]);
const TIME_PREPOSITIONS = new Set(["since", "until", "before", "after"]);

/** "blocked Trump from lifting the sanctions": after a constraining verb, "from V" is what is prevented. */
function barredFrom(view: SentenceView, groupStart: number, clauseStart: number, constraining: ReadonlySet<string>): boolean {
  if (view.normal(groupStart - 1) !== "from") return false;
  return view.tokens.slice(clauseStart, groupStart - 1).some((t) => t.pos === "VERB" && constraining.has(t.lemma));
}

/** "divided over whether to focus on X or on strengthening Y": a verb group under "whether". */
function openQuestion(view: SentenceView, clauseStart: number, groupStart: number): boolean {
  for (let at = clauseStart - 1; at < groupStart; at++) if (view.normal(at) === "whether") return true;
  return false;
}

/** "make it improbable that Trump will remove sanctions": a blocker in the clause that governs a complement. */
function governedByBlocker(view: SentenceView, clauseStart: number, blockers: ReadonlySet<string>): boolean {
  if (view.normal(clauseStart - 1) !== "that") return false;
  const governing = view.tokens.slice(Math.max(0, clauseStart - 5), clauseStart - 1);
  return governing.some((t) => blockers.has(t.normal));
}

/**
 * Hedges in the verb group, in the clause before it, and in the clause that governs it
 * ("The odds are that Congress would overrule it": both "odds" and "would" count; the strongest two apply).
 */
function hedgeFor(view: SentenceView, groupStart: number, head: number, clauseStart: number, cues: CueFile): number {
  const factors: number[] = [];
  // The governing clause lends its hedges only to a complement or a condition, not to a relative clause.
  const opener = view.normal(clauseStart - 1);
  const from = ["that", "if", "unless", "whether"].includes(opener) && !view.isRelative(clauseStart - 1) ? Math.max(0, clauseStart - 8) : clauseStart;
  for (let at = from; at <= head; at++) {
    const token = view.tokens[at]!;
    const factor = cues.hedges[token.normal] ?? (at >= groupStart ? undefined : cues.hedges[token.lemma]);
    if (factor !== undefined) factors.push(factor);
  }
  return factors
    .sort((a, b) => a - b)
    .slice(0, 2)
    .reduce((product, f) => product * f, 1);
}
