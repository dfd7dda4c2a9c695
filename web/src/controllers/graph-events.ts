// Sigma event bindings: hover highlights a neighbourhood, click selects, double-click expands, drag moves a node.
// Kept apart from the panels; they only call session and actions.
import type { Actions } from "../actions.ts";
import type { Renderer } from "../graph/renderer.ts";
import type { Session } from "../session.ts";

export function bindGraphEvents(renderer: Renderer, session: Session, actions: Actions): void {
  const container = renderer.getContainer();
  const graph = session.dataset.graph;
  let dragged: string | null = null;
  let moved = false;

  renderer.on("enterNode", ({ node }) => {
    session.setHovered(node);
    container.style.cursor = "pointer";
  });
  renderer.on("leaveNode", () => {
    session.setHovered(null);
    if (!dragged) container.style.cursor = "";
  });
  renderer.on("enterEdge", () => {
    container.style.cursor = "pointer";
  });
  renderer.on("leaveEdge", () => {
    container.style.cursor = "";
  });

  renderer.on("clickNode", ({ node }) => {
    if (moved) return;
    actions.selectNode(node);
  });
  renderer.on("clickEdge", ({ edge }) => actions.selectEdge(edge));
  renderer.on("clickStage", () => {
    if (session.store.get().selection.node || session.store.get().selection.edge) actions.clearSelection();
  });
  renderer.on("doubleClickNode", (event) => {
    event.preventSigmaDefault();
    actions.expand(event.node);
  });

  // Dragging a node moves it (its position is data; the layout keeps it until it runs again).
  renderer.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
  });
  renderer.on("moveBody", ({ event }) => {
    if (!dragged) return;
    moved = true;
    const position = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = () => {
    dragged = null;
    container.style.cursor = "";
    // A click follows mouseup; let it see `moved` first.
    window.setTimeout(() => {
      moved = false;
    }, 0);
  };
  renderer.on("upNode", release);
  renderer.on("upStage", release);
}
