// The relation rules: each reads one cue (verb, noun, adjective, permission, obstacle) at a token
// and returns the claims it supports, before confidence is finalised. Cue words come from data/lexicon/cues.json.
import type { CueFile, Entity, PhraseCue, Relation, Token, VerbCue } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import { phraseCueAt } from "../knowledge/cue-index.ts";
import { isPossessiveMark, isQuoteMark } from "../nlp/marks.ts";
import { isPastParticiple } from "../nlp/participle.ts";
import { actorNamedAt, actorNamedWithin } from "./named-actor.ts";
import { antecedent, type Predicate } from "./predicate.ts";
import { MODIFIER_POS, PREPOSITIONS, type SentenceView, type Slot } from "./sentence-view.ts";

export interface Candidate {
  subject: Slot;
  relation: Relation;
  object: Slot;
  issue: string | null;
  confidence: number;
  rule: string;
  explicit: boolean;
}

export interface RuleContext {
  view: SentenceView;
  cues: CueFile;
  knowledge: Knowledge;
  /** The article text the tokens point into. */
  text: string;
  entityOf: (id: string) => Entity | undefined;
  /** The head of the executive of a country, as named in this article (for implicit agents). */
  executiveOf: (country: string) => string | null;
}

/** "Congress blocked the deal", "Trump was criticised by Democrats", "Russia sided with Iran". */
export function verbRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const { view } = ctx;
  const lemma = verbLemma(view, p.head, ctx.knowledge);
  // "must be approved by the Senate": an approval still required is a constraint (the permission rule), not support.
  if (lemma && ctx.cues.permission.approvalVerbs.includes(lemma) && necessary(ctx, p)) return [];
  const ofLemma = (lemma && ctx.knowledge.cueIndex.verbs.get(lemma)) || [];
  const fitting = ofLemma.filter((c) => particleFits(view, p.head, c) && prepositionFits(view, p, c, ofLemma));
  // "blamed Trump’s failure to reach out to Putin on the deep state": the blame goes where "on" points, however long
  // the direct object before it, not to the direct object.
  const displacedTo = (cue: VerbCue) => (cue.displaces ? slotAfterWord(view, p.head, p.clauseEnd, cue.preps) : undefined);
  const displaced = fitting.some((c) => displacedTo(c) !== undefined);
  const cues = displaced ? fitting.filter((c) => c.preps.length > 0) : fitting;
  const results: Candidate[] = [];
  const objectRelative = relativeObject(view, p);
  const advocate = cues.length > 0 ? advocateOf(ctx, p) : undefined;
  for (const cue of cues) {
    const object =
      displacedTo(cue) ?? objectAfter(view, p.head, p.clauseEnd, cue.preps, ctx.cues.transparentNouns) ?? (cue.preps.length === 0 ? objectRelative : undefined);
    if (p.passive) {
      const agent = slotAfterWord(view, p.head, p.clauseEnd, ["by"]);
      if (agent && p.subject) results.push(...pairs(ctx, [agent], view.withCoordinated(p.subject, "left"), cue.relation, cue.confidence, `relations/passive-by:${cue.lemma}`, p));
      continue;
    }
    // "would prefer to expand the pipelines": wanting to keep or build something is supporting it.
    const through = view.normal(p.head + 1) === "to" ? view.tokens[p.head + 2] : undefined;
    if (cue.raising && !object && p.subject && through && ctx.cues.transparentVerbs.includes(through.lemma)) {
      const embedded = objectAfter(view, p.head + 2, p.clauseEnd, []);
      if (embedded) results.push(...pairs(ctx, [p.subject], [embedded], cue.relation, cue.confidence * 0.9, `relations/verb:${cue.lemma}-to-${through.lemma}`, p));
      continue;
    }
    if (!object || (!p.subject && !advocate)) continue;
    // "calling for the Houthis to be designated a terrorist organisation": what is called for is the event, not the actor.
    if (cue.preps.length > 0 && object.label === "Actor" && view.normal(object.to) === "to" && ["VERB", "AUX"].includes(view.tokens[object.to + 1]?.pos ?? "")) continue;
    if (cue.raising && view.normal(object.to) === "to") {
      if (!p.subject) continue;
      // "wants the Union to lift the sanctions": a stance verb in the infinitive speaks for itself (its subject is the wisher's).
      const infinitive = view.tokens[object.to + 1];
      if (infinitive && (ctx.knowledge.cueIndex.verbs.has(infinitive.lemma) || ctx.cues.reversers.includes(infinitive.lemma))) continue;
      const embedded = objectAfter(view, object.to + 1, p.clauseEnd, []);
      if (embedded) results.push(...pairs(ctx, [p.subject], [embedded], cue.relation, cue.confidence * 0.9, `relations/verb:${cue.lemma}-to`, p));
      continue;
    }
    if (cue.object && object.label !== cue.object) continue;
    // Blocking a deal or law is opposing it; whom that constrains is inferred later from who champions it. Limiting
    // an actor's influence is opposing the actor: it curbs a standing, not a freedom to act.
    const blocksIssue = cue.relation === "CONSTRAINS" && (object.label === "Issue" || ownsStanding(view, object, ctx.cues));
    const reversed = reversedBefore(view, p.head, object, ctx.cues);
    const relation = reverse(blocksIssue ? "OPPOSES" : cue.relation, reversed);
    const rule = `relations/verb:${cue.lemma}${blocksIssue && !reversed ? (object.label === "Issue" ? ":blocks-issue" : ":curbs-standing") : ""}${reversed ? ":reversed" : ""}`;
    const holders = p.subject ? view.withCoordinated(p.subject, "left") : [];
    const objects = view.withCoordinated(object, "right");
    results.push(...pairs(ctx, holders, objects, relation, cue.confidence, rule, p));
    if (advocate && !holders.some((h) => h.entity === advocate.entity)) {
      const advocated = pairs(ctx, [advocate], objects, relation, cue.confidence * ADVOCACY_FACTOR, `${rule}:advocated`, p);
      results.push(...advocated.map((c) => ({ ...c, explicit: false })));
    }
  }
  return results;
}

