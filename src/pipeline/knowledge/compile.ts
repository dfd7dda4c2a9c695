// Compiles the knowledge files (dictionaries, titles, cue lexicon) into lookup structures for the stages.
// Pure: takes parsed JSON, validates it with zod, returns indexes; loading files is the caller's job.
import {
  CueFileSchema,
  NounFileSchema,
  DictionaryFileSchema,
  TitlesFileSchema,
  ValidationError,
  type CueFile,
  type Entity,
} from "../../model/index.ts";
import { indexCues, type CueIndex } from "./cue-index.ts";
import { PhraseIndex } from "./phrase-index.ts";

export interface KnowledgeFiles {
  /** Parsed dictionary files, each { entities: [...] }, keyed by a name used in error messages. */
  dictionaries: Record<string, unknown>;
  titles: unknown;
  cues: unknown;
  nouns: unknown;
}

export interface Knowledge {
  entities: ReadonlyMap<string, Entity>;
  aliases: PhraseIndex<string>;
  /** Demonym -> entity id: states ("Russian" -> russia) and collective actors ("Western" -> the-west). */
  demonyms: PhraseIndex<string>;
  /** Role phrase -> role names ("premier" -> "prime minister"; "leader" -> all leader roles). */
  roles: PhraseIndex<string>;
  titles: PhraseIndex<string>;
  honorifics: PhraseIndex<string>;
  /** Collective noun phrase -> its canonical spelling ("policy makers" -> "policymakers"). */
  collectives: PhraseIndex<string>;
  orgSuffixes: ReadonlySet<string>;
  /** Lower-case surname -> dictionary person ids. */
  surnames: ReadonlyMap<string, string[]>;
  /** Lower-case first name + surname -> person id, for variants with middle names ("Vladimir V. Putin"). */
  firstAndLast: ReadonlyMap<string, string>;
  /** Roles that head an executive: who a legislature's or court's approval constrains. */
  leaderRoles: ReadonlySet<string>;
  /** Adjectives that make a role someone else's than its holder today ("the former president"). */
  formerMarkers: ReadonlySet<string>;
  /** Nouns that, after a demonym, stand for the state itself ("the Russian side"). */
  sideNouns: ReadonlySet<string>;
  homeCollectives: ReadonlySet<string>;
  /** Last words of titles and role phrases ("minister", "senator", "spokesman"): a name in apposition after one is a person. */
  roleHeads: ReadonlySet<string>;
  cues: CueFile;
  /** The same cues by lemma. */
  cueIndex: CueIndex;
  /** "Chile’s Senate", "the Greek parliament": institution nouns after a state. */
  institutionNouns: PhraseIndex<string>;
  bareInstitutionNouns: ReadonlySet<string>;
  executiveNouns: readonly string[];
  actNouns: Readonly<Record<string, string>>;
  bothSidesNouns: Readonly<Record<string, "article" | "recent">>;
  /** The same nouns, lower case, for testing a surface text already cut out. */
  institutionNounSet: ReadonlySet<string>;
  /** Issue head noun (lower case) -> its class. */
  issueNouns: ReadonlyMap<string, string>;
  /** Whether an anaphor of the first class may refer back to an issue of the second. */
  issueClassCovers: (anaphorClass: string, issueClass: string) => boolean;
  dropModifiers: ReadonlySet<string>;
  /** Lemmas too vague to name an issue a stance cue governs ("the idea", "the move"). */
  vagueNouns: ReadonlySet<string>;
  /** State id -> lower-case institution noun -> dictionary institution ("united-states" -> "senate" -> "us-senate"). */
  institutionsByCountry: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export function compileKnowledge(files: KnowledgeFiles): Knowledge {
  const entities = new Map<string, Entity>();
  for (const [file, content] of Object.entries(files.dictionaries)) {
    const parsed = DictionaryFileSchema.safeParse(content);
    if (!parsed.success) throw new ValidationError(`dictionary ${file}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    for (const entity of parsed.data.entities) {
      if (entities.has(entity.id)) throw new ValidationError(`dictionary ${file}: duplicate entity id "${entity.id}"`);
      entities.set(entity.id, entity);
    }
  }
  const titlesParsed = TitlesFileSchema.safeParse(files.titles);
  if (!titlesParsed.success) throw new ValidationError(`titles: ${titlesParsed.error.issues[0]?.message ?? "invalid"}`);
  const nounsParsed = NounFileSchema.safeParse(files.nouns);
  if (!nounsParsed.success) throw new ValidationError(`nouns: ${nounsParsed.error.issues[0]?.message ?? "invalid"}`);
  const institutionNouns = new PhraseIndex<string>();
  for (const noun of nounsParsed.data.institutionNouns) institutionNouns.add(noun, noun);
  const cuesParsed = CueFileSchema.safeParse(files.cues);
  if (!cuesParsed.success) throw new ValidationError(`cues: ${cuesParsed.error.issues[0]?.message ?? "invalid"}`);
  const titles = titlesParsed.data;

  const aliases = new PhraseIndex<string>();
  const demonyms = new PhraseIndex<string>();
  const surnames = new Map<string, string[]>();
  const firstAndLast = new Map<string, string>();
  const ambiguousNames = new Set<string>();
  for (const entity of entities.values()) {
    for (const alias of [entity.name, ...entity.aliases]) aliases.add(alias, entity.id);
    // States first: where a demonym is shared ("European"?), the state reading is the one roles and institutions need.
    for (const demonym of entity.demonyms) demonyms.add(demonym, entity.id);
    if (entity.kind === "person") {
      for (const name of [entity.name, ...entity.aliases]) {
        const parts = name.split(/\s+/).filter((p) => !/^\p{L}\.$/u.test(p));
        const first = parts[0]?.toLowerCase();
        const last = parts[parts.length - 1]?.toLowerCase();
        if (!first || !last || parts.length < 2) continue;
        const ids = surnames.get(last) ?? [];
        if (!ids.includes(entity.id)) surnames.set(last, [...ids, entity.id]);
        // Two people share "john kennedy" (a president, a senator): such a key names nobody.
        const key = `${first} ${last}`;
        const holder = firstAndLast.get(key);
        if (holder === undefined) firstAndLast.set(key, entity.id);
        else if (holder !== entity.id) ambiguousNames.add(key);
      }
    }
  }

  const institutionsByCountry = new Map<string, Map<string, string>>();
  for (const entity of entities.values()) {
    if (entity.kind !== "institution" || !entity.country) continue;
    const byNoun = institutionsByCountry.get(entity.country) ?? new Map<string, string>();
    for (const alias of entity.aliases) byNoun.set(alias.replace(/^the\s+/i, "").toLowerCase(), entity.id);
    institutionsByCountry.set(entity.country, byNoun);
  }

  for (const key of ambiguousNames) firstAndLast.delete(key);

  const roles = new PhraseIndex<string>();
  for (const [role, phrases] of Object.entries(titles.roleNouns)) {
    for (const phrase of [role, ...phrases]) roles.add(phrase, role);
  }
  for (const role of titles.leaderRoles) roles.add("leader", role);
  for (const generic of titles.genericRoles) {
    for (const role of Object.keys(titles.roleNouns)) if (role.endsWith(` ${generic}`)) roles.add(generic, role);
  }

  const titleIndex = new PhraseIndex<string>();
  for (const title of titles.titles) titleIndex.add(title, title);
  const honorifics = new PhraseIndex<string>();
  for (const honorific of titles.honorifics) honorifics.add(honorific, honorific);
  const collectives = new PhraseIndex<string>();
  for (const noun of titles.collectiveNouns) collectives.add(noun, noun.toLowerCase());

  return {
    entities,
    aliases,
    demonyms,
    roles,
    titles: titleIndex,
    honorifics,
    collectives,
    orgSuffixes: new Set(titles.orgSuffixes.map((s) => s.toLowerCase())),
    surnames,
    firstAndLast,
    leaderRoles: new Set(titles.leaderRoles),
    formerMarkers: new Set(titles.formerMarkers),
    sideNouns: new Set(titles.sideNouns),
    homeCollectives: new Set(titles.homeCollectives),
    roleHeads: new Set(
      [...titles.titles, ...Object.entries(titles.roleNouns).flatMap(([role, phrases]) => [role, ...phrases])]
        .map((phrase) => phrase.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, ""))
        .filter((word) => word.length > 2),
    ),
    cues: cuesParsed.data,
    cueIndex: indexCues(cuesParsed.data),
    institutionNouns,
    bareInstitutionNouns: new Set(nounsParsed.data.bareInstitutionNouns),
    executiveNouns: nounsParsed.data.executiveNouns,
    actNouns: nounsParsed.data.actNouns,
    bothSidesNouns: nounsParsed.data.bothSidesNouns,
    institutionNounSet: new Set(nounsParsed.data.institutionNouns.map((n) => n.toLowerCase())),
    issueNouns: new Map(Object.entries(nounsParsed.data.issueNouns).map(([noun, kind]) => [noun.toLowerCase(), kind])),
    issueClassCovers: (anaphorClass, issueClass) =>
      anaphorClass === issueClass || (nounsParsed.data.broaderClasses[anaphorClass] ?? []).includes(issueClass),
    dropModifiers: new Set(nounsParsed.data.dropModifiers.map((m) => m.toLowerCase())),
    vagueNouns: new Set(nounsParsed.data.vagueNouns.map((m) => m.toLowerCase())),
    institutionsByCountry,
  };
}
