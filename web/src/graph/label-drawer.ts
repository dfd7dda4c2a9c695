// A node label drawer that keeps labels from overlapping: once per frame it places every candidate label greedily,
// forced labels (hover, selection, answers) first, then bigger nodes first, and draws only the labels that found room.
// Sigma's label grid already thins resting labels; this also covers forced labels, which bypass the grid.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from "sigma/rendering";

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelDrawer {
  draw: NodeLabelDrawingFunction<Attributes, Attributes, Attributes>;
  /** Called before each render: the next label drawn plans the frame again. */
  reset(): void;
  attach(renderer: Sigma<Attributes, Attributes, Attributes>): void;
}

export function createLabelDrawer(): LabelDrawer {
  let renderer: Sigma<Attributes, Attributes, Attributes> | null = null;
  let allowed: Set<string> | null = null;

  const plan = (context: CanvasRenderingContext2D, settings: Parameters<NodeLabelDrawingFunction>[2]): Set<string> => {
    const room = new Set<string>();
    if (!renderer) return room;
    const { width, height } = renderer.getDimensions();
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const candidates: { node: string; forced: boolean; radius: number; box: Box }[] = [];
    renderer.getGraph().forEachNode((node) => {
      const display = renderer!.getNodeDisplayData(node);
      if (!display || display.hidden || !display.label) return;
      const { x, y } = renderer!.framedGraphToViewport(display);
      if (x < -200 || x > width + 50 || y < -50 || y > height + 50) return;
      const radius = renderer!.scaleSize(display.size);
      const labelWidth = context.measureText(display.label).width;
      candidates.push({ node, forced: Boolean(display.forceLabel), radius, box: { x1: x + radius + 2, y1: y - size / 2 - 2, x2: x + radius + 4 + labelWidth, y2: y + size / 2 + 2 } });
    });
    candidates.sort((a, b) => Number(b.forced) - Number(a.forced) || b.radius - a.radius || (a.node < b.node ? -1 : 1));
    const placed: Box[] = [];
    for (const { node, box } of candidates) {
      if (placed.some((b) => box.x1 < b.x2 && box.x2 > b.x1 && box.y1 < b.y2 && box.y2 > b.y1)) continue;
      placed.push(box);
      room.add(node);
    }
    return room;
  };

  return {
    attach(next) {
      renderer = next;
    },
    reset() {
      allowed = null;
    },
    draw(context, data, settings) {
      if (!data.label) return;
      allowed ??= plan(context, settings);
      if (!allowed.has(data.key)) return;
      drawDiscNodeLabel(context, data, settings);
    },
  };
}