/** Saying what others should do states one's own position less directly than doing it. */
const ADVOCACY_FACTOR = 0.8;

/**
 * "Putin said that the West should negotiate to end Pyongyang’s programme": the speaker of a complement that
 * says what should be done holds that position.
 */
function advocateOf(ctx: RuleContext, p: Predicate): Slot | undefined {
  const { view, cues } = ctx;
  if (view.normal(p.clauseStart - 1) !== "that" || !view.tokens.slice(p.clauseStart, p.head).some((t) => cues.advocacyModals.includes(t.normal))) return undefined;
  // "said this week that": the verb of saying a few words before the complementizer.
  for (let at = p.clauseStart - 2; at >= Math.max(0, p.clauseStart - 5); at--) {
    const token = view.tokens[at]!;
    if (token.pos !== "VERB") continue;
    const speaker = cues.reporting.includes(token.lemma) ? view.subjectBefore(at, view.clauseStart(at)) : undefined;
    return speaker?.label === "Actor" ? speaker : undefined;
  }
  return undefined;
}

/** "Iran’s influence", "Moscow’s growing clout": a possessor whose owned noun is a standing. */
function ownsStanding(view: SentenceView, possessor: Slot, cues: CueFile): boolean {
  let at = view.ownedPhraseStart(possessor);
  if (at === undefined) return false;
  while (view.tokens[at]?.pos === "ADJ" || view.tokens[at]?.pos === "VERB") at++;
  return cues.standingNouns.includes(view.tokens[at]?.lemma ?? "");
}

/** "the agreement that the president had championed": an object relative's object is its antecedent. */
function relativeObject(view: SentenceView, p: Predicate): Slot | undefined {
  return p.subjectVia === "clause" && view.isRelative(p.clauseStart - 1) ? antecedent(view, p.clauseStart - 1) : undefined;
}

/** "described the test as a violation", "called the vote a mistake", "sees Trump as a partner", "drills, which Poland sees as a threat". */
export function characterisationRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const { view } = ctx;
  const cue = ctx.cues.characterisation;
  if (!cue.verbs.includes(view.tokens[p.head]!.lemma)) return [];
  const complement = p.passive ? undefined : copularComplementSubject(view, p.head);
  const object = p.passive
    ? p.subject
    : (complement ?? objectAfter(view, p.head, p.clauseEnd, view.normal(p.head + 1) === "to" ? ["to"] : []) ?? relativeObject(view, p));
  const evaluator = p.passive ? slotAfterWord(view, p.head, p.clauseEnd, ["by"]) : p.subject;
  if (!object || !evaluator || evaluator.label !== "Actor") return [];
  // The evaluation is the phrase right after the object (or after "as", or the copula): "as a violation", "a mistake", "“reckless”".
  let relation: Relation | undefined;
  let at = p.passive ? evaluator.to : complement ? complement.to + 1 : object.to > p.head ? object.to : p.head + 1;
  if (view.normal(at) === "as") at++;
  // "as the main long-term threat": the evaluating word may follow a few modifiers.
  for (const end = Math.min(complement ? view.clauseEnd(complement.from) : p.clauseEnd, at + 8); at < end && !relation; at++) {
    const word = view.tokens[at]!;
    relation = evaluationOf(word, cue);
    // "a “rigged witch hunt”": a participle before a noun describes it; any other verb ends the evaluation.
    if (!relation && (word.pos === "ADP" || (word.pos === "VERB" && view.tokens[at + 1]?.pos !== "NOUN"))) break;
  }
  if (!relation) return [];
  return pairs(ctx, view.withCoordinated(evaluator, "left"), [object], relation, cue.confidence, `relations/characterisation:${view.tokens[p.head]!.lemma}`, p);
}

