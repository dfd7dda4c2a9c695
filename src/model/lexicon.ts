// Schemas of the knowledge files an analyst extends: titles and role words, and the cue lexicon of relations.
import { z } from "zod";
import { RELATIONS } from "./vocabulary.ts";

/** A confidence, or a factor a confidence is multiplied by: from 0 to 1. */
const Fraction = z.number().min(0).max(1);

export const TitlesFileSchema = z.object({
  honorifics: z.array(z.string()),
  titles: z.array(z.string()),
  /** Role name (as used in people.json roles) -> phrases that refer to it ("defense secretary" -> ["secretary of defense", ...]). */
  roleNouns: z.record(z.string(), z.array(z.string())),
  /** Role words that stand for any role ending in them: "the minister" is whichever minister the article named. */
  genericRoles: z.array(z.string()).default([]),
  /** Adjectives before a role that point to another holder than today's ("the former president"). */
  formerMarkers: z.array(z.string()).default([]),
  /** Nouns that, after a demonym, stand for the state itself: "the Russian side". */
  sideNouns: z.array(z.string()).default([]),
  /** Roles a bare "leader" can mean. */
  leaderRoles: z.array(z.string()).default(["president", "prime minister", "chancellor", "supreme leader", "king", "leader"]),
  collectiveNouns: z.array(z.string()),
  /** Collectives that, bare after "many", "some", "these", are the article's home state's ("many policymakers" here). */
  homeCollectives: z.array(z.string()).default([]),
  orgSuffixes: z.array(z.string()),
});
export type TitlesFile = z.infer<typeof TitlesFileSchema>;

const Relation = z.enum(RELATIONS);

/** A verb that states a relation between its subject and its object ("Congress blocked the deal"). */
export const VerbCueSchema = z.object({
  lemma: z.string(),
  relation: Relation,
  /** Prepositions that introduce the object ("side with", "push for"); empty means a direct object. */
  preps: z.array(z.string()).default([]),
  confidence: Fraction.default(0.9),
  /** A particle that must follow the verb for the cue to apply ("water down"). */
  particle: z.string().optional(),
  /** "wants the Council to expand the embargo": the wish is for what the infinitive is about, not for its subject. */
  raising: z.boolean().default(false),
  /** Restricts the object's label: "lift" opposes an issue (sanctions), not a person. */
  object: z.enum(["Actor", "Issue"]).optional(),
  /** When this reading's preposition and object are there, the verb's direct readings do not apply ("blamed the failure on X"). */
  displaces: z.boolean().default(false),
});

/** A noun or adjective with a preposition: "opposition to X", "hostile to X", "support for X". */
export const PhraseCueSchema = z.object({
  lemma: z.string(),
  relation: Relation,
  preps: z.array(z.string()),
  confidence: Fraction.default(0.85),
  /** "arms control is important for the Kremlin": the object of the preposition holds the position. */
  inverse: z.boolean().default(false),
});

/** "US–Chinese relations", "the confrontation between Russia and the West": a relation between two sides. */
export const PairCueSchema = z.object({
  /** Noun -> the relation it states both ways, or null when a modifier must say ("deteriorating relations"). */
  nouns: z.record(z.string(), Relation.nullable()),
  modifiers: z.record(z.string(), Relation),
  confidence: Fraction.default(0.75),
});

/**
 * A permission cue: "require approval by X", "need the consent of X".
 * X constrains whoever would perform the governed action.
 */
export const PermissionCueSchema = z.object({
  verbs: z.array(z.string()),
  /**
   * Verbs of approval: under a word of necessity they state the same ("must be approved by the Senate", "the Senate
   * must approve it"); without one, approving is supporting ("the deal was approved by parliament").
   */
  approvalVerbs: z.array(z.string()).default([]),
  /** Words of necessity, as they stand before the verb ("must", "has to"). */
  necessity: z.array(z.string()).default([]),
  /**
   * Verbs of getting something past a body, and the words that name the body ("has to get it past the
   * establishment", "must steer the bill through the Senate"): under a word of necessity the body constrains.
   */
  passage: z.object({ verbs: z.array(z.string()), particles: z.array(z.string()) }).default({ verbs: [], particles: [] }),
  nouns: z.array(z.string()),
  confidence: Fraction.default(0.85),
});

