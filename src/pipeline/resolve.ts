// Pipeline stage: resolve every mention to one canonical entity id, creating entities for discovered names.
// Order matters: names first, then surnames and roles that refer back to them, then pronouns by salience.
import { slugify, type ArticleDoc, type Entity, type Mention, type MentionCue, type Sentence } from "../model/index.ts";
import type { Knowledge } from "./knowledge/compile.ts";
import { institutionOfState, isInstitutionNoun } from "./knowledge/institutions.ts";
import { nameKey, PERSONAL_PRONOUNS } from "./mentions/names.ts";
import { quoteSpeaker } from "./quote-speaker.ts";
import { SentenceView } from "./relations/sentence-view.ts";

export function resolve(doc: ArticleDoc, knowledge: Knowledge): ArticleDoc {
  const mentions = (doc.data.mentions ?? []).map((m) => ({ ...m }));
  const discovered = new Map<string, Entity>();
  const entityOf = (id: string) => knowledge.entities.get(id) ?? discovered.get(id);

  const issueClasses = new Map<string, string>();
  const covers = (anaphorClass: string, entity: string) => issueClasses.has(entity) && knowledge.issueClassCovers(anaphorClass, issueClasses.get(entity)!);
  for (const mention of mentions) {
    const cue = mention.cue;
    if (cue.via === "dictionary") mention.entity = cue.entity;
    if (cue.via === "discovered") mention.entity = discover(cue.name, cue.kind, knowledge, discovered, cue.country ?? null, cue.roles);
    if (cue.via === "ownedGroup" && "surname" in cue.owner) mention.entity = discover(ownedGroupName(cue.owner.surname, cue.owner.possessive, cue.collective), "group", knowledge, discovered);
    if (cue.via === "issue") {
      const earlier = mentions.filter((m) => m.start < mention.start && m.entity && covers(cue.issueClass, m.entity));
      mention.entity = issueNamedBefore(cue, earlier) ?? discoverIssue(cue.name, knowledge, discovered);
      issueClasses.set(mention.entity!, cue.issueClass);
    }
  }
  repointHomeInstitutions(doc.text, mentions, knowledge, discovered);
  // A titled person the dictionaries do not know holds the office in the state the article is about.
  const home = dominantState(mentions, knowledge, discovered);
  for (const entity of discovered.values()) for (const role of entity.roles) role.country ??= home ?? null;
  resolveInstitutionAnaphors(mentions, knowledge, discovered, home);
  const homeDemonym = home ? entityOf(home)?.demonyms[0] : undefined;
  for (const mention of mentions) {
    if (mention.cue.via === "homeGroup" && homeDemonym) mention.entity = discover(`${homeDemonym} ${mention.cue.collective}`, "group", knowledge, discovered, home);
  }
  for (const mention of mentions) {
    const cue = mention.cue;
    if (cue.via !== "anaphor") continue;
    // The salient issue of the class so far: the most mentioned, the latest on a tie ("the law" = the article's law).
    const fits = (m: Mention) =>
      cue.issueClass === "*" ? m.label === "Issue" && m.sentence >= mention.sentence - 2 : covers(cue.issueClass, m.entity!);
    const earlier = mentions.filter((m) => m.start < mention.start && m.entity && fits(m));
    const counts = new Map<string, number>();
    for (const m of earlier) counts.set(m.entity!, (counts.get(m.entity!) ?? 0) + 1);
    const best = [...earlier].reverse().sort((a, b) => counts.get(b.entity!)! - counts.get(a.entity!)!)[0];
    mention.entity = best?.entity ?? null;
    if (best && cue.issueClass !== "*" && !issueClasses.has(best.entity!)) issueClasses.set(best.entity!, cue.issueClass);
  }
  for (const mention of mentions) {
    const cue = mention.cue;
    if (cue.via === "surname") mention.entity = bySurname(cue.surname, mention, mentions, knowledge, entityOf, doc.meta.published);
    if (cue.via === "ownedGroup" && "surname" in cue.owner) {
      mention.owner = bySurname(cue.owner.surname, mention, mentions, knowledge, entityOf, doc.meta.published) ?? undefined;
    }
    if (cue.via === "role") {
      const people = [...knowledge.entities.values(), ...discovered.values()];
      mention.entity = byRole(cue.roles, cue.country, mention, mentions, people, doc.meta.published) ?? unnamedOfficeHolder(cue.roles, cue.country ?? home ?? null, people, knowledge, discovered);
    }
  }
  resolveBothSides(doc.text, mentions, knowledge, entityOf);
  // "his political opponents": named after the owner its pronoun resolves to ("Trump’s opponents").
  const groupOwnedBy = (cue: Extract<MentionCue, { via: "ownedGroup" }>, owner: string) => {
    const entity = entityOf(owner)!;
    const name = entity.kind === "person" ? entity.name.split(" ").pop()! : entity.name;
    return discover(ownedGroupName(name, true, cue.collective), "group", knowledge, discovered);
  };
  resolvePronouns(mentions, entityOf, doc.data.sentences ?? [], groupOwnedBy);
  // After the other pronouns: "“We …,” she said" needs "she" first.
  for (const mention of mentions) {
    if (mention.cue.via === "pronoun" && PERSONAL_PRONOUNS[mention.cue.pronoun] === "speaker") {
      mention.entity = quoteSpeaker(doc.data.sentences ?? [], mention, mentions, knowledge.cues.reporting)?.entity ?? null;
    }
  }
  // Every way the article named a discovered entity is an alias of it, for search and for evaluation.
  for (const mention of mentions) {
    const entity = mention.entity ? discovered.get(mention.entity) : undefined;
    const surface = doc.text.slice(mention.start, mention.end);
    const pronounLike = mention.cue.via === "pronoun" || (mention.cue.via === "anaphor" && mention.cue.issueClass === "*");
    if (entity && !pronounLike && !entity.aliases.includes(surface)) entity.aliases.push(surface);
  }
  return { ...doc, data: { ...doc.data, mentions, discovered: [...discovered.values()] } };
}

