// Issues named only by the position taken on them: "insist on independent oversight", "ruled against general and
// indiscriminate data retention". The noun phrase a stance cue governs is the issue, though no dictionary entry or
// issue noun knows it; the cue lexicon says which words govern an object and through which preposition.
import type { Token } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import { phraseCueAt } from "../knowledge/cue-index.ts";
import { joinedHyphen } from "../nlp/marks.ts";
import { isPastParticiple } from "../nlp/participle.ts";
import type { NounMention } from "./nouns.ts";

/** Words that open a governed phrase but are no part of the issue's name ("insist on more transparency"). */
const OPENERS = new Set(["the", "a", "an", "any", "more", "further", "greater"]);
/** How far a governed phrase may run: a few modifiers, a head, and an "of" complement. */
const MAX_WORDS = 8;

/**
 * The issue phrase starting at token i, when a stance cue governs it: a cue right before it, or the verb of an
 * object relative right after it ("bulk data collection that the agencies have been demanding").
 */
export function cueObject(text: string, tokens: readonly Token[], i: number, k: Knowledge): NounMention | null {
  const governedBefore = governed(tokens, i, k);
  if (!governedBefore && !stanceRelativeAhead(tokens, i, k)) return null;
  let at = i;
  if (OPENERS.has(tokens[at]!.normal)) at++;
  const nameFrom = at;
  const end = phraseEnd(text, tokens, at, k);
  if (end === null || !namesIssue(text, tokens, end - 1, k)) return null;
  const [preposition, complementEnd] = [tokens[end], phraseEnd(text, tokens, end + 1, k)];
  const of = preposition?.normal === "of";
  // "independent oversight of data transfers": an "of" complement of plain nouns belongs to the name.
  let last = of && complementEnd !== null ? complementEnd : end;
  // "the construction of the pipeline": a complement the other finders know is the object, not this phrase.
  if (of && last === end) return null;
  if (!governedBefore) {
    // "inspections at sea, which the Houthis reject": a relative names the whole phrase before it, complement and all,
    // so the complement ("sea") is no antecedent of its own.
    if (tokens[i - 1]?.pos === "ADP" && tokens[i - 1]!.normal !== "of" && tokens[i - 2]?.pos === "NOUN") return null;
    if (preposition?.pos === "ADP" && complementEnd !== null) last = complementEnd;
    if (!governedByRelative(tokens, last, k)) return null;
  }
  let first = nameFrom;
  while (first < end - 1 && k.dropModifiers.has(tokens[first]!.normal)) first++;
  const name = text.slice(tokens[first]!.start, tokens[last - 1]!.end);
  // Not definite: "the …" names the issue by its words, it does not point back to an earlier one of the class.
  return { length: last - i, label: "Issue", cue: { via: "issue", name, issueClass: OWN_CLASS, properName: "", actors: [], definite: false } };
}

/**
 * Issues found this way form a class of their own: no anaphor ("the deal", "the project") refers back to them, and
 * a later phrase names one again only by its words.
 */
const OWN_CLASS = "governed";

/**
 * One past a plain noun phrase from token `from` ("general and indiscriminate data retention"): lower-case modifiers
 * ending in a common noun, no name the dictionaries know. Null when there is none.
 */
function phraseEnd(text: string, tokens: readonly Token[], from: number, k: Knowledge): number | null {
  let at = from;
  let head = -1;
  while (at < tokens.length && at < from + MAX_WORDS) {
    const token = tokens[at]!;
    const word = /^\p{Ll}/u.test(text.slice(token.start, token.end));
    // "general and indiscriminate": adjectives may be coordinated; noun phrases may not ("tariffs and quotas").
    const coordinatedAdjective = token.normal === "and" && tokens[at - 1]?.pos === "ADJ" && ["ADJ", "NOUN"].includes(tokens[at + 1]?.pos ?? "");
    // "hidden power-brokers": a participle before a noun is a modifier, though tagged as a verb.
    const modifier = token.pos === "ADJ" || (token.pos === "VERB" && isPastParticiple(token) && tokens[at + 1]?.pos === "NOUN");
    if (token.pos === "NOUN" && word) head = at;
    else if (modifier && word) head = -1;
    else if (!coordinatedAdjective && !joinedHyphen(tokens, at)) break;
    at++;
  }
  if (head < 0 || head !== at - 1) return null;
  for (let j = from; j < at; j++) if (k.aliases.match(tokens, text, j) || k.demonyms.match(tokens, text, j)) return null;
  return at;
}

