// A sentence seen as tokens with resolved mentions laid over them ("slots"), and its clause boundaries.
// The relation rules read subjects, objects and issues through this view.
import type { Entity, Mention, NodeLabel, Sentence, Token } from "../../model/index.ts";
import { isPossessiveMark, isQuoteMark, joinedHyphen } from "../nlp/marks.ts";

export interface Slot {
  entity: string;
  label: NodeLabel;
  kind: Entity["kind"];
  /** Token range [from, to) of the mention. */
  from: number;
  to: number;
  viaPronoun: boolean;
  /** For "they" standing for "Russia and China": the other conjuncts, read as coordinated with this slot. */
  coordinated?: string[];
  /** For an owned group ("his critics"): its collective noun, and its owner as a slot outside the tokens (from and to are -1). */
  owned?: { collective: string; by: Slot };
}

// Parentheses are not here: "the Gulf Cooperation Council (GCC) condemned" is one clause.
const BOUNDARY_WORDS = new Set([";", ":", "—", "–", "but", "because", "although", "though", "while", "whereas", "unless", "if", "when", "since", "after", "before", "despite"]);
const RELATIVE_WORDS = new Set(["which", "who", "whom", "whose", "that"]);
/** Words that may stand between a preposition or verb and the noun phrase it governs. */
export const MODIFIER_POS = new Set(["DET", "ADJ", "NUM", "ADV", "NOUN"]);
/** What may describe a name in a list ("the farmers’ association Cocobod"); an adverb ("where he") may not. */
const DESCRIPTOR_POS = new Set(["DET", "ADJ", "NOUN", "NUM"]);
/** "In the nearest future Moscow is …": a time noun ends a fronted phrase, so the name after it starts its own. */
const TIME_NOUNS = new Set(["future", "past", "present", "term", "run", "meantime", "time", "moment", "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "spring", "summer", "autumn", "winter", "morning", "evening", "night"]);
export const PREPOSITIONS = new Set(["of", "with", "to", "for", "in", "on", "at", "from", "by", "about", "against", "over", "into", "toward", "towards", "between", "among", "under", "like", "than", "through", "within", "across", "around", "upon", "inside", "outside", "beyond", "behind", "near", "during", "despite", "via", "amid", "among"]);

export class SentenceView {
  readonly tokens: readonly Token[];
  readonly slots: Slot[];
  private slotAtToken: (Slot | undefined)[];
  /** "his fury", "its annexation": possessive determiners name a noun's owner, never a subject or an object. */
  private possessorAtToken: (Slot | undefined)[];

  constructor(sentence: Sentence, mentions: Mention[], entityOf: (id: string) => Entity | undefined) {
    this.tokens = sentence.tokens;
    this.slots = [];
    this.slotAtToken = [];
    this.possessorAtToken = [];
    for (const mention of mentions) {
      if (!mention.entity) continue;
      const entity = entityOf(mention.entity);
      if (!entity) continue;
      const from = this.tokens.findIndex((t) => t.start >= mention.start);
      let to = from;
      while (to < this.tokens.length && this.tokens[to]!.end <= mention.end) to++;
      if (from < 0 || to === from) continue;
      const slot: Slot = { entity: entity.id, label: entity.label, kind: entity.kind, from, to, viaPronoun: mention.cue.via === "pronoun", coordinated: mention.coordinated };
      const owner = mention.owner ? entityOf(mention.owner) : undefined;
      if (owner && mention.cue.via === "ownedGroup") {
        const by: Slot = { entity: owner.id, label: owner.label, kind: owner.kind, from: -1, to: -1, viaPronoun: "pronoun" in mention.cue.owner };
        slot.owned = { collective: mention.cue.collective, by };
      }
      if (mention.cue.via === "pronoun" && mention.cue.possessive) {
        this.possessorAtToken[from] = slot;
        continue;
      }
      this.slots.push(slot);
      for (let i = from; i < to; i++) this.slotAtToken[i] = slot;
    }
  }

  slotAt(i: number): Slot | undefined {
    return this.slotAtToken[i];
  }

  /** A hyphen joining the words on either side ("Moscow-led"), not a dash set apart by spaces. */
  isHyphen(i: number): boolean {
    return joinedHyphen(this.tokens, i);
  }

  /** A slot that only modifies a compound ("Moscow" in "the Moscow-led talks"): the phrase's head comes later. */
  isCompoundModifier(slot: Slot): boolean {
    return this.isHyphen(slot.to);
  }

  /** The possessive determiner at token i, resolved ("its" → Russia), if any. */
  possessorAt(i: number): Slot | undefined {
    return this.possessorAtToken[i];
  }

  /**
   * Where the noun phrase a possessor owns begins: after "its", after "Russia’s" and its mark; undefined for a slot
   * that owns nothing ("Senate approval" is a compound, not a possessive).
   */
  ownedPhraseStart(slot: Slot): number | undefined {
    if (this.possessorAtToken[slot.from] === slot) return slot.to;
    return isPossessiveMark(this.normal(slot.to)) ? slot.to + 1 : undefined;
  }

  /** "Trump’s embrace", "the Senate’s consent", "Senate approval", "his fury": the actor right before a noun. */
  possessorOf(noun: number): Slot | undefined {
    let at = noun - 1;
    while (at >= 0 && this.tokens[at]!.pos === "ADJ" && !this.slotAt(at)) at--;
    if (isPossessiveMark(this.normal(at))) at--;
    const slot = this.slotAt(at) ?? this.possessorAt(at);
    return slot?.label === "Actor" ? slot : undefined;
  }

  normal(i: number): string {
    return this.tokens[i]?.normal ?? "";
  }

  /** A relative pronoun: "which"/"who" anywhere, "that" right after a noun phrase (not after a verb). */
  isRelative(i: number): boolean {
    const token = this.tokens[i];
    if (!token || !RELATIVE_WORDS.has(token.normal)) return false;
    if (token.normal !== "that") return token.pos === "PRON" || token.pos === "DET";
    // The tagger calls a relative "that" SCONJ at times; after a noun phrase it is relative all the same.
    const before = this.tokens[i - 1];
    return !!before && (before.pos === "NOUN" || before.pos === "PROPN" || this.slotAt(i - 1) !== undefined);
  }

  /** Clause boundary: punctuation and conjunctions that start a new clause, relative pronouns, complementizers. */
  isBoundary(i: number): boolean {
    const token = this.tokens[i];
    if (!token) return true;
    if (this.slotAt(i)) return false;
    // "has since turned against it": "since" before a verb is an adverb, not a clause opener.
    if (token.normal === "since" && ["VERB", "AUX"].includes(this.tokens[i + 1]?.pos ?? "")) return false;
    return BOUNDARY_WORDS.has(token.normal) || this.isRelative(i) || (token.normal === "that" && token.pos === "SCONJ");
  }

  /** First token of the clause holding token i. */
  clauseStart(i: number): number {
    let at = i;
    while (at > 0 && !this.isBoundary(at - 1)) at--;
    return at;
  }

  /** One past the last token of the clause holding token i; a clause opened by ", which" closes at the next comma. */
  clauseEnd(i: number): number {
    const start = this.clauseStart(i);
    const parenthetical = this.isRelative(start - 1) && this.normal(start - 2) === ",";
    let at = i + 1;
    while (at < this.tokens.length && !this.isBoundary(at) && !(parenthetical && this.normal(at) === ",")) at++;
    return at;
  }

  /**
   * "Iran, which Western governments accuse …, called the statement …": a verb right after a closed ", which …,"
   * parenthetical belongs to the main clause, whose subject is the relative's antecedent.
   */
  parentheticalAntecedent(groupStart: number): Slot | undefined {
    if (this.normal(groupStart - 1) !== ",") return undefined;
    const start = this.clauseStart(groupStart - 2);
    if (!this.isRelative(start - 1) || this.normal(start - 2) !== ",") return undefined;
    return this.slotAt(start - 3);
  }

  /**
   * The actor closest before token i in [from, i), if any, skipping objects of prepositions; a passive's subject
   * may be an issue too ("The deal was approved by the Senate").
   */
  subjectBefore(i: number, from: number, passive = false): Slot | undefined {
    // "X would overrule it, and bureaucrats would find …": a clause joined by ", and" with a subject of its own.
    let ownNoun = false;
    for (let at = i - 1; at >= from; at--) {
      const slot = this.slotAt(at);
      if (!slot) {
        ownNoun ||= this.tokens[at]!.pos === "NOUN";
        if (ownNoun && ["and", "but"].includes(this.normal(at)) && this.normal(at - 1) === ",") return undefined;
        continue;
      }
      at = slot.from;
      // "between America and its allies": a conjunct of an object is an object too.
      if (this.withCoordinated(slot, "left").some((s) => this.isPrepositionObject(s) || this.isVerbObject(s))) continue;
      // "Trump’s coziness with Putin could undermine …": a possessor only determines the subject, a plain noun.
      if (ownNoun && isPossessiveMark(this.normal(slot.to))) return undefined;
      if (this.inClosedAside(slot, i)) continue;
      if (slot.label === "Actor" || passive) return slot;
    }
    return undefined;
  }

  /** "focus on counterterrorism, as the President would wish, or on strengthening …": an aside closed before i. */
  private inClosedAside(slot: Slot, i: number): boolean {
    const start = this.phraseStart(slot);
    if (this.normal(start - 1) !== "as" || this.normal(start - 2) !== ",") return false;
    for (let at = slot.to; at < i; at++) if (this.normal(at) === ",") return true;
    return false;
  }

  /** After a comma going right: an "and"/"or" further on makes it a list ("China, Iran and Russia"). */
  private listContinues(comma: number): boolean {
    for (let at = comma + 1; at < Math.min(this.tokens.length, comma + 8); at++) {
      if (["and", "or"].includes(this.normal(at))) return true;
      if (this.tokens[at]!.pos === "VERB" || this.normal(at) === ".") return false;
    }
    return false;
  }

  /** "of the National Assembly", "with Russia": a slot governed by a preposition is nobody's subject. */
  isPrepositionObject(slot: Slot): boolean {
    const before = this.tokens[this.phraseStart(slot) - 1];
    return !!before && before.pos === "ADP" && PREPOSITIONS.has(before.normal);
  }

  /** "use Russia to", "include Russia in": a slot right after a verb is that verb's object. */
  isVerbObject(slot: Slot): boolean {
    return this.governingVerb(slot) !== undefined;
  }

  /** The verb whose object a slot is ("prompted some Democrats"), if it stands right before the slot's phrase. */
  governingVerb(slot: Slot): Token | undefined {
    // "said it “regretted” the Senate’s decision": quotation marks around the verb do not part it from its object.
    let at = this.phraseStart(slot) - 1;
    while (at > 0 && isQuoteMark(this.normal(at))) at--;
    const token = this.tokens[at];
    return token?.pos === "VERB" ? token : undefined;
  }

  /** Where the noun phrase holding a slot begins, over determiners and modifiers (pronouns take none). */
  private phraseStart(slot: Slot): number {
    let at = slot.from;
    if (slot.viaPronoun) return at;
    for (;;) {
      while (at > 0 && MODIFIER_POS.has(this.tokens[at - 1]!.pos) && !this.slotAt(at - 1) && !TIME_NOUNS.has(this.normal(at - 1))) at--;
      // "met North Korea’s dictator Kim Jong-un": a possessor opens the phrase it owns.
      const owner = isPossessiveMark(this.normal(at - 1)) ? this.slotAt(at - 2) : undefined;
      if (!owner) return at;
      at = owner.from;
    }
  }

  /** The slot itself plus slots coordinated with it to its left ("Russia and major European powers"). */
  withCoordinated(slot: Slot, direction: "left" | "right"): Slot[] {
    const found = [slot, ...(slot.coordinated ?? []).map((entity) => ({ ...slot, entity, coordinated: undefined }))];
    // "NATO and his fury": a possessive determiner opens its own noun phrase and joins no list.
    if (this.possessorAtToken[slot.from] === slot) return found;
    let edge = direction === "left" ? slot.from : slot.to - 1;
    // A comma joins a list only with "and"/"or" in it: "France, Germany and Italy", not "for them, the AfD".
    let conjoined = false;
    for (;;) {
      const step = direction === "left" ? -1 : 1;
      let at = edge + step;
      // "Saudi Arabia and the United Arab Emirates": the determiner belongs to the slot, not between the two.
      // "Kofi Mensah and the farmers’ association Cocobod": so does a descriptor before a name.
      while (direction === "left" && at > edge - 6 && (DESCRIPTOR_POS.has(this.tokens[at]?.pos ?? "") || isPossessiveMark(this.normal(at))) && !this.slotAt(at)) at += step;
      // "a shared Trump-Putin skepticism": two names joined by a hyphen act together.
      const beside = this.slotAt(edge + 2 * step);
      if (this.isHyphen(edge + step) && beside && beside.label === slot.label) {
        found.push(beside);
        edge = direction === "left" ? beside.from : beside.to - 1;
        continue;
      }
      const joiner = this.normal(at);
      if (!["and", ",", "or"].includes(joiner)) break;
      if (joiner === "," && !conjoined && !(direction === "right" && this.listContinues(at))) break;
      conjoined ||= joiner !== ",";
      at += step;
      // "about the New Start and, especially, about INF": the list goes on past an aside and a repeated preposition.
      if (direction === "right") {
        const preposition = this.tokens[this.phraseStart(slot) - 1];
        while (this.normal(at) === "," || this.tokens[at]?.pos === "ADV") at++;
        if (preposition?.pos === "ADP" && this.normal(at) === preposition.normal) at++;
      }
      // "The Gulf Cooperation Council (GCC) and …": step over a parenthesis back to the name it glosses.
      if (direction === "left" && this.normal(at) === ")") {
        while (at > 0 && this.normal(at) !== "(") at--;
        at--;
      }
      while (["DET", "ADJ"].includes(this.tokens[at]?.pos ?? "") && !this.slotAt(at)) at += step;
      const next = this.slotAt(at);
      if (!next || next.label !== slot.label) break;
      // "his counterparts, Yael Ben-Ami and Andreas Kyprianou": a group before a comma is glossed by the names, not listed.
      if (joiner === "," && next.kind === "group" && found.every((f) => f.kind === "person")) break;
      // "RUSAL, Russia’s largest aluminum producer, and …": a possessor after a comma opens an apposition.
      if (joiner === "," && direction === "right" && isPossessiveMark(this.normal(next.to))) break;
      found.push(next);
      edge = direction === "left" ? next.from : next.to - 1;
    }
    return found;
  }
}
