// Pipeline stage: find mentions of actors and issues in each sentence, recording how each was recognised.
// Longest match wins at each position; resolution to canonical entities happens in the next stage.
import type { ArticleDoc, Mention, MentionCue, NodeLabel, Sentence, Token } from "../../model/index.ts";
import type { Knowledge } from "../knowledge/compile.ts";
import { phraseCueAt } from "../knowledge/cue-index.ts";
import { isPossessiveMark, joinedHyphen, quotedAfter } from "../nlp/marks.ts";
import { continuesName, isNamePart, nameKey, nameRunLength, organisationNameEnd, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, spanText, surfaceOf } from "./names.ts";
import { cueObject } from "./cue-objects.ts";
import { bothSides, institutionAnaphor, issuePhrase, issuePronoun, stateInstitution } from "./nouns.ts";

/** Words that introduce an apposition or speech and so confirm that a bare name run is a person. */
const APPOSITION_OPENERS = new Set(["a", "an", "the", "who", "whose", "president", "director", "chairman", "head", "editor", "leader"]);
const SPEECH_VERBS = new Set(["say", "tell", "add", "predict", "write", "argue", "note", "warn"]);

interface Found {
  length: number;
  label: NodeLabel;
  cue: MentionCue;
}

export function findMentions(doc: ArticleDoc, knowledge: Knowledge): ArticleDoc {
  const sentences = doc.data.sentences ?? [];
  // People named in full anywhere in the article: their surnames alone refer back to them.
  const localSurnames = new Set<string>();
  // Parties named in full: their members in the plural refer to them ("the Socialists": the Socialist Party).
  const localParties = new Map<string, string>();
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.tokens.length; i++) {
      const found = discoverPerson(doc.text, sentence.tokens, i, knowledge);
      if (found?.cue.via === "discovered") localSurnames.add(nameKey(found.cue.name).split(" ").pop()!);
      const party = sentence.tokens[i + 1]?.normal === "party" ? /^(\p{Lu}\p{Ll}+) Party$/u.exec(spanText(doc.text, sentence.tokens, i, i + 2)) : null;
      if (party) localParties.set(`${party[1]!.toLowerCase()}s`, party[0]);
    }
  }
  const mentions: Mention[] = [];
  // Whether a token stands inside quotation marks, which may span sentences but not paragraphs.
  let quoted = false;
  let previousEnd = 0;
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    if (doc.text.slice(previousEnd, sentence.start).includes("\n")) quoted = false;
    previousEnd = sentence.end;
    for (let i = 0; i < tokens.length; ) {
      quoted = quotedAfter(tokens[i]!.normal, quoted);
      if (quoted && FIRST_PERSON.has(tokens[i]!.normal)) {
        mentions.push({ start: tokens[i]!.start, end: tokens[i]!.end, sentence: sentence.index, label: "Actor", cue: pronounCue(tokens, i), entity: null });
        i++;
        continue;
      }
      const named = mentions[mentions.length - 1];
      const before = named?.sentence === sentence.index && named.end === tokens[i - 2]?.end ? named : undefined;
      const found =
        (before && appositive(doc.text, tokens, i, knowledge, before)) ??
        partyMembers(doc.text, tokens, i, localParties) ??
        pluralName(doc.text, tokens, i, knowledge) ??
        findAt(doc.text, sentence, i, knowledge, localSurnames);
      if (!found) {
        i++;
        continue;
      }
      const last = tokens[i + found.length - 1]!;
      mentions.push({ start: tokens[i]!.start, end: last.end, sentence: sentence.index, label: found.label, cue: found.cue, entity: null });
      i += found.length;
    }
  }
  return { ...doc, data: { ...doc.data, mentions } };
}

