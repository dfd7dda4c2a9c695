// A state's institution named by a generic noun ("Senate", "parliament"): the dictionary's when it has one,
// else the name a discovered institution takes ("Chilean Senate"). Shared by the mention and resolve stages.
import type { Knowledge } from "./compile.ts";

export type StateInstitution = { known: string } | { name: string };

export function institutionOfState(k: Knowledge, stateId: string, noun: string): StateInstitution {
  const known = k.institutionsByCountry.get(stateId)?.get(noun.toLowerCase());
  if (known) return { known };
  const state = k.entities.get(stateId)!;
  return { name: `${state.demonyms[0] ?? state.name} ${noun}` };
}

/** Whether a surface text (without "the") is a generic institution noun, which may belong to any state. */
export function isInstitutionNoun(k: Knowledge, noun: string): boolean {
  return k.institutionNounSet.has(noun.toLowerCase());
}
