// Sigma's nodeReducer / edgeReducer: the dataset's looks (kind colours, sizes, relation colours, dimming, hiding)
// computed from the current frame (view + focus) on every render; the graph itself is never touched for appearance.
import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { DIM_EDGE, DIM_NODE, KIND_COLORS, RELATION_COLORS, RELATION_LABELS, withAlpha } from "../model/palette.ts";
import type { DatasetGraph, EdgeData, NodeData } from "./dataset.ts";
import type { Focus } from "./focus.ts";
import type { View } from "./visibility.ts";

/** At most this many focused edges carry labels. */
const EDGE_LABEL_LIMIT = 8;

export interface Frame {
  view: View;
  focus: Focus | null;
  selectedEdge: string | null;
}

export function createReducers(graph: DatasetGraph, getFrame: () => Frame) {
  const nodeReducer = (node: string, attrs: Attributes): Partial<NodeDisplayData> => {
    const data = attrs as NodeData;
    const { view, focus } = getFrame();
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: data.name,
      size: view.sizes.get(node) ?? 5,
      color: KIND_COLORS[data.kind],
      zIndex: 1,
    };
    if (!view.nodes.has(node)) return { ...display, hidden: true };
    if (focus) {
      if (focus.nodes.has(node)) {
        display.zIndex = 2;
        display.forceLabel = true;
        if (focus.highlighted.has(node)) display.highlighted = true;
      } else {
        display.color = DIM_NODE;
        display.label = null;
        display.zIndex = 0;
      }
    }
    return display;
  };

  const edgeReducer = (edge: string, attrs: Attributes): Partial<EdgeDisplayData> => {
    const data = attrs as EdgeData;
    const { view, focus, selectedEdge } = getFrame();
    if (!view.edges.has(edge)) return { hidden: true };
    const base = RELATION_COLORS[data.relation];
    const display: Partial<EdgeDisplayData> = {
      type: "arrow",
      color: withAlpha(base, 0.45 + 0.5 * data.confidence),
      size: 2 + 1.5 * Math.log2(Math.max(1, data.weight)),
      zIndex: 1,
      label: null,
    };
    if (focus) {
      if (focus.edges.has(edge)) {
        display.color = base;
        display.size = (display.size ?? 2) + (view.answerEdges.has(edge) || edge === selectedEdge ? 2 : 1);
        display.zIndex = 2;
        // Labels name the relations of a small focus; around a hub they would bury each other (the panel lists them).
        const labelled = focus.edges.size <= EDGE_LABEL_LIMIT || view.answerEdges.has(edge) || edge === selectedEdge;
        display.label = labelled ? pairLabel(graph, edge, data, focus.edges) : null;
        display.forceLabel = display.label !== null;
      } else {
        display.color = DIM_EDGE;
        display.zIndex = 0;
      }
    }
    return display;
  };

  return { nodeReducer, edgeReducer };
}

/** Edges between the same two nodes lie on one line, so only the first of them carries a label, counting the rest. */
function pairLabel(graph: DatasetGraph, edge: string, data: EdgeData, shown: ReadonlySet<string>): string | null {
  const source = graph.source(edge);
  const target = graph.target(edge);
  const pair = [...new Set([...graph.outEdges(source, target), ...graph.outEdges(target, source)])].filter((e) => shown.has(e)).sort();
  if (pair.length > 1 && pair[0] !== edge) return null;
  const label = edgeLabel(graph, edge, data);
  return pair.length > 1 ? `${label} (+${pair.length - 1})` : label;
}

function edgeLabel(graph: DatasetGraph, edge: string, data: EdgeData): string {
  const verb = RELATION_LABELS[data.relation].verb;
  if (!data.issue || data.issue === graph.target(edge)) return verb;
  const issueName = graph.hasNode(data.issue) ? graph.getNodeAttribute(data.issue, "name") : data.issue;
  return `${verb} · ${issueName}`;
}