function findAt(text: string, sentence: Sentence, i: number, k: Knowledge, localSurnames: Set<string>): Found | null {
  const tokens = sentence.tokens;
  return (
    titledName(text, tokens, i, k) ??
    roleReference(text, tokens, i, k) ??
    stateInstitution(text, tokens, i, k) ??
    collectiveGroup(text, tokens, i, k) ??
    sharedDemonymGroup(text, tokens, i, k) ??
    personGroup(text, tokens, i, k, localSurnames) ??
    dictionaryAlias(text, tokens, i, k) ??
    describedGroup(text, tokens, i, k) ??
    characterisedGroup(text, tokens, i, k) ??
    pronounGroup(text, tokens, i, k) ??
    homeGroup(text, tokens, i, k) ??
    institutionAnaphor(text, tokens, i, k) ??
    bothSides(tokens, i, k) ??
    issuePhrase(text, tokens, i, k) ??
    cueObject(text, tokens, i, k) ??
    discoverPerson(text, tokens, i, k) ??
    discoverOrganisation(text, tokens, i, k, localSurnames) ??
    surname(text, tokens, i, k, localSurnames) ??
    issuePronoun(tokens, i, k) ??
    pronoun(tokens, i)
  );
}

/**
 * "A Just Russia, a nominally opposition political party that …", "Mucech, the country’s main farmers’ federation,":
 * a description set off by a comma after an actor's name names that actor again, so a relative clause after it has
 * an antecedent. Only descriptions headed by an organisation, collective or role noun count.
 */
function appositive(text: string, tokens: readonly Token[], i: number, k: Knowledge, named: Mention): Found | null {
  if (named.label !== "Actor" || named.cue.via === "pronoun" || tokens[i - 1]?.normal !== ",") return null;
  if (!["a", "an", "the"].includes(tokens[i]?.normal ?? "")) return null;
  let end = i + 1;
  while (end < Math.min(tokens.length, i + 9) && (DESCRIPTION_POS.has(tokens[end]!.pos) || isPossessiveMark(tokens[end]!.normal) || tokens[end]!.normal === "-")) end++;
  const head = tokens[end - 1]!;
  const closes = end >= tokens.length || [",", ".", "that", "which", "who"].includes(tokens[end]!.normal);
  // A person is described by an office ("the editor"); a body by what it is ("a party", "the main federation").
  const person = named.cue.via === "surname" || named.cue.via === "role" || kindOf(named.cue, k) === "person";
  const describesActor = person ? k.roleHeads.has(head.normal) : k.orgSuffixes.has(head.normal) || k.collectives.match(tokens, text, end - 1) !== null;
  if (!closes || head.pos !== "NOUN" || !describesActor) return null;
  return { length: end - i, label: "Actor", cue: named.cue };
}

function kindOf(cue: MentionCue, k: Knowledge): string | undefined {
  if (cue.via === "dictionary") return k.entities.get(cue.entity)?.kind;
  return cue.via === "discovered" ? cue.kind : undefined;
}

/** What a description may be made of: "a nominally opposition political party", "the country’s main federation". */
const DESCRIPTION_POS = new Set(["DET", "ADJ", "ADV", "NOUN", "NUM"]);

/** "We oppose …", "our farmers" inside a quotation: the speaker, whom the resolve stage finds around the quote. */
const FIRST_PERSON = new Set(["we", "us", "our"]);

/** "the Socialists" after "the Socialist Party": members in the plural stand for their party. */
function partyMembers(text: string, tokens: readonly Token[], i: number, parties: Map<string, string>): Found | null {
  const token = tokens[i]!;
  const name = isNamePart(text, token) ? parties.get(token.normal) : undefined;
  return name ? { length: 1, label: "Actor", cue: { via: "discovered", name, kind: "organisation" } } : null;
}

/**
 * "The Greens, who led the resistance …": a capitalised plural after "the" that acts (a comma or a verb follows) is
 * a body the dictionaries do not know. A demonym in the plural ("the Russians") is not one: it is its people.
 */
function pluralName(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (tokens[i - 1]?.normal !== "the" || !next || !isNamePart(text, token) || !/^\p{Lu}\p{Ll}{2,}s$/u.test(surfaceOf(text, token))) return null;
  if (next.normal !== "," && next.pos !== "VERB" && next.pos !== "AUX") return null;
  const singular = { ...token, normal: token.normal.slice(0, -1), end: token.end - 1 };
  if (k.aliases.match(tokens, text, i) || k.demonyms.match([singular], text, 0) || k.collectives.match(tokens, text, i)) return null;
  return { length: 1, label: "Actor", cue: { via: "discovered", name: surfaceOf(text, token), kind: "organisation" } };
}

