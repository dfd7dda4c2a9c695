// Selection producers: (args) => (state) => new state, never mutating.
// The area's public face: producers, types and the empty state.
import type { SelectionState } from "./types.ts";
import { emptySelection } from "./utils.ts";

export const selectNode = (node: string) => (_: SelectionState): SelectionState => ({ node, edge: null });
export const selectEdge = (edge: string) => (_: SelectionState): SelectionState => ({ node: null, edge });
export const clearSelection = () => (_: SelectionState): SelectionState => emptySelection();

export type { SelectionState } from "./types.ts";
export { emptySelection } from "./utils.ts";