/**
 * "Russia is one of North Korea’s most important partners", "Iran is a threat to its neighbours": a copula and an
 * evaluating noun owned by an actor, or followed by one, say where the subject stands with that actor.
 */
export function copulaRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const { view } = ctx;
  const cue = ctx.cues.characterisation;
  if (view.tokens[p.head]!.lemma !== "be" || !p.subject || p.subject.label !== "Actor") return [];
  // Only the subject right before the copula ("think Trump is a partner" is about Trump, whoever thinks it).
  if (!view.tokens.slice(p.subject.to, p.groupStart).every((t) => t.pos === "ADV")) return [];
  let at = p.head + 1;
  while (view.tokens[at]?.pos === "ADV") at++;
  if (view.normal(at) === "one" && view.normal(at + 1) === "of") at += 2;
  // "North Korea’s … partners", "its … partner": the owner of the evaluating noun is whom it is about.
  const possessor = view.possessorAt(at) ?? view.slotAt(at);
  const owned = possessor && view.ownedPhraseStart(possessor);
  const owner = owned !== undefined ? possessor : undefined;
  const from = owned ?? at;
  for (let word = from; word < Math.min(p.clauseEnd, from + 5); word++) {
    const token = view.tokens[word]!;
    const relation = evaluationOf(token, cue);
    if (relation && token.pos === "NOUN") {
      const target = owner ?? slotAfterWord(view, word, Math.min(p.clauseEnd, word + 2), ["to", "of", "for"]);
      return target?.label === "Actor" ? [candidate(p.subject, relation, target, issueAround(view, p, target) ?? null, cue.confidence, `relations/copula:${token.lemma}`, true)] : [];
    }
    if (!MODIFIER_POS.has(token.pos)) break;
  }
  return [];
}

/** Whether a word evaluates negatively ("threat", "skeptically", "disapproving") or positively ("partner", "warmly", "win"). */
export function evaluationOf(word: Token, cue: { readonly negative: readonly string[]; readonly positive: readonly string[] }): Relation | undefined {
  if (cue.negative.includes(word.lemma) || cue.negative.includes(word.normal)) return "OPPOSES";
  if (cue.positive.includes(word.lemma) || cue.positive.includes(word.normal)) return "SUPPORTS";
  return undefined;
}

/** "think (that) Orbán is a partner": the subject of a copular complement is what the verb evaluates. */
function copularComplementSubject(view: SentenceView, head: number): Slot | undefined {
  let at = view.normal(head + 1) === "that" ? head + 2 : head + 1;
  while (view.tokens[at]?.pos === "DET" && !view.slotAt(at)) at++;
  const slot = view.slotAt(at);
  return slot && slot.from === at && view.tokens[slot.to]?.lemma === "be" ? slot : undefined;
}

/** "Trump and Putin agreed to cooperate": coordinated subjects of a mutual verb support each other. */
export function mutualRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const { view } = ctx;
  if (!p.subject || p.negated) return [];
  // Only coordinated subjects act jointly; the marker scan waits for them.
  const subjects = view.withCoordinated(p.subject, "left").filter((s) => s.label === "Actor");
  if (subjects.length < 2) return [];
  if (!ctx.cues.mutual.includes(view.tokens[p.head]!.lemma) && !actingTogether(ctx, p)) return [];
  const found: Candidate[] = [];
  for (const a of subjects) for (const b of subjects) if (a !== b) found.push(candidate(a, "SUPPORTS", b, issueAround(view, p) ?? null, 0.8, `relations/mutual:${view.tokens[p.head]!.lemma}`, true));
  return found;
}

/** "Russia and Europe stand shoulder to shoulder against …", "jointly opposed": a marker in or just after the verb group. */
function actingTogether(ctx: RuleContext, p: Predicate): boolean {
  for (let at = p.groupStart; at <= p.head + TOGETHER_REACH; at++) if (ctx.knowledge.cueIndex.together.match(ctx.view.tokens, ctx.text, at)) return true;
  return false;
}

/** How far after its verb a marker of joint action may stand ("stood firmly together"). */
const TOGETHER_REACH = 3;

/**
 * The verb lemma of a token. The tagger calls some verbs nouns; two shapes are read as the cue verb all the same:
 * a gerund with an object ("spent the week berating his allies": "berat" + e, "undercutt" - t), and an -s form
 * right after a relative pronoun or a clause's subject ("the ruling, which bars the agency", "a package that the
 * White House backs", "Poland views the pipeline").
 */
