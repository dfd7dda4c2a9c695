// Appearance state: how node size is read from the data.
// Colours are fixed by kind and relation (model/palette.ts), so they are not state.

export type SizeBy = "mentions" | "degree";

export interface AppearanceState {
  sizeBy: SizeBy;
}
