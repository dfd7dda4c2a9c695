// The side panel host: shows the selected node or edge (fetched through the session's caches), with loading and
// error states; closing it clears the selection. Responsive width comes from styles.css.
import type { AppState } from "../state/app-state.ts";
import { button, el, replaceChildren } from "../ui/dom.ts";
import type { PanelContext } from "./context.ts";
import { renderEdgePanel } from "./edge-panel.ts";
import { renderNodePanel } from "./node-panel.ts";

export interface Details {
  isOpen(): boolean;
  close(): boolean;
}

export function mountDetails(host: HTMLElement, ctx: PanelContext): Details {
  const { session, actions } = ctx;
  let shownKey: string | null = null;
  let renderToken = 0;
  const body = el("div", { class: "details-body" });
  const closeButton = button("Close details", () => actions.clearSelection(), { class: "btn icon-btn close", icon: "✕", title: "Close (Esc)" });
  host.append(closeButton, body);

  const keyOf = (state: AppState) => (state.selection.node ? `node:${state.selection.node}` : state.selection.edge ? `edge:${state.selection.edge}` : null);

  const show = (state: AppState, force = false) => {
    const key = keyOf(state);
    if (key === shownKey && !force) return;
    const opening = shownKey === null && key !== null;
    shownKey = key;
    const token = ++renderToken;
    host.hidden = key === null;
    document.body.classList.toggle("has-details", key !== null);
    if (!key) {
      body.replaceChildren();
      return;
    }
    const scrollTop = force ? host.scrollTop : 0;
    replaceChildren(body, el("p", { class: "loading", attrs: { role: "status" }, text: "Loading…" }));
    const done = (content: HTMLElement) => {
      if (token !== renderToken) return;
      replaceChildren(body, content);
      host.scrollTop = scrollTop;
      if (opening) (body.querySelector("#details-title") as HTMLElement | null)?.focus({ preventScroll: true });
    };
    const failed = (error: unknown) => {
      if (token !== renderToken) return;
      replaceChildren(body, el("p", { class: "error", attrs: { role: "alert" }, text: error instanceof Error ? error.message : String(error) }));
    };
    if (state.selection.node) session.nodeDetails(state.selection.node).then((response) => done(renderNodePanel(response, ctx)), failed);
    else if (state.selection.edge) session.edgeDetails(state.selection.edge).then((response) => done(renderEdgePanel(response, ctx)), failed);
  };

  let lastExploration = session.store.get().exploration;
  session.store.subscribe((state) => {
    // Expanding or collapsing changes the node panel's buttons, so it is redrawn in place.
    const explorationChanged = state.exploration !== lastExploration;
    lastExploration = state.exploration;
    show(state, explorationChanged && state.selection.node !== null);
  });
  show(session.store.get());

  return {
    isOpen: () => shownKey !== null,
    close() {
      if (!shownKey) return false;
      actions.clearSelection();
      return true;
    },
  };
}
