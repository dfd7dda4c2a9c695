// The toolbar: layout run/stop, scope (overview / explore), undo, Cypher console, export (PNG, GEXF, JSON),
// copy link, and the sidebar toggle. Buttons reflect state (aria-pressed, disabled, titles).
import { EXPORT_URLS } from "../api/client.ts";
import { downloadViewPng } from "../graph/export-png.ts";
import { button, el } from "../ui/dom.ts";
import type { PanelContext } from "./context.ts";
import type { CypherConsole } from "./cypher-console.ts";
import type { Tools } from "./tools.ts";

export function mountToolbar(host: HTMLElement, ctx: PanelContext, parts: { console: CypherConsole; tools: Tools; say(message: string): void }): void {
  const { session, actions, layout, renderer } = ctx;

  const sidebar = button("Tools panel", () => parts.tools.toggleCollapsed(), { class: "btn icon-btn", icon: "☰", title: "Show or hide the filters and questions" });

  const layoutButton = button("Run layout", () => (layout.isRunning() ? layout.stop() : layout.start()), { class: "btn", attrs: { "aria-pressed": "false" } });
  layout.onChange((running) => {
    layoutButton.textContent = running ? "■ Stop layout" : "▶ Run layout";
    layoutButton.setAttribute("aria-pressed", String(running));
    layoutButton.title = running ? "Stop ForceAtlas2 and keep the positions" : "Run ForceAtlas2 on what is shown";
  });
  layoutButton.textContent = "▶ Run layout";

  const scopeOverview = el("button", { class: "seg", attrs: { type: "button", "aria-pressed": "true", title: "Show the whole loaded graph" }, text: "Overview", on: { click: () => actions.setScope("overview") } });
  const scopeExplore = el("button", { class: "seg", attrs: { type: "button", "aria-pressed": "false", title: "Start from an empty canvas: search, then expand" }, text: "Explore", on: { click: () => actions.setScope("explore") } });
  const scope = el("div", { class: "segmented-buttons", attrs: { role: "group", "aria-label": "Scope" } }, scopeOverview, scopeExplore);

  const undo = button("Undo", () => actions.undo(), { class: "btn", title: "Undo (Ctrl+Z)" });
  const cypher = button("Cypher", () => parts.console.toggle(), { class: "btn", attrs: { "aria-expanded": "false", "aria-controls": "console" }, title: "Open the read-only Cypher console" });
  parts.console.onToggle((open) => cypher.setAttribute("aria-expanded", String(open)));

  const exportMenu = el(
    "details",
    { class: "menu" },
    el("summary", { class: "btn", attrs: { "aria-label": "Export" }, text: "Export ▾" }),
    el(
      "div",
      { class: "menu-items" },
      button("View as PNG", () => {
        exportMenu.open = false;
        downloadViewPng(renderer, "graph-view.png").then(
          () => parts.say("Saved the view as graph-view.png"),
          (error: unknown) => session.report(error, "PNG export"),
        );
      }, { class: "menu-item" }),
      el("a", { class: "menu-item", attrs: { href: EXPORT_URLS.gexf, download: "graph.gexf" }, text: "Graph as GEXF" }),
      el("a", { class: "menu-item", attrs: { href: EXPORT_URLS.json, download: "graph.json" }, text: "Graph as JSON" }),
    ),
  );
  exportMenu.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && exportMenu.open) {
      event.preventDefault();
      event.stopPropagation();
      exportMenu.open = false;
      exportMenu.querySelector("summary")?.focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (exportMenu.open && !exportMenu.contains(event.target as Node)) exportMenu.open = false;
  });

  const share = button("Copy link", () => {
    const url = window.location.href;
    const copied = navigator.clipboard?.writeText(url);
    if (!copied) return parts.say(`Link: ${url}`);
    copied.then(() => parts.say("Link to this view copied"), () => parts.say(`Link: ${url}`));
  }, { class: "btn", title: "Copy a link that reopens this view" });

  host.append(sidebar, layoutButton, scope, undo, cypher, exportMenu, share);

  const sync = () => {
    const state = session.store.get();
    scopeOverview.setAttribute("aria-pressed", String(state.exploration.scope === "overview"));
    scopeExplore.setAttribute("aria-pressed", String(state.exploration.scope === "explore"));
    const label = session.store.undoLabel();
    undo.disabled = label === null;
    undo.title = label ? `Undo: ${label} (Ctrl+Z)` : "Nothing to undo";
  };
  session.store.subscribe(sync);
  sync();
}