/** "under pressure from X", "under orders from X": X constrains whoever acts under it. */
export const PressureCueSchema = z.object({
  nouns: z.array(z.string()),
  confidence: Fraction.default(0.8),
});

/** "Trump’s critics", "his supporters": a group named by its stance toward its owner, by collective noun. */
export const OwnedGroupCueSchema = z.object({
  stances: z.record(z.string(), Relation),
  confidence: Fraction.default(0.8),
});

/** "…, as the President would wish,": verbs of wishing in an aside after a phrase, whose subject supports that phrase. */
export const WishAsideCueSchema = z.object({
  verbs: z.array(z.string()),
  confidence: Fraction.default(0.8),
});

/** "US sanctions included RUSAL": punitive measures (issue ids) and the verbs by which they name their targets. */
export const MeasureTargetCueSchema = z.object({
  issues: z.array(z.string()),
  verbs: z.array(z.string()),
  confidence: Fraction.default(0.8),
});

/**
 * "send Moscow a disapproving signal", "give Trump quick wins": verbs of sending, the nouns of messages and favours,
 * and the words that make them hostile or friendly (a noun may be both: "a warning", "a win").
 */
export const SignalCueSchema = z.object({
  verbs: z.array(z.string()),
  nouns: z.array(z.string()),
  negative: z.array(z.string()),
  positive: z.array(z.string()),
  confidence: Fraction.default(0.75),
});

/**
 * "From Putin’s vantage point, X appears reliable": viewpoint nouns after a possessor, and the linking verbs whose
 * evaluation (the characterisation words) is the possessor's.
 */
export const ViewpointCueSchema = z.object({
  nouns: z.array(z.string()),
  verbs: z.array(z.string()),
  confidence: Fraction.default(0.7),
});

/** "make it impossible for X to ...": the subject constrains X. */
export const ObstacleCueSchema = z.object({
  verbs: z.array(z.string()),
  adjectives: z.array(z.string()),
  confidence: Fraction.default(0.85),
});

/** "described the test as a violation", "called the vote a mistake": an evaluation of the object. */
export const CharacterisationCueSchema = z.object({
  verbs: z.array(z.string()),
  negative: z.array(z.string()),
  positive: z.array(z.string()),
  confidence: Fraction.default(0.8),
});

