// The focus: what is drawn at full strength while the rest is dimmed — the hovered node's neighbourhood,
// else the selection's neighbourhood together with the current answer. Null means nothing is dimmed.
import type { SelectionState } from "../state/selection/index.ts";
import type { DatasetGraph } from "./dataset.ts";
import { neighbourhood, type View } from "./visibility.ts";

export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
  /** Drawn with sigma's highlight (label box): the hovered or selected node, and answer nodes. */
  highlighted: Set<string>;
}

export function computeFocus(graph: DatasetGraph, view: View, hovered: string | null, selection: SelectionState): Focus | null {
  if (hovered && view.nodes.has(hovered)) {
    const around = neighbourhood(graph, view, hovered);
    return { ...around, highlighted: new Set([hovered]) };
  }
  const nodes = new Set<string>(view.answerNodes);
  const edges = new Set<string>(view.answerEdges);
  const highlighted = new Set<string>(view.answerNodes);
  if (selection.node && view.nodes.has(selection.node)) {
    const around = neighbourhood(graph, view, selection.node);
    for (const node of around.nodes) nodes.add(node);
    for (const edge of around.edges) edges.add(edge);
    highlighted.add(selection.node);
  }
  if (selection.edge && view.edges.has(selection.edge)) {
    edges.add(selection.edge);
    nodes.add(graph.source(selection.edge));
    nodes.add(graph.target(selection.edge));
  }
  return nodes.size || edges.size ? { nodes, edges, highlighted } : null;
}