/**
 * The issue an issue phrase names again, among the earlier mentions of its class: "The 1,900-kilometre pipeline", a
 * definite description with no name of its own, is the latest one ("the Houthi launch" only one that names the
 * Houthis too, "the Indian deal" the agreement with India); "the EastMed gas pipeline" is the one with the same proper name.
 */
function issueNamedBefore(cue: Extract<MentionCue, { via: "issue" }>, earlier: Mention[]): string | undefined {
  const issueCue = (m: Mention) => (m.cue.via === "issue" ? m.cue : undefined);
  const sameName = (m: Mention) => cue.properName !== "" && issueCue(m)?.properName === cue.properName;
  const sameActors = (m: Mention) => cue.actors.every((id) => issueCue(m)?.actors.includes(id) ?? false);
  const descriptive = cue.definite && cue.properName === "";
  return (descriptive ? earlier.filter(sameActors) : earlier.filter(sameName)).pop()?.entity ?? undefined;
}

function discoverIssue(name: string, k: Knowledge, discovered: Map<string, Entity>): string {
  const id = slugify(name);
  if (k.entities.has(id)) return id;
  if (!discovered.has(id)) discovered.set(id, { id, label: "Issue", name, kind: "issue", aliases: [name], country: null, roles: [], demonyms: [] });
  return id;
}

/**
 * A bare "the Senate" in an article about Chile is Chile's Senate: a dictionary institution named by a bare noun
 * goes to the same-noun institution of another state the article named before, or, when the article names the
 * institution's own state once at most, to that noun's institution of the state the article names most.
 */
