// The empty filter state (everything shown) and the test an edge passes.
// Filters iterate the closed vocabularies, so a new relation or kind is shown by default.
import { NODE_KINDS, RELATIONS } from "../../../../src/model/vocabulary.ts";
import type { FiltersState } from "./types.ts";

export const emptyFilters = (): FiltersState => ({
  relations: [...RELATIONS],
  kinds: [...NODE_KINDS],
  issues: [],
  articles: [],
  minConfidence: 0,
  minWeight: 1,
  isolated: false,
});

export interface FilterableEdge {
  relation: string;
  target: string;
  issue: string | null;
  confidence: number;
  weight: number;
  articles: readonly string[];
}

export function edgePasses(filters: FiltersState, edge: FilterableEdge): boolean {
  if (!(filters.relations as string[]).includes(edge.relation)) return false;
  if (edge.confidence + 1e-9 < filters.minConfidence) return false;
  if (edge.weight < filters.minWeight) return false;
  if (filters.issues.length && !filters.issues.some((issue) => issue === edge.issue || issue === edge.target)) return false;
  if (filters.articles.length && !edge.articles.some((article) => filters.articles.includes(article))) return false;
  return true;
}

/** How many filters differ from the empty state (for the "Filters (2)" tab label). */
export function activeFilterCount(filters: FiltersState): number {
  const empty = emptyFilters();
  return [
    filters.relations.length !== empty.relations.length,
    filters.kinds.length !== empty.kinds.length,
    filters.issues.length > 0,
    filters.articles.length > 0,
    filters.minConfidence > 0,
    filters.minWeight > 1,
    filters.isolated,
  ].filter(Boolean).length;
}
