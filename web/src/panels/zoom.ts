// Zoom buttons over the canvas: zoom in, zoom out, fit the view.
// They only drive the camera; the graph and the state are untouched.
import type { Camera } from "../actions.ts";
import { button } from "../ui/dom.ts";

export function mountZoom(host: HTMLElement, camera: Camera): void {
  host.setAttribute("role", "group");
  host.setAttribute("aria-label", "Zoom");
  host.append(
    button("Zoom in", () => camera.zoom(1 / 1.5), { class: "btn icon-btn", icon: "+" }),
    button("Zoom out", () => camera.zoom(1.5), { class: "btn icon-btn", icon: "−" }),
    button("Fit the view", () => camera.fit(), { class: "btn icon-btn", icon: "⤢" }),
  );
}