export function verbLemma(view: SentenceView, head: number, k: Knowledge): string | undefined {
  const token = view.tokens[head]!;
  if (token.pos === "VERB" || token.pos === "AUX") return token.lemma;
  if (token.pos !== "NOUN") return undefined;
  const known = (stem: string) => k.cueIndex.verbs.has(stem) || k.cues.characterisation.verbs.includes(stem);
  const [before, after] = [view.tokens[head - 1], view.tokens[head + 1]];
  if (token.normal.endsWith("s") && after?.pos !== "NOUN" && inVerbPosition(view, head)) {
    return [token.normal.slice(0, -1), token.normal.slice(0, -2)].find(known);
  }
  if (!token.normal.endsWith("ing") || token.normal.length < 6) return undefined;
  // "any lifting of sanctions" is a noun; "berating his allies" takes an object like a verb.
  if (before && ["DET", "ADJ", "PART"].includes(before.pos)) return undefined;
  if (!after || !["DET", "PRON", "PROPN", "ADJ", "NUM"].includes(after.pos)) return undefined;
  const stem = token.normal.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].find(known);
}

/**
 * Whether `head` stands where its clause's verb would: after a relative pronoun, or after the actor that opens a
 * relative clause ("the ruling, which bars the agency", "a package that the White House backs"), or after an actor
 * opening its clause, with an object to follow ("Poland views the pipeline").
 */
function inVerbPosition(view: SentenceView, head: number): boolean {
  const objectFollows = ["DET", "PROPN", "PRON", "NUM"].includes(view.tokens[head + 1]?.pos ?? "") || view.slotAt(head + 1) !== undefined;
  if (view.isRelative(head - 1)) return objectFollows;
  const subject = view.slotAt(head - 1);
  if (subject?.label !== "Actor") return false;
  let before = subject.from - 1;
  while (before >= 0 && view.tokens[before]!.pos === "DET" && !view.isRelative(before)) before--;
  return view.isRelative(before) || (view.clauseStart(subject.from) === subject.from && objectFollows);
}

/** Turning a stance around ("dropped its objections to") says less than taking the opposite one outright. */
const UNDONE_FACTOR = 0.85;

/** "opposition to the deal", "Trump’s embrace of Moscow", "support for sanctions". */
export function nounRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const found = phraseCue(ctx, p, ctx.knowledge.cueIndex.nouns);
  if (!found) return [];
  const governor = verbBefore(ctx.view, p.head);
  const light = governor !== undefined && ctx.cues.lightVerbs.includes(governor.lemma);
  // "suspended pressure on China" says nothing sure of anyone's stance; "lacks enthusiasm for", "withdrew its
  // support for" turn the subject's own stance around (a light verb that is also a reverser).
  const undone = governor !== undefined && ctx.cues.reversers.includes(governor.lemma);
  if (undone && !light) return [];
  const { cue, object } = found;
  const opened = issueOpenedAt(ctx.view, p.head);
  let possessor = ctx.view.possessorOf(p.head) ?? (opened ? undefined : actorInsideIssue(ctx, p.head));
  // "who both pledged their support": a possessive pronoun under a light verb is bound by that verb's subject.
  if (possessor?.viaPronoun && light && p.subject) possessor = undefined;
  const subject = possessor ?? (light ? p.subject : (passiveLightAgent(ctx, object) ?? frontedClauseSubject(ctx.view, p.head)));
  const holders = subject ? ctx.view.withCoordinated(subject, "left") : holdersAmong(ctx.view, object, p.clauseEnd);
  if (holders.length === 0) return [];
  // "US sanctions against Russia": when the cue is an issue's own noun, the position is on that issue.
  const own = ctx.view.slotAt(p.head);
  const ownIssue = own?.label === "Issue" ? own.entity : undefined;
  const relation = reverse(cue.relation, reversedBefore(ctx.view, p.head, object, ctx.cues) !== undone);
  const confidence = cue.confidence * (possessor ? 1 : 0.9) * (undone ? UNDONE_FACTOR : 1);
  return pairs(ctx, holders, ctx.view.withCoordinated(object, "right"), relation, confidence, `relations/noun:${cue.lemma}${undone ? ":undone" : ""}`, p, ownIssue);
}

