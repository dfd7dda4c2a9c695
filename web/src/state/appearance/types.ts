// Appearance state: how node size is read from the data.

export type SizeBy = "mentions" | "degree";

export interface AppearanceState {
  sizeBy: SizeBy;
}
