// PNG export of the current view: sigma v3 has none, so the layers (WebGL edges and nodes, 2D labels) are rendered
// once, drawn in DOM order onto one canvas over a white background, with a small legend, and downloaded.
import { KIND_COLORS, KIND_LABELS, LEGEND_KINDS, LEGEND_RELATIONS, RELATION_COLORS, RELATION_LABELS } from "../model/palette.ts";
import type { Renderer } from "./renderer.ts";

export function composeViewImage(renderer: Renderer, legend = true): HTMLCanvasElement {
  // A synchronous render: the WebGL buffers still hold this frame while we copy them in the same task.
  renderer.refresh();
  const container = renderer.getContainer();
  const layers = [...container.querySelectorAll("canvas")].filter((canvas) => !canvas.classList.contains("sigma-mouse"));
  const first = layers[0];
  const output = document.createElement("canvas");
  output.width = first?.width ?? container.clientWidth;
  output.height = first?.height ?? container.clientHeight;
  const context = output.getContext("2d");
  if (!context) throw new Error("export: the browser gave no 2D canvas context");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, output.width, output.height);
  for (const layer of layers) context.drawImage(layer, 0, 0, output.width, output.height);
  if (legend) drawLegend(context, output.width / Math.max(1, container.clientWidth));
  return output;
}

export async function downloadViewPng(renderer: Renderer, filename = "graph.png"): Promise<void> {
  const canvas = composeViewImage(renderer);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("export: the canvas could not be encoded as PNG");
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function drawLegend(context: CanvasRenderingContext2D, scale: number): void {
  const line = 16 * scale;
  const rows = LEGEND_KINDS.length + LEGEND_RELATIONS.length;
  const x = 12 * scale;
  let y = context.canvas.height - 12 * scale - rows * line;
  context.fillStyle = "rgba(255,255,255,0.85)";
  context.fillRect(x - 6 * scale, y - line, 150 * scale, (rows + 0.6) * line);
  context.font = `${12 * scale}px system-ui, sans-serif`;
  context.textBaseline = "middle";
  for (const kind of LEGEND_KINDS) {
    context.fillStyle = KIND_COLORS[kind];
    context.beginPath();
    context.arc(x + 5 * scale, y - line / 2, 5 * scale, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = "#1F2937";
    context.fillText(KIND_LABELS[kind], x + 16 * scale, y - line / 2);
    y += line;
  }
  for (const relation of LEGEND_RELATIONS) {
    context.strokeStyle = RELATION_COLORS[relation];
    context.lineWidth = 3 * scale;
    context.beginPath();
    context.moveTo(x, y - line / 2);
    context.lineTo(x + 11 * scale, y - line / 2);
    context.stroke();
    context.fillStyle = "#1F2937";
    context.fillText(RELATION_LABELS[relation].verb, x + 16 * scale, y - line / 2);
    y += line;
  }
}