/** Whether a phrase's head noun can name an issue: not a person, a vague word, or a noun other rules read ("support for", "ties with"). */
function namesIssue(text: string, tokens: readonly Token[], head: number, k: Knowledge): boolean {
  const noun = tokens[head]!;
  // "aversion to siding with Ukraine": a gerund with its own complement is an act, read by the verb rules.
  const gerund = noun.normal.endsWith("ing") && tokens[head + 1]?.pos === "ADP";
  const person = k.roleHeads.has(noun.normal) || k.collectives.match(tokens, text, head) !== null;
  return !gerund && !person && !k.vagueNouns.has(noun.lemma) && !k.issueNouns.has(noun.normal) && !cueNoun(noun, k);
}

function cueNoun(noun: Token, k: Knowledge): boolean {
  const c = k.cues;
  const lemmas = [noun.lemma, noun.normal];
  return lemmas.some(
    (w) =>
      k.cueIndex.nouns.has(w) ||
      w in c.transparentNouns ||
      w in c.pairs.nouns ||
      c.reversingNouns.includes(w) ||
      c.pressure.nouns.includes(w) ||
      c.permission.nouns.includes(w),
  );
}

/** Whether a stance cue governs the phrase at token i: "insist on ·", "ruled against ·", "promoted ·", "expand ·". */
function governed(tokens: readonly Token[], i: number, k: Knowledge): boolean {
  const before = tokens[i - 1];
  if (!before) return false;
  const c = k.cues;
  if (before.pos === "ADP") {
    const word = tokens[i - 2];
    if (!word) return false;
    const verb = word.pos === "VERB" && (k.cueIndex.verbs.get(word.lemma) ?? []).some((v) => v.preps.includes(before.normal) && v.object !== "Actor");
    const phrase = [k.cueIndex.nouns, k.cueIndex.adjectives].some((cues) => phraseCueAt(cues, word, before.normal)?.inverse === false);
    return verb || phrase;
  }
  if (before.pos !== "VERB") return false;
  return takesIssueObject(before, k) || c.transparentVerbs.includes(before.lemma) || c.reversers.includes(before.lemma);
}

/** A stance verb whose direct object may be an issue ("demand", "reject"), not one that wants an actor or a particle. */
function takesIssueObject(verb: Token, k: Knowledge): boolean {
  return (k.cueIndex.verbs.get(verb.lemma) ?? []).some((v) => v.preps.length === 0 && v.object !== "Actor" && !v.particle);
}

/** A cheap test before reading a phrase: is there an object relative with a stance verb close enough after token i? */
function stanceRelativeAhead(tokens: readonly Token[], i: number, k: Knowledge): boolean {
  for (let at = i + 1; at < Math.min(tokens.length, i + 2 * MAX_WORDS); at++) {
    if (RELATIVES.has(tokens[at]!.normal) && governedByRelative(tokens, at, k)) return true;
  }
  return false;
}

const RELATIVES = new Set(["which", "that"]);
/** What may stand between a relative pronoun and its verb: the relative clause's own subject, auxiliaries, adverbs. */
const SUBJECT_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PRON"]);
const VERB_GROUP_POS = new Set(["AUX", "ADV", "PART"]);

/**
 * Whether the phrase ending before token `end` is the object of a stance verb in a relative clause after it:
 * "…, which the Houthis reject", "… that German security agencies have been demanding". A relative with no subject
 * of its own ("which restricts imports") makes the phrase the doer, not the object.
 */
function governedByRelative(tokens: readonly Token[], end: number, k: Knowledge): boolean {
  let at = tokens[end]?.normal === "," ? end + 1 : end;
  if (!RELATIVES.has(tokens[at]?.normal ?? "")) return false;
  const subjectFrom = ++at;
  while (at < subjectFrom + MAX_WORDS && SUBJECT_POS.has(tokens[at]?.pos ?? "")) at++;
  if (at === subjectFrom) return false;
  while (VERB_GROUP_POS.has(tokens[at]?.pos ?? "")) at++;
  const verb = tokens[at];
  return verb?.pos === "VERB" && takesIssueObject(verb, k);
}
