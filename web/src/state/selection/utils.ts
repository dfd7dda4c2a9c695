// The empty selection.
import type { SelectionState } from "./types.ts";

export const emptySelection = (): SelectionState => ({ node: null, edge: null });