function repointHomeInstitutions(text: string, mentions: Mention[], k: Knowledge, discovered: Map<string, Entity>): void {
  // A state named once in passing ("The United States … declined to comment") does not own the article's "Congress".
  const named = new Map<string, number>();
  for (const m of mentions) if (m.entity && k.entities.get(m.entity)?.kind === "state") named.set(m.entity, (named.get(m.entity) ?? 0) + 1);
  // "the U.S. proposal, which would require approval by Congress": a state named close by keeps its own institution.
  const namedNear = (state: string, mention: Mention) =>
    mentions.some((m) => m.entity === state && m.sentence <= mention.sentence && m.sentence >= mention.sentence - 1);
  const dominant = dominantState(mentions, k, discovered);
  for (const mention of mentions) {
    if (mention.cue.via !== "dictionary") continue;
    const entity = k.entities.get(mention.entity!);
    const noun = text.slice(mention.start, mention.end).replace(/^the\s+/i, "");
    // Only a generic institution noun ("Senate", "Congress", "parliament") can belong to another state; "the Kremlin" cannot.
    if (entity?.kind !== "institution" || !entity.country || !isInstitutionNoun(k, noun)) continue;
    const local = mentions
      .filter((m) => m.start < mention.start && m.entity && discovered.get(m.entity)?.kind === "institution")
      .filter((m) => discovered.get(m.entity!)!.name.toLowerCase().endsWith(` ${noun.toLowerCase()}`))
      .pop();
    if (local) {
      mention.entity = local.entity;
    } else if (dominant && dominant !== entity.country && (named.get(entity.country) ?? 0) <= 1 && !namedNear(entity.country, mention)) {
      mention.entity = homeInstitution(k, discovered, dominant, noun);
    }
  }
}

/** "the court" after "Germany’s Federal Constitutional Court"; else the noun's institution of the article's main state. */
function resolveInstitutionAnaphors(mentions: Mention[], k: Knowledge, discovered: Map<string, Entity>, dominant: string | undefined): void {
  const entityOf = (id: string) => k.entities.get(id) ?? discovered.get(id);
  for (const mention of mentions) {
    if (mention.cue.via !== "institution") continue;
    const noun = mention.cue.noun.toLowerCase();
    const named = (m: Mention) => {
      const entity = m.entity ? entityOf(m.entity) : undefined;
      return entity?.kind === "institution" && [entity.name, ...entity.aliases].some((n) => n.toLowerCase().endsWith(noun));
    };
    const antecedent = mentions.filter((m) => m.start < mention.start && m !== mention && named(m)).pop();
    if (antecedent) {
      mention.entity = antecedent.entity;
    } else if (dominant) {
      mention.entity = homeInstitution(k, discovered, dominant, mention.cue.noun);
    }
  }
}

/**
 * The state the article is about: the one it names most, itself or through an institution found with its state
 * ("Chile’s Senate"), the headline and lede counting triple, as news writing puts its subject there.
 */
function dominantState(mentions: Mention[], k: Knowledge, discovered: Map<string, Entity>): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const state = m.entity ? (k.entities.get(m.entity)?.kind === "state" ? m.entity : discovered.get(m.entity)?.country) : null;
    if (state) counts.set(state, (counts.get(state) ?? 0) + (m.sentence <= LEDE_SENTENCES ? 3 : 1));
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Sentence indexes of the headline and the lede. */
const LEDE_SENTENCES = 1;

function discover(name: string, kind: Entity["kind"], k: Knowledge, discovered: Map<string, Entity>, country: string | null = null, roles: string[] = []): string {
  const key = nameKey(name).split(" ");
  const known = kind === "person" ? k.firstAndLast.get(`${key[0]} ${key[key.length - 1]}`) : undefined;
  if (known) return known;
  const id = slugify(kind === "person" ? key.join(" ") : name);
  if (k.entities.has(id)) return id;
  const existing = discovered.get(id);
  if (existing) {
    if (!existing.aliases.includes(name)) existing.aliases.push(name);
    for (const role of roles) if (!existing.roles.some((r) => r.role === role)) existing.roles.push(office(role, country));
  } else {
    discovered.set(id, { id, label: "Actor", name, kind, aliases: [name], country, roles: roles.map((role) => office(role, country)), demonyms: [] });
  }
  return id;
}