/** "Congress is hostile to the deal", "forces hostile to reconciliation", "skeptical of Moscow". */
export function adjectiveRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const found = phraseCue(ctx, p, ctx.knowledge.cueIndex.adjectives);
  if (!found) return [];
  const { cue, object } = found;
  if (cue.inverse) {
    // "Arms control is important for the Kremlin": whatever is important (an issue too) is what the Kremlin supports.
    // Only the subject of "X is important": nothing but the copula (and adverbs) between it and the adjective.
    const important = ctx.view.slots
      .filter((s) => s.to <= p.head && s.from >= p.clauseStart)
      .filter((s) => ctx.view.tokens.slice(s.to, p.head).every((t) => t.pos === "AUX" || t.pos === "ADV"))
      .pop();
    if (object.label !== "Actor" || !important) return [];
    return pairs(ctx, [object], [important], cue.relation, cue.confidence, `relations/adjective:${cue.lemma}`, p);
  }
  const modified = ctx.view.slotAt(p.head - 1);
  const subject = modified?.label === "Actor" ? modified : p.subject;
  if (!subject) return [];
  const relation = reverse(cue.relation, reversedBefore(ctx.view, p.head, object, ctx.cues));
  return pairs(ctx, ctx.view.withCoordinated(subject, "left"), ctx.view.withCoordinated(object, "right"), relation, cue.confidence, `relations/adjective:${cue.lemma}`, p);
}

/** "called for the lifting of sanctions", "opposed an end to the embargo": a reversing noun before the object. */
function reversedBefore(view: SentenceView, head: number, object: Slot, cues: CueFile): boolean {
  if (object.from <= head) return false;
  return view.tokens.slice(head + 1, object.from).some((t, i) => !view.slotAt(head + 1 + i) && (cues.reversingNouns.includes(t.lemma) || cues.reversingNouns.includes(t.normal)));
}

/** Supporting the undoing of something is opposing it, and the other way round. */
function reverse(relation: Relation, reversed: boolean): Relation {
  if (!reversed || relation === "CONSTRAINS") return relation;
  return relation === "SUPPORTS" ? "OPPOSES" : "SUPPORTS";
}

/** "Opposition to the pact was led by Senator Aravena": the agent of a passive light verb holds the position. */
function passiveLightAgent(ctx: RuleContext, object: Slot): Slot | undefined {
  const { view } = ctx;
  for (let at = object.to; at < Math.min(view.tokens.length, object.to + 4); at++) {
    const token = view.tokens[at]!;
    if (token.pos === "VERB" && ctx.cues.lightVerbs.includes(token.lemma)) {
      const agent = slotAfterWord(view, at, Math.min(view.tokens.length, at + 3), ["by"]);
      return agent?.label === "Actor" ? agent : undefined;
    }
  }
  return undefined;
}

/**
 * "Deploying hackers and support for far-right forces, Mr. Putin has sought …": a noun in a sentence-opening
 * participial clause is held by the main clause's subject, the actor after the comma that closes the clause.
 */
function frontedClauseSubject(view: SentenceView, head: number): Slot | undefined {
  const first = view.tokens[0];
  if (first?.pos !== "VERB" || !(first.normal.endsWith("ing") || isPastParticiple(first))) return undefined;
  for (let at = head + 1; at < view.tokens.length; at++) {
    const subject = view.normal(at) === "," ? view.slotAt(at + 1) : undefined;
    if (subject?.label === "Actor" && ["AUX", "VERB"].includes(view.tokens[subject.to]?.pos ?? "")) return subject;
  }
  return undefined;
}

/**
 * "Support for the law remains strong among the police unions", "opposition to his policy in Congress": "among", or
 * "in" before a body (not a place: "support for the rebels in Syria"), names who holds the position.
 */
function holdersAmong(view: SentenceView, object: Slot, clauseEnd: number): Slot[] {
  const among = slotAfterWord(view, object.to - 1, clauseEnd, ["among"]);
  if (among?.label === "Actor") return view.withCoordinated(among, "right");
  let end = object.to;
  while (MODIFIER_POS.has(view.tokens[end]?.pos ?? "") && !view.slotAt(end)) end++;
  const within = view.normal(end) === "in" ? view.slotAt(end + 1) : undefined;
  return within?.label === "Actor" && BODY_KINDS.has(within.kind) ? [within] : [];
}

const BODY_KINDS = new Set(["institution", "organisation", "group"]);

/** "The US sanctions against Russia": the actor named inside an issue's own phrase imposes it. */
function actorInsideIssue(ctx: RuleContext, head: number): Slot | undefined {
  const issue = ctx.view.slotAt(head);
  return issue?.label === "Issue" ? actorInside(ctx, issue, issue.from, head) : undefined;
}

/** The first actor named by a demonym or an alias within an issue's phrase, in [from, to). */
function actorInside(ctx: RuleContext, issue: Slot, from: number, to: number = issue.to): Slot | undefined {
  return actorNamedWithin(ctx.view, ctx.text, from, to, ctx.knowledge);
}

