// The empty exploration state and helpers on expansions.
// Expansions are capped (DEFAULT_EXPANSION_LIMIT) so a hub never floods the canvas.
import type { Expansion, ExplorationState } from "./types.ts";

export const DEFAULT_EXPANSION_LIMIT = 10;

export const emptyExploration = (): ExplorationState => ({ scope: "overview", seeds: [], expansions: [], hidden: [] });

export const sameExpansion = (a: Expansion, b: Expansion) => a.node === b.node && a.relation === b.relation && a.issue === b.issue;

export const isExpanded = (state: ExplorationState, node: string) => state.expansions.some((e) => e.node === node);
