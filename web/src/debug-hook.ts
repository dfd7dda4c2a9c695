// A read-only hook on window for tests and debugging: what sigma draws and where a node sits on screen.
// It exposes no way to change the state; tests act through the page like a person would.
import { composeViewImage } from "./graph/export-png.ts";
import type { LayoutControl } from "./graph/layout.ts";
import type { Renderer } from "./graph/renderer.ts";
import type { Session } from "./session.ts";

export interface ExplorerDebugHook {
  /** Nodes and edges sigma draws now (not hidden by the reducers), and the labels it placed. */
  rendered(): { nodes: number; edges: number; labels: string[] };
  /** Viewport position of a node (CSS pixels inside the canvas), or null when it is not drawn. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** Nodes and edges drawn at full strength (the focus), or null when nothing is dimmed. */
  focus(): { nodes: string[]; edges: string[] } | null;
  layoutRunning(): boolean;
  /** Pixels of the composed view (all sigma layers) that are not background white. */
  inkedPixels(): number;
}

declare global {
  interface Window {
    __explorer?: ExplorerDebugHook;
  }
}

export function exposeDebugHook({ renderer, session, layout }: { renderer: Renderer; session: Session; layout: LayoutControl }): void {
  const graph = session.dataset.graph;
  window.__explorer = {
    rendered() {
      let nodes = 0;
      let edges = 0;
      graph.forEachNode((node) => {
        const display = renderer.getNodeDisplayData(node);
        if (display && !display.hidden) nodes += 1;
      });
      graph.forEachEdge((edge) => {
        const display = renderer.getEdgeDisplayData(edge);
        if (display && !display.hidden) edges += 1;
      });
      return { nodes, edges, labels: [...renderer.getNodeDisplayedLabels()].map((node) => graph.getNodeAttribute(node, "name")) };
    },
    nodePosition(id) {
      const display = renderer.getNodeDisplayData(id);
      if (!display || display.hidden) return null;
      return renderer.framedGraphToViewport(display);
    },
    focus() {
      const focus = session.frame().focus;
      return focus ? { nodes: [...focus.nodes], edges: [...focus.edges] } : null;
    },
    layoutRunning: () => layout.isRunning(),
    inkedPixels() {
      const canvas = composeViewImage(renderer, false);
      const data = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      if (data) for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked += 1;
      return inked;
    },
  };
}