function bySurname(
  surname: string,
  mention: Mention,
  mentions: Mention[],
  k: Knowledge,
  entityOf: (id: string) => Entity | undefined,
  published: string | null,
): string | null {
  const wanted = surname.toLowerCase();
  // Someone the article names in full wins: the nearest such mention, preferring earlier ones.
  const named = mentions
    .filter((m) => m.entity && m !== mention && m.cue.via !== "pronoun" && m.cue.via !== "surname")
    .filter((m) => {
      const entity = entityOf(m.entity!);
      return entity?.kind === "person" && nameKey(entity.name).split(" ").pop() === wanted;
    })
    .sort((a, b) => Number(a.start > mention.start) - Number(b.start > mention.start) || Math.abs(a.start - mention.start) - Math.abs(b.start - mention.start));
  if (named[0]) return named[0].entity;
  const candidates = k.surnames.get(wanted) ?? [];
  if (candidates.length === 1) return candidates[0]!;
  const inOffice = candidates.filter((id) => heldAnyRole(k.entities.get(id)!, published));
  return inOffice.length === 1 ? inOffice[0]! : null;
}

/** An office in the given state; with none, the state is settled once the article's home state is known. */
function office(role: string, country: string | null): Entity["roles"][number] {
  return { role, country, from: null, to: null };
}

function byRole(
  roles: string[],
  country: string | null,
  mention: Mention,
  mentions: Mention[],
  people: Entity[],
  published: string | null,
): string | null {
  const holds = (entity: Entity) => entity.roles.some((r) => roles.includes(r.role) && (country === null || r.country === country));
  const candidates = people.filter((e) => e.kind === "person" && holds(e));
  const mentioned = candidates.filter((c) => mentions.some((m) => m.entity === c.id && m.cue.via !== "role" && m.cue.via !== "pronoun"));
  if (mentioned.length === 1) return mentioned[0]!.id;
  if (mentioned.length > 1) {
    const before = mentions.filter((m) => m.start < mention.start && mentioned.some((c) => c.id === m.entity));
    return before[before.length - 1]?.entity ?? mentioned[0]!.id;
  }
  if (country === null || published === null) return null;
  const inOffice = candidates.filter((c) => c.roles.some((r) => roles.includes(r.role) && r.country === country && covers(r, published)));
  return inOffice.length === 1 ? inOffice[0]!.id : null;
}

/**
 * "The prime minister did not mention the pipeline": an office no one the dictionaries or the article name holds
 * becomes a person of its own ("Greek prime minister"), whom later pronouns can take. An office the dictionaries
 * fill at some date is left unresolved rather than doubled.
 */
function unnamedOfficeHolder(roles: string[], country: string | null, people: Entity[], k: Knowledge, discovered: Map<string, Entity>): string | null {
  const state = country ? k.entities.get(country) : undefined;
  if (!state || roles.length !== 1) return null;
  const role = roles[0]!;
  if (people.some((e) => e.kind === "person" && e.roles.some((r) => r.role === role && r.country === country))) return null;
  return discover(`${state.demonyms[0] ?? state.name} ${role}`, "person", k, discovered, country, roles);
}

function heldAnyRole(entity: Entity, published: string | null): boolean {
  return published !== null && entity.roles.some((r) => covers(r, published));
}

function covers(role: { from: string | null; to: string | null }, date: string): boolean {
  return (role.from === null || role.from <= date) && (role.to === null || date <= role.to);
}

/** "The parties agreed …": the two states named most so far; "these two countries": the last two named before its sentence, three sentences back at most. */
function resolveBothSides(text: string, mentions: Mention[], k: Knowledge, entityOf: (id: string) => Entity | undefined): void {
  for (const mention of mentions) {
    if (mention.cue.via !== "bothSides") continue;
    const states = mentions.filter((m) => m.start < mention.start && m.entity && k.entities.get(m.entity)?.kind === "state");
    let pair: string[];
    if (mention.cue.recent) {
      const before = states.filter((m) => m.sentence < mention.sentence && m.sentence >= mention.sentence - 3);
      pair = [...new Set(before.reverse().map((m) => m.entity!))].slice(0, 2).reverse();
    } else {
      // A summit's venue is named often too ("in Helsinki"); places do not count, and leaders count for their states.
      const counts = new Map<string, number>();
      const place = (m: Mention) => /\b(in|at)\s+(the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
      for (const m of mentions.filter((m) => m.start < mention.start && m.entity && !place(m))) {
        const entity = entityOf(m.entity!);
        const state = entity?.kind === "state" ? entity.id : entity?.kind === "person" ? entity.roles.find((r) => k.leaderRoles.has(r.role))?.country : undefined;
        if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
      }
      pair = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([id]) => id);
    }
    if (pair.length < 2) continue;
    mention.entity = pair[0]!;
    mention.coordinated = [pair[1]!];
  }
}