/** "Senator John Kennedy", "Mr. Venediktov", "President Trump", "Prime Minister Theresa May". */
function titledName(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  const title = k.honorifics.match(tokens, text, i) ?? k.titles.match(tokens, text, i);
  if (!title) return null;
  const at = i + title.length;
  const person = personAt(text, tokens, at, k);
  if (person) return { ...person, length: title.length + person.length };
  const run = nameRunLength(text, tokens, at);
  if (run === 0) return null;
  const name = spanText(text, tokens, at, at + run);
  // "President Andrés Valdivia": the title is an office the article's later "the president" can refer back to.
  const roles = k.roles.match(tokens, text, i)?.values;
  const cue: MentionCue = name.includes(" ") ? { via: "discovered", name, kind: "person", ...(roles && { roles }) } : { via: "surname", surname: name };
  return { length: title.length + run, label: "Actor", cue };
}

/** A dictionary person by alias, or by first name + surname around middle initials ("Vladimir V. Putin"). */
function personAt(text: string, tokens: readonly Token[], at: number, k: Knowledge): Found | null {
  const alias = k.aliases.match(tokens, text, at);
  const entity = alias && k.entities.get(alias.values[0]!);
  if (alias && entity?.kind === "person") return { length: alias.length, label: "Actor", cue: { via: "dictionary", entity: entity.id } };
  const run = nameRunLength(text, tokens, at);
  if (run < 2) return null;
  const key = nameKey(spanText(text, tokens, at, at + run)).split(" ");
  const id = k.firstAndLast.get(`${key[0]} ${key[key.length - 1]}`);
  return id ? { length: run, label: "Actor", cue: { via: "dictionary", entity: id } } : null;
}

/** "the Russian president", "Russia's defense minister", "the president" — when no name follows. */
function roleReference(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  let at = i;
  if (tokens[at]?.normal === "the") at++;
  // "the incumbent president": an adjective may stand before the role, but not one that names another holder ("former").
  const describesRole = at > i && tokens[at]?.pos === "ADJ" && !k.roles.match(tokens, text, at) && k.roles.match(tokens, text, at + 1);
  if (describesRole && !k.formerMarkers.has(tokens[at]!.normal)) at++;
  let country: string | null = null;
  const demonym = k.demonyms.match(tokens, text, at) ?? k.aliases.match(tokens, text, at);
  if (demonym && k.entities.get(demonym.values[0]!)?.kind === "state") {
    country = demonym.values[0]!;
    at += demonym.length;
    if (isPossessiveMark(tokens[at]?.normal ?? "")) at++;
  }
  const role = k.roles.match(tokens, text, at);
  if (!role) return null;
  const end = at + role.length;
  // A name after the role makes the name the mention ("Russian President Vladimir Putin").
  // "the leader of A Just Russia" heads that body, not a state.
  if (nameRunLength(text, tokens, end) > 0 || tokens[end]?.normal === "," || (country === null && tokens[end]?.normal === "of")) return null;
  if (country === null && tokens[i]?.normal !== "the") return null;
  return { length: end - i, label: "Actor", cue: { via: "role", roles: role.values, country } };
}

/** "Trump’s critics", "Trump advisors", "critics of Mr. Trump", "Trump’s senior national security appointees". */
function personGroup(text: string, tokens: readonly Token[], i: number, k: Knowledge, localSurnames: Set<string>): Found | null {
  const inverted = collectiveOfPerson(text, tokens, i, k, localSurnames);
  if (inverted) return inverted;
  const token = tokens[i]!;
  if (!isNamePart(text, token) || (i > 0 && isNamePart(text, tokens[i - 1]!))) return null;
  if (!k.surnames.has(token.normal) && !localSurnames.has(token.normal)) return null;
  let at = i + 1;
  const possessive = isPossessiveMark(tokens[at]?.normal ?? "");
  if (possessive) at++;
  const collective = collectiveAhead(text, tokens, at, k, { names: true });
  if (!collective) return null;
  return { length: collective.end - i, label: "Actor", cue: { via: "ownedGroup", collective: collective.noun, owner: { surname: surfaceOf(text, token), possessive } } };
}