export const CueFileSchema = z.object({
  verbs: z.array(VerbCueSchema),
  nouns: z.array(PhraseCueSchema),
  adjectives: z.array(PhraseCueSchema),
  characterisation: CharacterisationCueSchema,
  pairs: PairCueSchema,
  /** Verbs whose coordinated subjects act together with no object ("X and Y agreed to cooperate"): support both ways. */
  mutual: z.array(z.string()),
  /** Words that make coordinated subjects act together with any verb ("stand shoulder to shoulder against", "jointly opposed"): support both ways. */
  togetherMarkers: z.array(z.string()).default([]),
  permission: PermissionCueSchema,
  obstacle: ObstacleCueSchema,
  pressure: PressureCueSchema.default({ nouns: [], confidence: 0.8 }),
  ownedGroups: OwnedGroupCueSchema.default({ stances: {}, confidence: 0.8 }),
  wishAsides: WishAsideCueSchema.default({ verbs: [], confidence: 0.8 }),
  measureTargets: MeasureTargetCueSchema.default({ issues: [], verbs: [], confidence: 0.8 }),
  signals: SignalCueSchema.default({ verbs: [], nouns: [], negative: [], positive: [], confidence: 0.75 }),
  viewpoints: ViewpointCueSchema.default({ nouns: [], verbs: [], confidence: 0.7 }),
  /** Verbs that lend their subject to a noun cue ("voiced opposition to"); "provoke criticism" does not. */
  lightVerbs: z.array(z.string()),
  /**
   * Verbs that undo the noun cue they govern ("suspended pressure on China"): no claim. A reverser that is also a light
   * verb turns its subject's own stance round instead ("lacks enthusiasm for", "withdrew its support for").
   */
  reversers: z.array(z.string()),
  /** Nouns that undo what follows them ("the lifting of sanctions"): a position on them is the opposite on it. */
  reversingNouns: z.array(z.string()).default([]),
  /** Words that make the clause they govern unreal ("impossible for Trump to lift", "unable to block"). */
  blockers: z.array(z.string()),
  /** Words that negate the predicate they attach to. */
  negators: z.array(z.string()),
  /** Hedges and predictions: word -> confidence multiplier. */
  hedges: z.record(z.string(), Fraction),
  /** Modals by which a reported complement says what should be done ("said that the West should negotiate"): the speaker's position too. */
  advocacyModals: z.array(z.string()).default([]),
  /** Verbs that report speech or belief; their complement is attributed to the speaker. */
  reporting: z.array(z.string()),
  /** Nouns a position looks through to their complement ("called for a return to the talks": the talks). */
  transparentNouns: z.record(z.string(), z.string()).default({}),
  /** What an actor has rather than does ("limit Iran’s influence"): constraining it is opposing the actor. */
  standingNouns: z.array(z.string()).default([]),
  /** Verbs a wish looks through to their object ("would prefer to expand the pipelines": the pipelines). */
  transparentVerbs: z.array(z.string()).default([]),
  /** Participles that join an actor to a phrase with a hyphen ("Moscow-led talks", "Saudi-backed forces"), by lemma. */
  compounds: z.record(z.string(), Relation).default({}),
  compoundConfidence: Fraction.default(0.8),
  /** Prefixes that put a stance on the actor named after their hyphen ("anti-American diatribes by X": X opposes the US). */
  prefixes: z.record(z.string(), Relation).default({}),
  /**
   * Verbs that move their object to act of its own will: the object is the infinitive's subject ("prompted some
   * Democrats to demand"). Not "force" or "pressure": what one is forced to do is no stance of one's own.
   */
  causatives: z.array(z.string()).default([]),
  /** Verbs whose object is the doer of the act they name ("accused Hungary of backing Russia"), and the doubt they add. */
  accusations: z.array(z.string()).default([]),
  accusationFactor: Fraction.default(0.8),
  /** Words that set a phrase against a position's object ("talks rather than sanctions"): the phrase takes the opposite position. */
  contrasts: z.array(z.string()).default([]),
  /** Multiplier for a claim inside reported speech. */
  reportedFactor: Fraction.default(0.9),
});
export type CueFile = z.infer<typeof CueFileSchema>;
export type VerbCue = z.infer<typeof VerbCueSchema>;
export type PhraseCue = z.infer<typeof PhraseCueSchema>;

/** Nouns that make mentions without a dictionary entry: foreign institutions and discovered issues. */
export const NounFileSchema = z.object({
  institutionNouns: z.array(z.string()),
  /** Institution nouns that name the article's own institution with no determiner, after a preposition ("approved by parliament"). */
  bareInstitutionNouns: z.array(z.string()).default([]),
  /** A state's executive body is the institution whose name ends in one of these ("Greek government", "Trump administration"). */
  executiveNouns: z.array(z.string()).default([]),
  /** "the parties", "these two countries": a pair of states, the article's main two or the last two it named. */
  bothSidesNouns: z.record(z.string(), z.enum(["article", "recent"])).default({}),
  /** An act that stands for the institution behind it: "the ruling" -> the article's "court". */
  actNouns: z.record(z.string(), z.string()).default({}),
  /** Head noun -> its class; "the pact" refers back to the latest issue of the class "agreement". */
  issueNouns: z.record(z.string(), z.string()),
  /** Class -> further classes its anaphors may refer back to ("the project" -> a pipeline). */
  broaderClasses: z.record(z.string(), z.array(z.string())).default({}),
  dropModifiers: z.array(z.string()),
  /** Nouns too vague to name an issue after a stance cue ("backed the idea", "opposed the move"). */
  vagueNouns: z.array(z.string()).default([]),
});
export type NounFile = z.infer<typeof NounFileSchema>;
