// Selection state: the one node or edge whose details the side panel shows.
// Hover is not state: it is transient and lives in the hover controller.

export interface SelectionState {
  node: string | null;
  /** An edge key (`${source}>${type}>${target}@${issue}`). */
  edge: string | null;
}
