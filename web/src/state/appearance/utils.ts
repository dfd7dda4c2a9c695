// The default appearance: nodes sized by how often the articles mention them.
// (Size by degree is the other choice.)
import type { AppearanceState } from "./types.ts";

export const emptyAppearance = (): AppearanceState => ({ sizeBy: "mentions" });
