// Past participles by their form, as the tagger gives them: it calls "hidden" and "approved" verbs wherever they stand.
import type { Token } from "../../model/index.ts";

const PAST_PARTICIPLE_ENDING = /(ed|en|wn|ne|un|ung|ought|ept|elt|ilt|ade|id|ld)$/;

/** An inflected verb form that can be a past participle ("approved", "hidden", "brought"), not an -ing form. */
export function isPastParticiple(token: Token): boolean {
  return token.normal !== token.lemma && PAST_PARTICIPLE_ENDING.test(token.normal) && !token.normal.endsWith("ing");
}
