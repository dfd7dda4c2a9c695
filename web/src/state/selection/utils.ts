// The empty selection.
// Nothing selected: the side panel is closed.
import type { SelectionState } from "./types.ts";

export const emptySelection = (): SelectionState => ({ node: null, edge: null });