/**
 * "his political opponents", "their Washington detractors": a possessive pronoun's group, named after its owner
 * once the pronoun is resolved. A stance ("his opposition to the deal") is no group; a demonym's group
 * ("their Russian counterparts") is the demonym's.
 */
function pronounGroup(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  const token = tokens[i]!;
  if (!POSSESSIVE_PRONOUNS.has(token.normal) || FIRST_PERSON.has(token.normal)) return null;
  const collective = collectiveAhead(text, tokens, i + 1, k, { names: true });
  if (!collective || stanceNoun(tokens, collective.end - 1, k)) return null;
  for (let at = i + 1; at < collective.end; at++) if (k.demonyms.match(tokens, text, at)) return null;
  return { length: collective.end - i, label: "Actor", cue: { via: "ownedGroup", collective: collective.noun, owner: { pronoun: token.normal } } };
}

/**
 * "many policymakers", "these same policymakers": with no demonym, a quantified group of officials is the home
 * state's, which the resolve stage knows. Not "some officials in Brussels": a place says whose they are.
 */
function homeGroup(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  if (!QUANTIFIERS.has(tokens[i]!.normal)) return null;
  let at = i + 1;
  while (tokens[at]?.pos === "ADJ" && at < i + 3) at++;
  const collective = k.collectives.match(tokens, text, at);
  if (!collective || !k.homeCollectives.has(collective.values[0]!)) return null;
  const end = at + collective.length;
  if (["in", "from", "of", "at"].includes(tokens[end]?.normal ?? "")) return null;
  return { length: end - i, label: "Actor", cue: { via: "homeGroup", collective: collective.values[0]! } };
}

const QUANTIFIERS = new Set(["many", "some", "several", "most", "few", "these", "those"]);

/** A collective noun, where it starts and ends, and how many describing words stand before it ("far-right" is one). */
interface CollectiveAhead {
  noun: string;
  from: number;
  end: number;
  words: number;
}

/**
 * A collective noun at `at`, or after up to four describing words: adjectives, nouns, hyphen-joined words
 * ("state-controlled", "far-right"), names when `names` ("Washington detractors"), "and" when `joined` ("foreign
 * and defense policy officials").
 */
function collectiveAhead(text: string, tokens: readonly Token[], at: number, k: Knowledge, { names = false, joined = false } = {}): CollectiveAhead | null {
  for (let words = 0; words <= 4 && at < tokens.length; words++) {
    const collective = k.collectives.match(tokens, text, at);
    if (collective) return { noun: collective.values[0]!, from: at, end: at + collective.length, words };
    // "far-right": three tokens, one word; "Soviet-era leaders": the hyphen goes on the word before `at`.
    if (joinedHyphen(tokens, at + 1) || joinedHyphen(tokens, at)) {
      at += joinedHyphen(tokens, at) ? 2 : 3;
      continue;
    }
    const token = tokens[at]!;
    if (!(token.pos === "ADJ" || token.pos === "NOUN" || (names && token.pos === "PROPN") || (joined && token.normal === "and"))) return null;
    at++;
  }
  return null;
}

/** "critics of Mr. Trump" names the same group as "Trump’s critics". */
function collectiveOfPerson(text: string, tokens: readonly Token[], i: number, k: Knowledge, localSurnames: Set<string>): Found | null {
  const collective = k.collectives.match(tokens, text, i);
  if (!collective || tokens[i + collective.length]?.normal !== "of") return null;
  let at = i + collective.length + 1;
  if (k.honorifics.match(tokens, text, at)) at += k.honorifics.match(tokens, text, at)!.length;
  const person = tokens[at];
  if (!person || !isNamePart(text, person) || tokens[at + 1]?.pos === "PROPN") return null;
  if (!k.surnames.has(person.normal) && !localSurnames.has(person.normal)) return null;
  return { length: at + 1 - i, label: "Actor", cue: { via: "ownedGroup", collective: collective.values[0]!, owner: { surname: surfaceOf(text, person), possessive: true } } };
}

