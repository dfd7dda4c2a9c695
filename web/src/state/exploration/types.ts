// Exploration state: how the canvas is scoped (the whole graph, or only what the analyst brought in),
// which neighbourhoods were expanded, and which nodes were hidden.
import type { Relation } from "../../../../src/model/vocabulary.ts";

export type Scope = "overview" | "explore";

/** One "expand" action: a node's neighbours, optionally through one relation type or on one issue, strongest first. */
export interface Expansion {
  node: string;
  relation: Relation | null;
  issue: string | null;
  /** At most this many edges are brought in, so a hub never floods the canvas. */
  limit: number;
}

export interface ExplorationState {
  scope: Scope;
  /** Nodes put on the canvas by hand (search, "add to canvas"); the starting points in explore scope. */
  seeds: string[];
  expansions: Expansion[];
  hidden: string[];
}
