// ForceAtlas2 in its web worker over what is on the canvas: runs for a while (or until stopped), then the positions stay.
// The layout works on a copy of the visible subgraph and writes x/y back to the dataset once per frame.
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { DatasetGraph } from "./dataset.ts";

export interface LayoutControl {
  /** Runs for `ms` (by default a duration that grows with the graph), then stops by itself. */
  start(ms?: number): void;
  stop(): void;
  isRunning(): boolean;
  onChange(listener: (running: boolean) => void): () => void;
  kill(): void;
}

export interface LayoutOptions {
  graph: DatasetGraph;
  /** The nodes and edges to lay out (what is visible now). */
  scope: () => { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  /** Called after positions were written (once per animation frame while running). */
  onPositions: () => void;
}

export function createLayout({ graph, scope, onPositions }: LayoutOptions): LayoutControl {
  let supervisor: FA2Layout | null = null;
  let sub: Graph | null = null;
  let frame = 0;
  let timer = 0;
  const listeners = new Set<(running: boolean) => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener(supervisor !== null);
  };

  const copyBack = () => {
    const from = sub;
    if (!from) return;
    graph.updateEachNodeAttributes(
      (node, attrs) => {
        if (!from.hasNode(node)) return attrs;
        const x = from.getNodeAttribute(node, "x") as number;
        const y = from.getNodeAttribute(node, "y") as number;
        return Number.isFinite(x) && Number.isFinite(y) ? { ...attrs, x, y } : attrs;
      },
      { attributes: ["x", "y"] },
    );
    onPositions();
  };

  const loop = () => {
    copyBack();
    frame = requestAnimationFrame(loop);
  };

  const stop = () => {
    if (!supervisor) return;
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    supervisor.kill();
    supervisor = null;
    copyBack();
    sub = null;
    emit();
  };

  return {
    start(ms) {
      stop();
      const { nodes, edges } = scope();
      if (nodes.size < 2) return;
      const copy = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
      for (const node of nodes) {
        const { x, y } = graph.getNodeAttributes(node);
        copy.addNode(node, { x, y, size: 1 });
      }
      for (const edge of edges) {
        const source = graph.source(edge);
        const target = graph.target(edge);
        if (source === target || !copy.hasNode(source) || !copy.hasNode(target)) continue;
        copy.addEdgeWithKey(edge, source, target, { weight: Math.log2(1 + graph.getEdgeAttribute(edge, "weight")) });
      }
      sub = copy;
      supervisor = new FA2Layout(copy, {
        settings: { ...forceAtlas2.inferSettings(copy), gravity: 1.2, scalingRatio: 12, slowDown: 4, barnesHutOptimize: copy.order > 400 },
        getEdgeWeight: "weight",
      });
      supervisor.start();
      frame = requestAnimationFrame(loop);
      timer = window.setTimeout(stop, ms ?? Math.min(8000, 2000 + copy.order * 15));
      emit();
    },
    stop,
    isRunning: () => supervisor !== null,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kill: stop,
  };
}
