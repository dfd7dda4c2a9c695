// The one definition of an edge key: `${source}>${type}>${target}@${issue}`, "" standing for "no issue".
// The extraction payload uses it as the edge id and the store as the key of each direct relationship.
import type { Relation } from "../model/vocabulary.ts";

export function edgeKey(source: string, type: Relation, target: string, issue: string | null): string {
  return `${source}>${type}>${target}@${issue ?? ""}`;
}