/** "Russian officials", "Russian foreign and defense policy officials", "the Russians". */
function collectiveGroup(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  // A demonym proper ("Russian"), or a state's possessive that stands for one ("Russia’s").
  const spelled = k.demonyms.match(tokens, text, i);
  const demonym = spelled ?? statePossessive(text, tokens, i, k);
  if (!demonym) return null;
  const alias = k.aliases.match(tokens, text, i);
  const state = demonym.values[0]!;
  const demonymText = spanText(text, tokens, i, i + demonym.length);
  const collective = collectiveAhead(text, tokens, i + demonym.length, k, { joined: true });
  if (collective) {
    // "Poland’s opposition to the pipeline" is a stance, not the Polish opposition; "American military exercises"
    // are exercises.
    if (stanceNoun(tokens, collective.end - 1, k) || k.issueNouns.has(tokens[collective.end]?.normal ?? "")) return null;
    const length = collective.end - i;
    // A name the dictionary knows ("NATO allies" = NATO) wins over a group built from its words, unless
    // the group runs on past it ("Russian state media" is not "the Russian state").
    if (alias && alias.length >= length) return null;
    return { length, label: "Actor", cue: { via: "discovered", name: `${demonymText} ${collective.noun}`, kind: "group" } };
  }
  if ((alias && alias.length > demonym.length) || !spelled) return null;
  // A plural demonym used as a noun names the state's side ("the Russians had modest expectations").
  const next = tokens[i + demonym.length];
  const surface = surfaceOf(text, tokens[i]!);
  if (demonym.length === 1 && /s$/.test(surface) && tokens[i]!.pos !== "ADJ" && next?.pos !== "NOUN") {
    return { length: 1, label: "Actor", cue: { via: "dictionary", entity: state } };
  }
  // "the Russian side": in diplomatic reporting, the state itself.
  if (demonym.length === 1 && next && k.sideNouns.has(next.normal)) {
    return { length: 2, label: "Actor", cue: { via: "dictionary", entity: state } };
  }
  return null;
}

/** A noun cue followed by one of its prepositions ("opposition to", "support for"). */
function stanceNoun(tokens: readonly Token[], at: number, k: Knowledge): boolean {
  const [noun, next] = [tokens[at], tokens[at + 1]];
  return !!noun && !!next && phraseCueAt(k.cueIndex.nouns, noun, next.normal) !== undefined;
}

/** "Russia’s political elite": a state's name with a possessive stands where a demonym would. */
function statePossessive(text: string, tokens: readonly Token[], i: number, k: Knowledge): { length: number; values: string[] } | null {
  const alias = k.aliases.match(tokens, text, i);
  if (!alias || k.entities.get(alias.values[0]!)?.kind !== "state") return null;
  return isPossessiveMark(tokens[i + alias.length]?.normal ?? "") ? { length: alias.length + 1, values: alias.values } : null;
}

/**
 * "the police unions", "two journalists’ unions": a collective noun that nouns before it describe, after a
 * determiner or a number, names a group of its own even without a demonym.
 */
function describedGroup(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  if (!["DET", "NUM"].includes(tokens[i - 1]?.pos ?? "")) return null;
  for (let at = i; at < i + 3 && tokens[at]?.pos === "NOUN"; at++) {
    const marked = isPossessiveMark(tokens[at + 1]?.normal ?? "");
    const collective = k.collectives.match(tokens, text, marked ? at + 2 : at + 1);
    if (!collective) continue;
    const end = (marked ? at + 2 : at + 1) + collective.length;
    return { length: end - i, label: "Actor", cue: { via: "discovered", name: spanText(text, tokens, i, end), kind: "group" } };
  }
  return null;
}

/**
 * "support for far-right populist forces", "backed by hard-line nationalist groups": after a preposition, a collective
 * that at least two describing words (a hyphenated one counts as one) set apart names a group of its own.
 */
