// Camera control: centre on a node once it is drawn, fit the view, zoom by buttons.
// A focus asked for before the node is loaded waits for the next frame that shows it.
import type { Camera } from "../actions.ts";
import type { Renderer } from "../graph/renderer.ts";
import type { Session } from "../session.ts";
import { neighbourhood } from "../graph/visibility.ts";

export function createCamera(renderer: Renderer, session: Session): Camera {
  let pending: string | null = null;

  const tryFocus = () => {
    if (!pending) return;
    const display = renderer.getNodeDisplayData(pending);
    if (!display || display.hidden || !session.view().nodes.has(pending)) return;
    const node = pending;
    pending = null;
    // Frame the node with its visible neighbours, so what it is connected to stays in sight.
    const around = neighbourhood(session.dataset.graph, session.view(), node).nodes;
    if (around.size > 1) fitNodes(around);
    else renderer.getCamera().animate({ x: display.x, y: display.y }, { duration: 500 });
  };

  const fitNodes = (nodes: Iterable<string>) => {
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const node of nodes) {
      const display = renderer.getNodeDisplayData(node);
      if (!display || display.hidden) continue;
      minX = Math.min(minX, display.x);
      maxX = Math.max(maxX, display.x);
      minY = Math.min(minY, display.y);
      maxY = Math.max(maxY, display.y);
    }
    if (!Number.isFinite(minX)) return;
    // Labels sit to the right of their nodes; make room for them on that side.
    maxX += Math.max(0.05, (maxX - minX) * 0.25);
    // Framed-graph coordinates span about 1 at ratio 1; leave a margin around the nodes.
    const ratio = Math.min(1.1, Math.max(0.2, Math.max(maxX - minX, maxY - minY) * 1.6));
    renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  };

  session.onFrame(() => tryFocus());

  return {
    focus(node) {
      pending = node;
      tryFocus();
    },
    fit() {
      renderer.getCamera().animatedReset({ duration: 400 });
    },
    fitNodes,
    zoom(factor) {
      const camera = renderer.getCamera();
      if (factor > 1) camera.animatedUnzoom({ duration: 250, factor });
      else camera.animatedZoom({ duration: 250, factor: 1 / factor });
    },
  };
}
