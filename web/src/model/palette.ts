// Colours of the explorer, one per node kind and relation type, iterated from the closed vocabularies.
// Node kinds use the Okabe–Ito palette (safe for the common colour-vision deficiencies); relations use blue / vermillion / purple.
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from "../../../src/model/vocabulary.ts";

export const KIND_COLORS: Record<NodeKind, string> = {
  person: "#E69F00",
  state: "#56B4E9",
  organisation: "#009E73",
  institution: "#CC79A7",
  group: "#C7B300",
  issue: "#4B5563",
};

export const RELATION_COLORS: Record<Relation, string> = {
  SUPPORTS: "#0072B2",
  OPPOSES: "#D55E00",
  CONSTRAINS: "#7B3294",
};

export const KIND_LABELS: Record<NodeKind, string> = {
  person: "Person",
  state: "State",
  organisation: "Organisation",
  institution: "Institution",
  group: "Group",
  issue: "Issue",
};

export const RELATION_LABELS: Record<Relation, { verb: string; incoming: string; title: string }> = {
  SUPPORTS: { verb: "supports", incoming: "Supported by", title: "Supports" },
  OPPOSES: { verb: "opposes", incoming: "Opposed by", title: "Opposes" },
  CONSTRAINS: { verb: "constrains", incoming: "Constrained by", title: "Constrains" },
};

/** Dimmed items (outside the hovered or selected neighbourhood). */
export const DIM_NODE = "#E3E6EA";
export const DIM_EDGE = "#EEF0F3";
export const HIGHLIGHT_RING = "#111827";

export const LEGEND_KINDS: readonly NodeKind[] = NODE_KINDS;
export const LEGEND_RELATIONS: readonly Relation[] = RELATIONS;

/** `#rrggbb` at the given opacity, as sigma accepts it. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha.toFixed(3)})`;
}