/** "the Moscow-led peace process", "Saudi-backed forces": the actor before the hyphen stands behind what the phrase names. */
export function compoundRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const { view } = ctx;
  const relation = ctx.cues.compounds[view.tokens[p.head]!.lemma];
  if (!relation || !view.isHyphen(p.head - 1)) return [];
  const agent = view.slotAt(p.head - 2) ?? [p.head - 2, p.head - 3].map((at) => actorNamedAt(view, ctx.text, at, ctx.knowledge)).find((a) => a?.to === p.head - 1);
  if (agent?.label !== "Actor") return [];
  for (let at = p.head + 1; at < Math.min(view.tokens.length, p.head + 6); at++) {
    const slot = view.slotAt(at);
    if (slot) return [candidate(agent, relation, slot, null, ctx.cues.compoundConfidence, `relations/compound:${view.tokens[p.head]!.lemma}`, true)];
    if (!MODIFIER_POS.has(view.tokens[at]!.pos) && view.tokens[at]!.pos !== "PROPN") return [];
  }
  return [];
}

/** "the Kremlin’s meddling in the U.S. elections": the issue whose phrase the cue word at `head` opens, if any. */
function issueOpenedAt(view: SentenceView, head: number): Slot | undefined {
  const own = view.slotAt(head);
  return own?.label === "Issue" && own.from === head && own.to - 1 > head ? own : undefined;
}

/** A noun or adjective cue at the predicate's head, followed by one of its prepositions and an object. */
function phraseCue(ctx: RuleContext, p: Predicate, cues: ReadonlyMap<string, readonly PhraseCue[]>): { cue: PhraseCue; object: Slot } | undefined {
  const { view } = ctx;
  const cue = phraseCueAt(cues, view.tokens[p.head]!, view.normal(p.head + 1));
  if (!cue) return undefined;
  // Inside an issue phrase the object is the actor the phrase names after the preposition.
  const opened = issueOpenedAt(view, p.head);
  const object = opened ? actorInside(ctx, opened, p.head + 2) : slotAfterWord(view, p.head, Math.min(p.clauseEnd, p.head + 6), cue.preps, ctx.cues.transparentNouns);
  return object ? { cue, object } : undefined;
}

/**
 * "lifting of sanctions, which would require approval by Congress", "needs the Senate’s consent", "has to get it
 * past the establishment": the approving body constrains whoever would act — the stated agent, else its country's executive.
 */
export function permissionRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const { view, cues } = ctx;
  const head = view.tokens[p.head]!;
  let approver: Slot | undefined;
  if (cues.permission.verbs.includes(head.lemma) && !p.passive) {
    for (let at = p.head + 1; at < Math.min(p.clauseEnd, p.head + 5) && !approver; at++) {
      if (!cues.permission.nouns.includes(view.tokens[at]!.lemma)) continue;
      approver = slotAfterWord(view, at, Math.min(view.tokens.length, at + 5), ["by", "of", "from"]) ?? view.possessorOf(at);
    }
  } else if (cues.permission.approvalVerbs.includes(head.lemma) && necessary(ctx, p)) {
    approver = p.passive ? slotAfterWord(view, p.head, p.clauseEnd, ["by"]) : p.subject;
  } else if (cues.permission.passage.verbs.includes(head.lemma) && !p.passive && necessary(ctx, p)) {
    approver = slotAfterWord(view, p.head, p.clauseEnd, cues.permission.passage.particles);
  }
  if (!approver || approver.label !== "Actor") return [];
  const issue = issueAround(view, p) ?? null;
  const agent = p.subject && p.subject.label === "Actor" && p.subject.entity !== approver.entity ? p.subject : undefined;
  if (agent) return [candidate(approver, "CONSTRAINS", agent, issue, cues.permission.confidence, "relations/permission", true)];
  const country = ctx.entityOf(approver.entity)?.country;
  const executive = country ? ctx.executiveOf(country) : null;
  if (!executive || executive === approver.entity) return [];
  const implicit: Slot = { entity: executive, label: "Actor", kind: "person", from: -1, to: -1, viaPronoun: false };
  return [candidate(approver, "CONSTRAINS", implicit, issue, cues.permission.confidence * 0.85, "relations/permission:implicit-agent", false)];
}

/** "must be approved", "has to ratify": a word of necessity right before the verb group. */
function necessary(ctx: RuleContext, p: Predicate): boolean {
  for (let at = Math.max(p.clauseStart, p.groupStart - 3); at < p.head; at++) {
    const word = ctx.knowledge.cueIndex.necessity.match(ctx.view.tokens, ctx.text, at);
    if (word && at + word.length <= p.head) return true;
  }
  return false;
}

