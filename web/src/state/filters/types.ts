// Filter state: what part of the loaded graph is shown.
// Applied client-side over the loaded graph, so the canvas and the counts update at once.
import type { NodeKind, Relation } from "../../../../src/model/vocabulary.ts";

export interface FiltersState {
  /** Relation types shown. */
  relations: Relation[];
  /** Node kinds shown. */
  kinds: NodeKind[];
  /** Issue ids; empty means every issue. An edge passes when its issue or its target is one of them. */
  issues: string[];
  /** Article ids; empty means every article. An edge passes when one of its articles is one of them. */
  articles: string[];
  minConfidence: number;
  minWeight: number;
  /** Also show nodes that have no shown relation (mentioned only). */
  isolated: boolean;
}