function characterisedGroup(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  if (tokens[i - 1]?.pos !== "ADP") return null;
  const collective = collectiveAhead(text, tokens, i, k);
  if (!collective || collective.words < 2) return null;
  // "more powerful forces" only compares (an adverb ends the run); a name among the words makes it another group.
  for (let at = i; at < collective.from; at++) if (k.aliases.match(tokens, text, at) || k.demonyms.match(tokens, text, at)) return null;
  return { length: collective.end - i, label: "Actor", cue: { via: "discovered", name: spanText(text, tokens, i, collective.end), kind: "group" } };
}

/** "Russian officials and analysts": the second collective shares the first one's demonym ("Russian analysts"). */
function sharedDemonymGroup(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  if (tokens[i - 1]?.normal !== "and") return null;
  const collective = k.collectives.match(tokens, text, i);
  if (!collective) return null;
  for (let from = i - 2; from >= Math.max(0, i - 6); from--) {
    const demonym = k.demonyms.match(tokens, text, from);
    const first = demonym && k.collectives.match(tokens, text, from + demonym.length);
    if (!demonym || !first) continue;
    if (from + demonym.length + first.length !== i - 1) return null;
    const name = `${spanText(text, tokens, from, from + demonym.length)} ${collective.values[0]!}`;
    return { length: collective.length, label: "Actor", cue: { via: "discovered", name, kind: "group" } };
  }
  return null;
}

function dictionaryAlias(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  const alias = k.aliases.match(tokens, text, i);
  if (!alias) return null;
  const entity = k.entities.get(alias.values[0]!)!;
  // A state name used as a modifier of a title ("U.S. President Donald Trump") is not an actor of its own.
  if (entity.kind === "state" && (k.titles.match(tokens, text, i + alias.length) || k.roles.match(tokens, text, i + alias.length))) {
    return null;
  }
  return { length: alias.length, label: entity.label, cue: { via: "dictionary", entity: entity.id } };
}

/** A full name the dictionaries do not know, confirmed by an apposition, a title before it, or speech. */
function discoverPerson(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  if (i > 0 && isNamePart(text, tokens[i - 1]!)) return null;
  if (k.aliases.match(tokens, text, i) || k.demonyms.match(tokens, text, i)) return null;
  const run = nameRunLength(text, tokens, i);
  if (run < 2 || run > 4) return null;
  const words = tokens.slice(i, i + run);
  if (words.some((t) => k.orgSuffixes.has(t.normal) || k.titles.match(tokens, text, tokens.indexOf(t)))) return null;
  // "WWF Greece": an acronym makes it an organisation's name, not a person's.
  if (words.some((t) => /^\p{Lu}{2,}$/u.test(surfaceOf(text, t)))) return null;
  const after = tokens[i + run];
  const afterNext = tokens[i + run + 1];
  const before = tokens[i - 1];
  const confirmed =
    (after?.normal === "," && afterNext && APPOSITION_OPENERS.has(afterNext.normal)) ||
    (after && SPEECH_VERBS.has(after.lemma)) ||
    (before && SPEECH_VERBS.has(before.lemma)) ||
    // "Greece’s energy minister, Nikos Vardakis," / "his counterparts, Yael Ben-Ami": apposition after a role.
    (before?.normal === "," && tokens[i - 2] && (k.roleHeads.has(tokens[i - 2]!.normal) || tokens[i - 2]!.normal === "counterparts"));
  if (!confirmed) return null;
  const name = spanText(text, tokens, i, i + run);
  // "Greece’s energy minister, Nikos Vardakis": the office before the apposition is his, for "the minister" later.
  const roles = before?.normal === "," ? roleEndingAt(text, tokens, i - 1, k) : undefined;
  return { length: run, label: "Actor", cue: { via: "discovered", name, kind: "person", ...(roles && { roles }) } };
}

/** The roles of a role phrase ending right before token `end` ("energy minister" in "Greece’s energy minister,"). */
function roleEndingAt(text: string, tokens: readonly Token[], end: number, k: Knowledge): string[] | undefined {
  for (let from = end - 1; from >= Math.max(0, end - 4); from--) {
    const role = k.roles.match(tokens, text, from);
    if (role && from + role.length === end && role.values.length === 1) return role.values;
  }
  return undefined;
}

