// Filter producers: (args) => (state) => new state.
// The area's public face: producers, types, the empty state and the edge test.
import type { NodeKind, Relation } from "../../../../src/model/vocabulary.ts";
import type { FiltersState } from "./types.ts";
import { emptyFilters } from "./utils.ts";

const toggle = <T>(list: readonly T[], item: T, on: boolean): T[] => (on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item));

export const toggleRelation = (relation: Relation, on: boolean) => (state: FiltersState): FiltersState => ({ ...state, relations: toggle(state.relations, relation, on) });
export const toggleKind = (kind: NodeKind, on: boolean) => (state: FiltersState): FiltersState => ({ ...state, kinds: toggle(state.kinds, kind, on) });
export const toggleIssue = (issue: string, on: boolean) => (state: FiltersState): FiltersState => ({ ...state, issues: toggle(state.issues, issue, on) });
export const toggleArticle = (article: string, on: boolean) => (state: FiltersState): FiltersState => ({ ...state, articles: toggle(state.articles, article, on) });
export const setIssues = (issues: string[]) => (state: FiltersState): FiltersState => ({ ...state, issues: [...issues] });
export const setArticles = (articles: string[]) => (state: FiltersState): FiltersState => ({ ...state, articles: [...articles] });
export const setMinConfidence = (value: number) => (state: FiltersState): FiltersState => ({ ...state, minConfidence: Math.min(1, Math.max(0, value)) });
export const setMinWeight = (value: number) => (state: FiltersState): FiltersState => ({ ...state, minWeight: Math.max(1, Math.round(value)) });
export const setIsolated = (isolated: boolean) => (state: FiltersState): FiltersState => ({ ...state, isolated });
export const resetFilters = () => (_: FiltersState): FiltersState => emptyFilters();

export type { FiltersState } from "./types.ts";
export { activeFilterCount, edgePasses, emptyFilters } from "./utils.ts";
