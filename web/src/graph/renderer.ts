// The sigma renderer of the dataset: settings (label grid, arrows, fonts) and the frame of visible nodes.
// Appearance comes only from the reducers; `frameVisible` keeps the camera's box on what is shown.
import Sigma from "sigma";
import type { DatasetGraph, EdgeData, NodeData } from "./dataset.ts";
import { createLabelDrawer } from "./label-drawer.ts";
import { createReducers, type Frame } from "./reducers.ts";

export type Renderer = Sigma<NodeData, EdgeData>;

const STAGE_PADDING = 40;

export function createRenderer(container: HTMLElement, graph: DatasetGraph, getFrame: () => Frame): Renderer {
  const { nodeReducer, edgeReducer } = createReducers(graph, getFrame);
  const labels = createLabelDrawer();
  const renderer = new Sigma<NodeData, EdgeData>(graph, container, {
    nodeReducer,
    edgeReducer,
    defaultEdgeType: "arrow",
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: '"Inter", "Segoe UI", system-ui, sans-serif',
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1F2937" },
    edgeLabelFont: '"Inter", "Segoe UI", system-ui, sans-serif',
    edgeLabelSize: 11,
    edgeLabelWeight: "500",
    edgeLabelColor: { color: "#374151" },
    // The label grid keeps at most two labels per 80-px cell at rest (more as one zooms in), bigger nodes first;
    // the label drawer then drops any label that would overlap one already placed (forced labels included).
    labelDensity: 2,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 3,
    stagePadding: STAGE_PADDING,
    minCameraRatio: 0.05,
    maxCameraRatio: 8,
    hideEdgesOnMove: false,
    defaultDrawNodeLabel: labels.draw,
  });
  labels.attach(renderer as unknown as Parameters<typeof labels.attach>[0]);
  renderer.on("beforeRender", labels.reset);
  return renderer;
}

/** Sets the renderer's bounding box to the visible nodes, so filtering or exploring reframes what is shown. */
export function frameVisible(renderer: Renderer, graph: DatasetGraph, nodes: ReadonlySet<string>): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    if (!graph.hasNode(node)) continue;
    const { x, y } = graph.getNodeAttributes(node);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!Number.isFinite(minX)) {
    renderer.setCustomBBox(null);
    return;
  }
  // A lone node (or a line) still needs a box with some extent.
  const pad = (min: number, max: number): [number, number] => (max - min < 1 ? [min - 10, max + 10] : [min, max]);
  const [x1, x2] = pad(minX, maxX);
  renderer.setCustomBBox({ x: [x1, x2 + labelRoom(renderer, graph, nodes, x1, x2)], y: pad(minY, maxY) });
}

/** Labels are drawn to the right of their nodes: the graph units to add on that side so the rightmost labels fit. */
function labelRoom(renderer: Renderer, graph: DatasetGraph, nodes: ReadonlySet<string>, x1: number, x2: number): number {
  const usable = renderer.getDimensions().width - 2 * STAGE_PADDING;
  if (usable <= 0) return 0;
  const perUnit = usable / (x2 - x1);
  let needed = 0;
  for (const node of nodes) {
    if (!graph.hasNode(node)) continue;
    const { x, name } = graph.getNodeAttributes(node);
    // About 7.5 px per character at the 13 px label font, plus the node's radius.
    needed = Math.max(needed, name.length * 7.5 + 14 - (x2 - x) * perUnit);
  }
  needed = Math.min(needed, usable / 2);
  return needed > 0 ? (needed * (x2 - x1)) / (usable - needed) : 0;
}