/**
 * Object and possessive pronouns take the nearest fitting antecedent: "he met Kim, praised him"; "Trump, who needs
 * … to stop his opponents".
 */
const NEAREST_ANTECEDENT_PRONOUNS = new Set(["him", "her", "them", "his", "their"]);

/**
 * He/she take the salient person: the subject of the clause an adverbial clause hangs on, the speaker of a
 * complement, else the first person named earlier in the same sentence, else the first person of the nearest earlier
 * sentence that names one. They do the same with collective actors (groups, states, organisations).
 */
function resolvePronouns(
  mentions: Mention[],
  entityOf: (id: string) => Entity | undefined,
  sentences: Sentence[],
  groupOwnedBy: (cue: Extract<MentionCue, { via: "ownedGroup" }>, owner: string) => string,
): void {
  // Coordination is read as the relation rules read it: over each sentence's named mentions.
  const views = new Map<number, SentenceView>();
  const viewOf = (index: number) => {
    if (!views.has(index)) views.set(index, new SentenceView(sentences[index]!, mentions.filter((m) => m.sentence === index && m.cue.via !== "pronoun"), entityOf));
    return views.get(index)!;
  };
  const isPerson = (m: Mention) => m.entity !== null && entityOf(m.entity)?.kind === "person";
  const isBody = (m: Mention) => m.entity !== null && m.label === "Actor" && !["person", "group"].includes(entityOf(m.entity)?.kind ?? "person");
  // "Yael Ben-Ami and Andreas Kyprianou … their support": coordinated people are a plural antecedent too.
  const isCollective = (m: Mention) =>
    m.entity !== null && m.label === "Actor" && (entityOf(m.entity)?.kind !== "person" || conjuncts(viewOf(m.sentence), m).length > 0);
  for (const mention of mentions) {
    const pronoun = pronounOf(mention.cue);
    if (!pronoun) continue;
    const number = PERSONAL_PRONOUNS[pronoun];
    if (number === "speaker") continue;
    const plural = number === "plural";
    // "Trump advisors were arguing that they …": a plural noun earlier in the sentence is the likelier antecedent.
    if (plural && pluralNounBefore(sentences[mention.sentence], mention, mentions)) continue;
    const fits = plural ? isCollective : number === "neuter" ? isBody : isPerson;
    const earlierInSentence = mentions.filter((m) => m.sentence === mention.sentence && m.start < mention.start && fits(m));
    // An object pronoun cannot be its own clause's subject ("he met Kim, praised him"), and "its" is most often
    // the body just named ("sanctions on Russia after its annexation"): take the nearest.
    const objectCase = NEAREST_ANTECEDENT_PRONOUNS.has(pronoun) || number === "neuter";
    // "its actions against Ukraine …, its meddling in …": a repeated "its" keeps the owner the first one named.
    const repeated = number === "neuter" ? earlierInSentence.filter((m) => m.cue.via === "pronoun").pop() : undefined;
    const speaker = complementSubject(sentences[mention.sentence], mention, earlierInSentence);
    const host = objectCase ? undefined : hostSubject(viewOf(mention.sentence), mention, earlierInSentence);
    let antecedent =
      repeated ??
      (number === "neuter" ? speaker : undefined) ??
      (objectCase ? earlierInSentence[earlierInSentence.length - 1] : (host ?? speaker ?? earlierInSentence[0]));
    for (let back = 1; !antecedent && back <= 3; back++) {
      antecedent = mentions.find((m) => m.sentence === mention.sentence - back && fits(m));
    }
    if (mention.cue.via === "ownedGroup") {
      mention.owner = antecedent?.entity ?? undefined;
      mention.entity = antecedent?.entity ? groupOwnedBy(mention.cue, antecedent.entity) : null;
      continue;
    }
    mention.entity = antecedent?.entity ?? null;
    if (plural && antecedent) {
      // "They said they oppose …": a pronoun taking another's place takes its conjuncts too.
      const others = antecedent.coordinated ?? conjuncts(viewOf(antecedent.sentence), antecedent);
      if (others.length > 0) mention.coordinated = others;
    }
  }
}