/**
 * "the Centre for European Reform", "Russian Association for Euro-Atlantic Cooperation"; a name without such a
 * suffix when an apposition or a descriptor says what it is ("Mucech, the country’s main farmers’ federation",
 * "the mining association Sonami").
 */
function discoverOrganisation(text: string, tokens: readonly Token[], i: number, k: Knowledge, localSurnames: Set<string>): Found | null {
  if (!isNamePart(text, tokens[i]!) || continuesName(text, tokens, i)) return null;
  // "Putin, the leader of …": a known surname in apposition is the person, not an organisation.
  const knownPerson = k.surnames.has(tokens[i]!.normal) || localSurnames.has(tokens[i]!.normal);
  const described = knownPerson ? null : describedOrganisation(text, tokens, i, k);
  if (described) return described;
  const end = organisationNameEnd(text, tokens, i)!;
  if (end - 1 === i || !tokens.slice(i, end).some((t) => k.orgSuffixes.has(t.normal) && isNamePart(text, t))) return null;
  return { length: end - i, label: "Actor", cue: { via: "discovered", name: spanText(text, tokens, i, end), kind: "organisation" } };
}

function describedOrganisation(text: string, tokens: readonly Token[], i: number, k: Knowledge): Found | null {
  if (k.aliases.match(tokens, text, i) || k.demonyms.match(tokens, text, i)) return null;
  const end = organisationNameEnd(text, tokens, i);
  if (end === null || end - i > 6) return null;
  const descriptorBefore = tokens[i - 1] && /^\p{Ll}/u.test(surfaceOf(text, tokens[i - 1]!)) && k.orgSuffixes.has(tokens[i - 1]!.normal);
  // "Mucech, the country’s main small-farmer federation,": a lower-case organisation noun in the apposition.
  const appositionAfter =
    tokens[end]?.normal === "," &&
    ["the", "a", "an"].includes(tokens[end + 1]?.normal ?? "") &&
    tokens.slice(end + 2, end + 10).some((t) => k.orgSuffixes.has(t.normal) && /^\p{Ll}/u.test(surfaceOf(text, t)));
  if (!descriptorBefore && !appositionAfter) return null;
  return { length: end - i, label: "Actor", cue: { via: "discovered", name: spanText(text, tokens, i, end), kind: "organisation" } };
}

function surname(text: string, tokens: readonly Token[], i: number, k: Knowledge, local: Set<string>): Found | null {
  const token = tokens[i]!;
  if (!isNamePart(text, token) || (i > 0 && isNamePart(text, tokens[i - 1]!))) return null;
  if (tokens[i + 1] && isNamePart(text, tokens[i + 1]!)) return null;
  // "the Hill", "a Brown": with an article in front it is a common noun or a place, not a surname.
  if (["the", "a", "an"].includes(tokens[i - 1]?.normal ?? "")) return null;
  if (!k.surnames.has(token.normal) && !local.has(token.normal)) return null;
  return { length: 1, label: "Actor", cue: { via: "surname", surname: surfaceOf(text, token) } };
}

function pronoun(tokens: readonly Token[], i: number): Found | null {
  const token = tokens[i]!;
  if (token.pos !== "PRON" && token.pos !== "DET") return null;
  // "it" names an actor only after a verb of saying ("said it regretted"), which the issue pronoun reader settles;
  // "we" only inside a quotation, where its speaker is someone.
  if (!(token.normal in PERSONAL_PRONOUNS) || token.normal === "it" || FIRST_PERSON.has(token.normal)) return null;
  const cue = pronounCue(tokens, i);
  if (token.normal === "its" && !cue.possessive) return null;
  return { length: 1, label: "Actor", cue };
}

/** "his fury at …", "its annexation of …", "our farmers": a possessive determiner names who owns the noun after it. */
function pronounCue(tokens: readonly Token[], i: number): Extract<MentionCue, { via: "pronoun" }> {
  const next = tokens[i + 1];
  const possessive = POSSESSIVE_PRONOUNS.has(tokens[i]!.normal) && next !== undefined && ["NOUN", "ADJ", "PROPN", "NUM"].includes(next.pos);
  return { via: "pronoun", pronoun: tokens[i]!.normal, ...(possessive && { possessive: true as const }) };
}
