// Mentions made by nouns rather than names: a state's institution ("Chile’s Senate", "the Greek parliament")
// and issues named by a noun phrase ("a sweeping trade agreement with India", later "the pact").
import type { MentionCue, NodeLabel, Token } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import { institutionOfState } from "../knowledge/institutions.ts";
import { isPossessiveMark, joinedHyphen } from "../nlp/marks.ts";
import { organisationNameEnd, spanText, surfaceOf } from "./names.ts";

export interface NounMention {
  length: number;
  label: NodeLabel;
  cue: MentionCue;
}

const NP_MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
const ISSUE_PREPOSITIONS = new Set(["with", "between", "on", "of", "to", "against", "for"]);
const DEFINITE = new Set(["the", "this", "that"]);
const INDEFINITE = new Set(["a", "an", "any"]);
const SUPERLATIVE_MARKERS = new Set(["most", "least"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "any"]);

/** "Chile’s Senate", "the Chilean Senate": the institution of the named state; a dictionary one when it has it. */
export function stateInstitution(text: string, tokens: readonly Token[], i: number, k: Knowledge): NounMention | null {
  // "criticising a German court" names no court in particular.
  if (INDEFINITE.has(tokens[i - 1]?.normal ?? "")) return null;
  let at = i;
  if (tokens[at]?.normal === "the") at++;
  const demonym = k.demonyms.match(tokens, text, at);
  const alias = demonym && k.entities.get(demonym.values[0]!)?.kind === "state" ? null : k.aliases.match(tokens, text, at);
  const isState = (id: string | undefined) => id !== undefined && k.entities.get(id)?.kind === "state";
  const stateId = isState(demonym?.values[0]) ? demonym!.values[0]! : alias && isState(alias.values[0]) ? alias.values[0]! : null;
  if (!stateId) return null;
  const viaDemonym = demonym !== null && stateId === demonym.values[0];
  at += (viaDemonym ? demonym : alias)!.length;
  if (!viaDemonym) {
    if (!isPossessiveMark(tokens[at]?.normal ?? "")) return null;
    at++;
  }
  const noun = k.institutionNouns.match(tokens, text, at);
  if (!noun) return viaDemonym ? null : namedInstitution(text, tokens, i, at, stateId, k);
  const length = at + noun.length - i;
  const nounText = spanText(text, tokens, at, at + noun.length);
  const institution = institutionOfState(k, stateId, nounText);
  if ("known" in institution) return { length, label: "Actor", cue: { via: "dictionary", entity: institution.known } };
  return { length, label: "Actor", cue: { via: "discovered", name: institution.name, kind: "institution", country: stateId } };
}

/** "India’s Ministry of Commerce and Industry": a state's own named body, kept with the state that owns it. */
function namedInstitution(text: string, tokens: readonly Token[], i: number, at: number, stateId: string, k: Knowledge): NounMention | null {
  const end = organisationNameEnd(text, tokens, at);
  if (end === null || !tokens.slice(at, end).some((t) => k.orgSuffixes.has(t.normal))) return null;
  return { length: end - i, label: "Actor", cue: { via: "discovered", name: spanText(text, tokens, at, end), kind: "institution", country: stateId } };
}

/**
 * A noun phrase headed by an issue noun. With modifiers it names an issue ("trade agreement with India");
 * a bare "the pact" / "this agreement" refers back to the latest issue of its class.
 */
