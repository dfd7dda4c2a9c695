// The cue lexicon by lemma, and its multi-word markers as phrase tries, compiled once: the mention and relation
// stages look words up at nearly every token.
import type { CueFile, PhraseCue, Token, VerbCue } from "../../model/index.ts";
import { PhraseIndex } from "./phrase-index.ts";

export interface CueIndex {
  verbs: ReadonlyMap<string, readonly VerbCue[]>;
  nouns: ReadonlyMap<string, readonly PhraseCue[]>;
  adjectives: ReadonlyMap<string, readonly PhraseCue[]>;
  /** "rather than", "instead of". */
  contrasts: PhraseIndex<string>;
  /** "shoulder to shoulder", "jointly". */
  together: PhraseIndex<string>;
  /** "must", "has to". */
  necessity: PhraseIndex<string>;
  /** "vantage point", "point of view". */
  viewpoints: PhraseIndex<string>;
  /** Words that negate a predicate ("not", "never"), and words that make a clause unreal ("impossible", "unable"). */
  negators: ReadonlySet<string>;
  blockers: ReadonlySet<string>;
  /** Lemmas of the verbs that constrain ("blocked Trump from lifting …"). */
  constrainingVerbs: ReadonlySet<string>;
}

export function indexCues(cues: CueFile): CueIndex {
  return {
    verbs: byLemma(cues.verbs),
    nouns: byLemma(cues.nouns),
    adjectives: byLemma(cues.adjectives),
    contrasts: phrases(cues.contrasts),
    together: phrases(cues.togetherMarkers),
    necessity: phrases(cues.permission.necessity),
    viewpoints: phrases(cues.viewpoints.nouns),
    negators: new Set(cues.negators),
    blockers: new Set(cues.blockers),
    constrainingVerbs: new Set(cues.verbs.filter((c) => c.relation === "CONSTRAINS").map((c) => c.lemma)),
  };
}

function phrases(list: readonly string[]): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const phrase of list) index.add(phrase, phrase);
  return index;
}

/**
 * The noun or adjective cue a word opens with the preposition after it ("opposition to", "hostile to"). A participle
 * the tagger calls a verb ("committed", "opposed") is matched by its own form as well as its lemma.
 */
export function phraseCueAt(cues: ReadonlyMap<string, readonly PhraseCue[]>, word: Token, preposition: string): PhraseCue | undefined {
  for (const form of [word.lemma, word.normal]) {
    const cue = cues.get(form)?.find((c) => c.preps.includes(preposition));
    if (cue) return cue;
  }
  return undefined;
}

function byLemma<C extends { lemma: string }>(cues: readonly C[]): Map<string, C[]> {
  const index = new Map<string, C[]>();
  for (const cue of cues) index.set(cue.lemma, [...(index.get(cue.lemma) ?? []), cue]);
  return index;
}