/** "a process that makes it impossible for Donald Trump to lift the sanctions": the subject constrains Trump. */
export function obstacleRule(ctx: RuleContext, p: Predicate): Candidate[] {
  const { view, cues } = ctx;
  if (!cues.obstacle.verbs.includes(view.tokens[p.head]!.lemma) || view.normal(p.head + 1) !== "it") return [];
  if (!cues.obstacle.adjectives.includes(view.normal(p.head + 2))) return [];
  const opener = view.normal(p.head + 3);
  if (opener !== "for" && opener !== "that") return [];
  const constrained = view.slotAt(p.head + 4) ?? slotAfterWord(view, p.head + 3, Math.min(view.tokens.length, p.head + 7), ["for", "that"]);
  if (!p.subject || !constrained || constrained.label !== "Actor") return [];
  let issue: string | null = null;
  for (let at = constrained.to; at < view.tokens.length && !issue; at++) {
    const slot = view.slotAt(at);
    if (slot?.label === "Issue") issue = slot.entity;
  }
  return pairs(ctx, view.withCoordinated(p.subject, "left"), [constrained], "CONSTRAINS", cues.obstacle.confidence, "relations/obstacle", p, issue);
}

function pairs(
  ctx: RuleContext,
  subjects: Slot[],
  objects: Slot[],
  relation: Relation,
  confidence: number,
  rule: string,
  p: Predicate,
  issue?: string | null,
): Candidate[] {
  const found: Candidate[] = [];
  for (const subject of subjects) {
    if (subject.label !== "Actor") continue;
    for (const object of objects) {
      const about = object.label === "Issue" ? null : issue !== undefined ? issue : (issueAround(ctx.view, p, object) ?? null);
      found.push(candidate(subject, relation, object, about, confidence, rule, true));
    }
  }
  return found;
}

function candidate(subject: Slot, relation: Relation, object: Slot, issue: string | null, confidence: number, rule: string, explicit: boolean): Candidate {
  return { subject, relation, object, issue, confidence, rule, explicit };
}

/** The issue a predicate is about: the first issue after it in its clause, else one before it in the clause. */
function issueAround(view: SentenceView, p: Predicate, except?: Slot): string | undefined {
  const issues = view.slots.filter((s) => s.label === "Issue" && s !== except);
  // "praised him and then pledged to end the exercises": an issue past another finite verb is that verb's; an
  // infinitive or gerund complement ("ordered the government to rewrite the law") is still this predicate's.
  const nextVerb = view.tokens.findIndex((t, i) => i > p.head && t.pos === "VERB" && view.normal(i - 1) !== "to" && !t.normal.endsWith("ing"));
  const reach = nextVerb < 0 ? p.clauseEnd : Math.min(p.clauseEnd, nextVerb);
  const after = issues.find((s) => s.from > p.head && s.from < reach);
  const before = issues.filter((s) => s.to <= p.head && s.from >= p.clauseStart).pop();
  // "lifting of sanctions, which would require approval": the antecedent is what the clause is about.
  const antecedentIssue = p.subject?.label === "Issue" ? p.subject : undefined;
  return (antecedentIssue ?? after ?? before)?.entity;
}

/**
 * "vote against any guarantees for the project": of a verb's cue prepositions, only the first one after it
 * governs its object; a later one belongs to a noun inside that object.
 */
function prepositionFits(view: SentenceView, p: Predicate, cue: VerbCue, sameLemma: readonly VerbCue[]): boolean {
  if (cue.preps.length === 0) return true;
  const own = new Set(sameLemma.flatMap((c) => c.preps));
  for (let at = p.head + 1; at < Math.min(p.clauseEnd, p.head + 8); at++) {
    if (own.has(view.normal(at))) return cue.preps.includes(view.normal(at));
  }
  return true;
}

function particleFits(view: SentenceView, head: number, cue: VerbCue): boolean {
  if (!cue.particle) return true;
  for (let at = head + 1; at <= head + 3; at++) if (view.normal(at) === cue.particle) return true;
  return false;
}

/** The object of a verb: after one of its prepositions, or the first slot before another verb or preposition. */
function objectAfter(view: SentenceView, head: number, end: number, preps: string[], through: Readonly<Record<string, string>> = {}): Slot | undefined {
  if (preps.length > 0) return slotAfterWord(view, head, Math.min(end, head + 8), preps, through);
  return directObject(view, head, end, through) ?? appositiveObject(view, head, end);
}

/** "undercutting his host in Britain, Prime Minister Theresa May": the person named after the object phrase. */
function appositiveObject(view: SentenceView, head: number, end: number): Slot | undefined {
  for (let at = head + 1; at < Math.min(view.tokens.length, head + 10); at++) {
    const token = view.tokens[at]!;
    if (token.normal === ",") {
      const slot = view.slotAt(at + 1);
      return slot?.kind === "person" && (slot.to >= view.tokens.length || [",", ".", ";"].includes(view.normal(slot.to))) ? slot : undefined;
    }
    if (token.pos === "VERB" || view.slotAt(at)?.kind === "person" || (at >= end && token.normal !== ",")) return undefined;
  }
  return undefined;
}