export function issuePhrase(text: string, tokens: readonly Token[], i: number, k: Knowledge): NounMention | null {
  const first = tokens[i]!;
  const previous = tokens[i - 1];
  if (previous && (NP_MODIFIER_POS.has(previous.pos) || DETERMINERS.has(previous.normal))) return null;
  // "the most important energy project" evaluates something already named; it is not a name.
  if (previous && SUPERLATIVE_MARKERS.has(previous.normal)) return null;
  if (!DETERMINERS.has(first.normal) && !NP_MODIFIER_POS.has(first.pos)) return null;
  let at = i;
  if (DETERMINERS.has(first.normal)) at++;
  const modifiersFrom = at;
  // "1,900-kilometre": a hyphen with no space around it joins two modifiers into one.
  const modifierAt = (j: number) => NP_MODIFIER_POS.has(tokens[j]!.pos) || (joinedHyphen(tokens, j) && NP_MODIFIER_POS.has(tokens[j + 1]!.pos));
  while (at < tokens.length && modifierAt(at) && !k.issueNouns.has(tokens[at]!.normal)) at++;
  // The phrase ends at the first word that is neither a modifier nor an issue noun ("the powers the law …").
  if (!tokens[at] || !k.issueNouns.has(tokens[at]!.normal)) return null;
  // The head is the last issue noun of the run ("arms sales package": "package").
  while (at + 1 < tokens.length && k.issueNouns.has(tokens[at + 1]!.normal) && NP_MODIFIER_POS.has(tokens[at + 1]!.pos)) at++;
  const head = tokens[at];
  // The tagger reads "the Houthi launch as …" as a verb: after a determiner and a modifier, with no object, it is the noun.
  const nounAfterModifier = at > modifiersFrom && DETERMINERS.has(first.normal) && !["NOUN", "PROPN", "DET", "PRON"].includes(tokens[at + 1]?.pos ?? "");
  const issueClass = head && (head.pos === "NOUN" || head.pos === "PROPN" || (head.pos === "VERB" && nounAfterModifier)) ? k.issueNouns.get(head.normal) : undefined;
  if (!head || !issueClass) return null;
  if (tokens[at + 1] && (tokens[at + 1]!.pos === "NOUN" || tokens[at + 1]!.pos === "PROPN")) return null;
  let end = at + 1;
  // A dictionary entity inside the phrase wins ("the Nord Stream 2 pipeline"), unless a named complement makes
  // the phrase more specific than a generic alias ("a trade agreement with India" is not free trade in general).
  const specific = ISSUE_PREPOSITIONS.has(tokens[end]?.normal ?? "") && tokens.slice(end + 1, end + 5).some((t) => t.pos === "PROPN");
  // An actor's name is a modifier ("the Houthi launch"), not the issue's own name.
  const actorAt = (j: number) => {
    const id = (k.demonyms.match(tokens, text, j) ?? k.aliases.match(tokens, text, j))?.values[0];
    return id !== undefined && k.entities.get(id)?.label === "Actor" ? id : undefined;
  };
  const isActor = (j: number) => actorAt(j) !== undefined;
  if (!specific) for (let j = i; j <= at; j++) if (k.aliases.match(tokens, text, j) && !isActor(j)) return null;
  // Amounts and evaluations do not name an issue: "€2.5 billion purchase" is a purchase (of what follows).
  const modifiers = tokens.slice(modifiersFrom, at).filter((t) => !k.dropModifiers.has(t.normal) && !["NUM", "SYM", "PUNCT"].includes(t.pos));
  if (modifiers.length === 0 && DETERMINERS.has(first.normal) && !ISSUE_PREPOSITIONS.has(tokens[end]?.normal ?? "")) {
    return { length: end - i, label: "Issue", cue: { via: "anaphor", issueClass } };
  }
  if (modifiers.length === 0 && !ISSUE_PREPOSITIONS.has(tokens[end]?.normal ?? "")) return null;
  // "with India", "of Hodeidah": a proper-noun complement makes the name specific.
  if (ISSUE_PREPOSITIONS.has(tokens[end]?.normal ?? "")) {
    let pp = end + 1;
    // "with South Korea’s military": a possessive goes on to what it owns.
    const inComplement = (t: Token) => t.normal === "the" || NP_MODIFIER_POS.has(t.pos) || (isPossessiveMark(t.normal) && tokens[pp + 1] !== undefined && NP_MODIFIER_POS.has(tokens[pp + 1]!.pos));
    while (pp < tokens.length && pp < end + 5 && inComplement(tokens[pp]!)) pp++;
    const named = tokens.slice(end + 1, pp).some((t) => t.pos === "PROPN");
    const counted = tokens.slice(modifiersFrom, at).some((t) => t.pos === "NUM");
    if (named || (counted && modifiers.length === 0)) end = pp;
    else if (modifiers.length === 0) return null;
  }
  const nameFrom = tokens.slice(modifiersFrom, end).findIndex((t) => !k.dropModifiers.has(t.normal) && t.pos !== "NUM" && /^\p{L}/u.test(t.normal)) + modifiersFrom;
  const name = text.slice(tokens[nameFrom]!.start, tokens[end - 1]!.end);
  const capitalised = tokens.slice(modifiersFrom, end).map((t, j) => ({ t, at: modifiersFrom + j })).filter(({ t }) => /^\p{Lu}/u.test(text.slice(t.start, t.end)));
  const properName = capitalised
    .filter(({ t, at }) => !isActor(at) && !k.issueNouns.has(t.normal))
    .map(({ t }) => t.normal)
    .join(" ");
  const actors = [...new Set(capitalised.map(({ at }) => actorAt(at)).filter((id) => id !== undefined))];
  const cue = { via: "issue", name, issueClass, properName, actors, definite: DEFINITE.has(first.normal) } as const;
  return { length: end - i, label: "Issue", cue };
}