/**
 * "Mr. Trump could not afford to be chummy with Putin, lest he strengthen …": a subject pronoun opening an
 * adverbial clause is most often the subject of the clause that clause hangs on.
 */
function hostSubject(view: SentenceView, pronoun: Mention, candidates: Mention[]): Mention | undefined {
  const at = view.tokens.findIndex((t) => t.start === pronoun.start);
  if (!SUBORDINATORS.has(view.normal(at - 1))) return undefined;
  const end = view.normal(at - 2) === "," ? at - 2 : at - 1;
  const subject = view.subjectBefore(end, view.clauseStart(end - 1));
  return subject && candidates.find((m) => m.start === view.tokens[subject.from]!.start);
}

const SUBORDINATORS = new Set(["lest", "because", "if", "unless", "when", "whenever", "although", "though", "while", "once", "until", "so"]);

/** The pronoun a mention stands on: its own, or its owner's ("his" in "his political opponents"). */
function pronounOf(cue: MentionCue): string | undefined {
  if (cue.via === "pronoun") return cue.pronoun;
  return cue.via === "ownedGroup" && "pronoun" in cue.owner ? cue.owner.pronoun : undefined;
}

/** "Trump’s critics", "the Houthis’ military", "Trump advisors". */
function ownedGroupName(owner: string, possessive: boolean, collective: string): string {
  const mark = !possessive ? "" : owner.endsWith("s") ? "’" : "’s";
  return `${owner}${mark} ${collective}`;
}

/**
 * "Russia and China have said they oppose …": the subject of a complement clause is, most often, the subject of
 * the verb that takes it — the mention right before that verb's group.
 */
function complementSubject(sentence: Sentence | undefined, pronoun: Mention, candidates: Mention[]): Mention | undefined {
  if (!sentence) return undefined;
  let at = sentence.tokens.findIndex((t) => t.start === pronoun.start) - 1;
  if (sentence.tokens[at]?.normal === "that") at--;
  if (sentence.tokens[at]?.pos !== "VERB") return undefined;
  while (at > 0 && ["AUX", "ADV", "PART"].includes(sentence.tokens[at - 1]!.pos)) at--;
  const before = sentence.tokens[at - 1];
  return before ? candidates.find((m) => m.end <= sentence.tokens[at]!.start && m.end >= before.start) : undefined;
}

/** The other actors coordinated with a mention ("Russia and China", "Kuwait, Qatar and Oman"), by entity id. */
function conjuncts(view: SentenceView, mention: Mention): string[] {
  const slot = view.slots.find((s) => view.tokens[s.from]!.start === mention.start);
  if (!slot || slot.label !== "Actor") return [];
  const ids = [...view.withCoordinated(slot, "left"), ...view.withCoordinated(slot, "right")].map((s) => s.entity);
  return [...new Set(ids)].filter((id) => id !== slot.entity);
}

function pluralNounBefore(sentence: Sentence | undefined, pronoun: Mention, mentions: Mention[]): boolean {
  if (!sentence) return false;
  const inSlot = (start: number) => mentions.some((m) => m.sentence === pronoun.sentence && m.start <= start && start < m.end);
  const tokens = sentence.tokens;
  // "his counterparts, Yael Ben-Ami and Andreas Kyprianou": a plural noun glossed by names is those names.
  const glossed = (i: number) => tokens[i + 1]?.normal === "," && tokens[i + 2] !== undefined && inSlot(tokens[i + 2]!.start);
  return tokens.some((t, i) => t.end <= pronoun.start && t.pos === "NOUN" && t.normal !== t.lemma && t.normal.endsWith("s") && !inSlot(t.start) && !glossed(i));
}

/** The state's institution for a generic noun: the dictionary's, else one discovered for this article. */
function homeInstitution(k: Knowledge, discovered: Map<string, Entity>, stateId: string, noun: string): string {
  const institution = institutionOfState(k, stateId, noun);
  return "known" in institution ? institution.known : discover(institution.name, "institution", k, discovered, stateId);
}
