// The carrier that travels through the pipeline stages, vfile-style:
// the cleaned text, a typed data bag filled stage by stage, and messages.

/** Half-open character range [start, end) into ArticleDoc.text. */
export interface Span {
  start: number;
  end: number;
}

export interface ArticleMeta {
  title: string | null;
  source: string | null;
  /** ISO date (YYYY-MM-DD) when the text states one. */
  published: string | null;
}

/** A problem found by a stage: data, not an exception (only fatal input throws). */
export interface Message {
  reason: string;
  ruleId: string;
  /** The stage that recorded it, e.g. "pipeline/clean". */
  source: string;
  fatal: boolean;
  span?: Span;
}

export interface Token extends Span {
  /** Lower-cased surface form. */
  normal: string;
  lemma: string;
  /** Universal POS tag (NOUN, PROPN, VERB, AUX, ADP, PART, PRON, DET, ADJ, ADV, CCONJ, SCONJ, PUNCT, NUM, ...). */
  pos: string;
}

export interface Sentence extends Span {
  index: number;
  tokens: Token[];
}

/** How a mention was recognised; resolution turns each into an entity id. */
export type MentionCue =
  | { via: "dictionary"; entity: string }
  | { via: "role"; roles: string[]; country: string | null }
  | { via: "discovered"; name: string; kind: import("./vocabulary.ts").ActorKind; country?: string; roles?: string[] }
  /** An issue named by a noun phrase the dictionaries do not know ("a trade agreement with India"). */
  /**
   * `properName`: its capitalised words that name no actor ("EastMed" in "the EastMed gas pipeline"), which the
   * same issue keeps however it is phrased; `actors`: the actors its words name ("the Indian deal": India);
   * `definite`: it opens with "the", "this" or "that".
   */
  | { via: "issue"; name: string; issueClass: string; properName: string; actors: string[]; definite: boolean }
  /** "the pact", "this agreement": the latest issue of the same class ("*" for "it": any issue). */
  | { via: "anaphor"; issueClass: string }
  /** "the court", "the government": the institution of that kind the article is about. */
  | { via: "institution"; noun: string }
  | { via: "surname"; surname: string }
  /**
   * "the parties", "both sides" (`recent` false): the two states the article names most; "these two countries"
   * (`recent` true): the two it named last. Resolves to the first, with the second as its conjunct.
   */
  | { via: "bothSides"; recent: boolean }
  /**
   * "Trump’s critics", "critics of Mr. Trump", "his political opponents", "Trump advisors": a group named by whom it
   * belongs to, "<owner>’s <collective>" ("<owner> <collective>" without `possessive`), once the owner is resolved.
   */
  | { via: "ownedGroup"; collective: string; owner: { surname: string; possessive: boolean } | { pronoun: string } }
  /** "many policymakers", "these same officials": a bare group of the article's home state ("Russian policymakers"). */
  | { via: "homeGroup"; collective: string }
  /** `possessive`: a determiner ("his fury", "its annexation"), which only ever names the possessor of a noun. */
  | { via: "pronoun"; pronoun: string; possessive?: true };

export interface Mention extends Span {
  sentence: number;
  label: import("./vocabulary.ts").NodeLabel;
  cue: MentionCue;
  /** Canonical entity id, set by the resolve stage (null when unresolved). */
  entity: string | null;
  /** A plural pronoun whose antecedent is a coordination ("Russia and China … they"): the other conjuncts' ids. */
  coordinated?: string[];
  /** An owned group's owner ("Trump’s critics": Trump), set by the resolve stage. */
  owner?: string;
}

export interface ArticleData {
  sentences?: Sentence[];
  mentions?: Mention[];
  claims?: import("./claim.ts").Claim[];
  /** Entities first seen in this article (discovered people and organisations). */
  discovered?: import("./entity.ts").Entity[];
}

export interface ArticleDoc {
  /** Stable article id: the file name without its extension. */
  id: string;
  path: string;
  /** Cleaned text; every span points into it. */
  text: string;
  meta: ArticleMeta;
  data: ArticleData;
  messages: Message[];
}
