// The counts in the top bar: how much of the loaded graph is shown, updated with every frame.
// The numbers are also on data-nodes / data-edges for tests and scripts.
import { plural } from "../model/format.ts";
import type { Session } from "../session.ts";

export function mountCounts(host: HTMLElement, session: Session): void {
  const { graph } = session.dataset;
  let last = "";
  const show = (frame: ReturnType<Session["frame"]>) => {
    const text = `${frame.view.nodes.size} of ${plural(graph.order, "node")} · ${frame.view.edges.size} of ${plural(graph.size, "relation")}${session.dataset.truncated ? " (strongest loaded)" : ""}`;
    if (text === last) return;
    last = text;
    host.textContent = text;
    host.dataset.nodes = String(frame.view.nodes.size);
    host.dataset.edges = String(frame.view.edges.size);
  };
  session.onFrame(show);
  show(session.frame());
}
