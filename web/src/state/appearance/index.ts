// Appearance producers: (args) => (state) => new state.
// The area's public face: producers, types and the empty state.
import type { AppearanceState, SizeBy } from "./types.ts";

export const setSizeBy = (sizeBy: SizeBy) => (state: AppearanceState): AppearanceState => ({ ...state, sizeBy });

export type { AppearanceState, SizeBy } from "./types.ts";
export { emptyAppearance } from "./utils.ts";