/** The first slot after a verb, before another verb, punctuation or preposition — or through a transparent noun's ("support studies for the pipeline"). */
function directObject(view: SentenceView, head: number, end: number, through: Readonly<Record<string, string>> = {}): Slot | undefined {
  for (let at = head + 1; at < Math.min(end, head + 8); at++) {
    const slot = view.slotAt(at);
    if (slot && view.isCompoundModifier(slot)) {
      at = slot.to + 1;
      continue;
    }
    // "the dialogue Russia is after": a slot followed by its own verb starts another clause; a participle after it
    // ("interconnectors linking Greece and Cyprus") only describes it.
    if (slot) return ownVerbAfter(view, slot) ? undefined : (possessedSlot(view, slot) ?? slot);
    const token = view.tokens[at]!;
    // "said it “regretted” the Senate’s decision": quotation marks around the verb do not part it from its object.
    if (isQuoteMark(token.normal)) continue;
    const lookThrough = at - 1 > head && looksThrough(view, at, through);
    if (token.pos === "VERB" || token.pos === "PUNCT" || (token.pos === "ADP" && PREPOSITIONS.has(token.normal) && token.normal !== "of" && !lookThrough)) return undefined;
  }
  return undefined;
}

/** A finite verb right after a slot: the slot is that verb's subject ("the dialogue Russia is after"), not an object. */
function ownVerbAfter(view: SentenceView, slot: Slot): boolean {
  const next = view.tokens[slot.to];
  return !!next && ["VERB", "AUX"].includes(next.pos) && !next.normal.endsWith("ing");
}

/**
 * "the government’s €2.5 billion purchase", "its blockade", "America’s “deep state”": what a possessor owns is the
 * object, when the phrase names an issue or actor; else the possessor stands for what it owns ("upset by his reversal": by him).
 */
function possessedSlot(view: SentenceView, possessor: Slot): Slot | undefined {
  const start = view.ownedPhraseStart(possessor);
  if (start === undefined) return undefined;
  for (let at = start; at < Math.min(view.tokens.length, start + 5); at++) {
    const slot = view.slotAt(at);
    if (slot) return slot;
    // "America’s “deep state”": quotation marks around the owned phrase do not part it from its owner.
    if (!MODIFIER_POS.has(view.tokens[at]!.pos) && view.tokens[at]!.pos !== "SYM" && !isQuoteMark(view.normal(at))) return undefined;
  }
  return undefined;
}

/** "a return to the talks", "studies for the pipeline": the preposition at `at` after a transparent noun. */
function looksThrough(view: SentenceView, at: number, through: Readonly<Record<string, string>>): boolean {
  const noun = view.tokens[at - 1];
  return noun?.pos === "NOUN" && through[noun.lemma] === view.normal(at);
}

/** "upset by his reversal": a possessive pronoun before a singular noun, an act of its owner, stands for the owner. */
function ownerOfAct(view: SentenceView, at: number): Slot | undefined {
  const owner = view.possessorAt(at);
  let head = at + 1;
  while (view.tokens[head]?.pos === "ADJ") head++;
  const noun = view.tokens[head];
  return owner && noun?.pos === "NOUN" && noun.normal === noun.lemma ? owner : undefined;
}

/**
 * The first slot after one of `words`, with only determiners and modifiers in between — or a transparent noun and
 * its preposition ("for a return to the talks").
 */
function slotAfterWord(view: SentenceView, from: number, end: number, words: string[], through: Readonly<Record<string, string>> = {}): Slot | undefined {
  for (let at = from + 1; at < end; at++) {
    if (!words.includes(view.normal(at))) continue;
    for (let next = at + 1; next < Math.min(view.tokens.length, at + 9); next++) {
      const slot = view.slotAt(next) ?? ownerOfAct(view, next);
      // "in the Moscow-led peace process": the actor before the hyphen only modifies the phrase's head.
      if (slot && view.isCompoundModifier(slot)) {
        next = slot.to + 1;
        continue;
      }
      if (slot) return possessedSlot(view, slot) ?? slot;
      // "the trade practices of the European Union": the actor behind "of" is the one meant.
      if (!MODIFIER_POS.has(view.tokens[next]!.pos) && view.normal(next) !== "of" && !looksThrough(view, next, through)) break;
    }
  }
  return undefined;
}

/** The verb governing a noun cue's phrase ("voiced opposition", "halt the United States’ participation"), if any. */
function verbBefore(view: SentenceView, noun: number): { lemma: string } | undefined {
  for (let at = noun - 1; at >= Math.max(0, noun - 7); at--) {
    const token = view.tokens[at]!;
    if (token.pos === "VERB") return token;
    const inPhrase = view.slotAt(at) || view.possessorAt(at) || MODIFIER_POS.has(token.pos) || isPossessiveMark(token.normal);
    if (!inPhrase) return undefined;
  }
  return undefined;
}
