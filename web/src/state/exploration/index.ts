// Exploration producers: (args) => (state) => new state.
// The area's public face: producers, types, defaults and the empty state.
import type { Expansion, ExplorationState, Scope } from "./types.ts";
import { emptyExploration, sameExpansion } from "./utils.ts";

const without = <T>(list: readonly T[], item: T) => list.filter((x) => x !== item);

export const setScope = (scope: Scope) => (state: ExplorationState): ExplorationState => ({ ...state, scope });

export const addSeed = (node: string) => (state: ExplorationState): ExplorationState =>
  state.seeds.includes(node) && !state.hidden.includes(node) ? state : { ...state, seeds: state.seeds.includes(node) ? state.seeds : [...state.seeds, node], hidden: without(state.hidden, node) };

export const expand = (expansion: Expansion) => (state: ExplorationState): ExplorationState => ({
  ...state,
  hidden: without(state.hidden, expansion.node),
  expansions: [...state.expansions.filter((e) => !sameExpansion(e, expansion)), expansion],
});

/** Undoes every expansion of the node (the neighbours only it brought in leave the canvas). */
export const collapse = (node: string) => (state: ExplorationState): ExplorationState => ({
  ...state,
  expansions: state.expansions.filter((e) => e.node !== node),
});

export const hide = (node: string) => (state: ExplorationState): ExplorationState => ({
  ...state,
  hidden: state.hidden.includes(node) ? state.hidden : [...state.hidden, node],
  seeds: without(state.seeds, node),
  expansions: state.expansions.filter((e) => e.node !== node),
});

export const unhide = (node: string) => (state: ExplorationState): ExplorationState => ({ ...state, hidden: without(state.hidden, node) });
export const unhideAll = () => (state: ExplorationState): ExplorationState => ({ ...state, hidden: [] });
export const clearCanvas = () => (state: ExplorationState): ExplorationState => ({ ...emptyExploration(), scope: state.scope, hidden: state.hidden });

export type { Expansion, ExplorationState, Scope } from "./types.ts";
export { DEFAULT_EXPANSION_LIMIT, emptyExploration, isExpanded, sameExpansion } from "./utils.ts";