/** "the court", "the government", "the ministry": a bare institution noun, resolved to the article's institution. */
export function institutionAnaphor(text: string, tokens: readonly Token[], i: number, k: Knowledge): NounMention | null {
  // "approved by parliament": a bare legislature noun after a preposition is the article's own.
  const bare = tokens[i - 1]?.pos === "ADP" && k.bareInstitutionNouns.has(surfaceOf(text, tokens[i]!));
  if (tokens[i]?.normal !== "the" && !bare) return null;
  const start = bare ? i : i + 1;
  // "the ruling" stands for the court that issued it.
  const act = bare ? undefined : k.actNouns[tokens[start]?.normal ?? ""];
  const noun = act ? { length: 1 } : k.institutionNouns.match(tokens, text, start);
  if (!noun) return null;
  const end = start + noun.length;
  if (["of", "for"].includes(tokens[end]?.normal ?? "") || tokens[end]?.pos === "NOUN") return null;
  const nounText = act ?? spanText(text, tokens, start, end);
  return { length: end - i, label: "Actor", cue: { via: "institution", noun: nounText } };
}

/** "campaigned against it", "opposed it": an object "it" refers back to the latest issue. */
export function issuePronoun(tokens: readonly Token[], i: number, k: Knowledge): NounMention | null {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (token.normal !== "it" || !before || (before.pos !== "VERB" && before.pos !== "ADP")) return null;
  // "the ministry said it regretted …": after a verb of saying, "it" is a body speaking of itself.
  if (k.cues.reporting.includes(before.lemma)) return { length: 1, label: "Actor", cue: { via: "pronoun", pronoun: "it" } };
  return { length: 1, label: "Issue", cue: { via: "anaphor", issueClass: "*" } };
}

/** "the parties", "both sides", "these two countries": the pair of states an article is about. */
export function bothSides(tokens: readonly Token[], i: number, k: Knowledge): NounMention | null {
  const opener = tokens[i]?.normal ?? "";
  if (!["the", "these", "those", "both"].includes(opener)) return null;
  const counted = tokens[i + 1]?.normal === "two";
  const noun = tokens[i + (counted ? 2 : 1)];
  const scope = noun ? k.bothSidesNouns[noun.normal] : undefined;
  // "the countries", "both countries" may be any countries; the last two named are "these (two)" or "the two" of them.
  if (!scope || (scope === "recent" && !counted && ["the", "both"].includes(opener))) return null;
  return { length: counted ? 3 : 2, label: "Actor", cue: { via: "bothSides", recent: scope === "recent" } };
}
