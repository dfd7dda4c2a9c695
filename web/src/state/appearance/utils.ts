// The default appearance: nodes sized by how often the articles mention them.
import type { AppearanceState } from "./types.ts";

export const emptyAppearance = (): AppearanceState => ({ sizeBy: "mentions" });
