// The left sidebar: a tab per tool panel, from the registry below (a new tool is one file plus one line here).
// Tabs follow the ARIA tabs pattern (arrow keys move between them).
import { el } from "../ui/dom.ts";
import { mountAskPanel } from "./ask-panel.ts";
import type { PanelContext } from "./context.ts";
import { mountFiltersPanel } from "./filters-panel.ts";

export interface ToolPanelDescriptor {
  id: string;
  title: string;
  mount(ctx: PanelContext): { element: HTMLElement; badge(): string };
}

export const TOOL_PANELS: readonly ToolPanelDescriptor[] = [
  { id: "filters", title: "Filters", mount: mountFiltersPanel },
  { id: "ask", title: "Ask", mount: mountAskPanel },
];

export interface Tools {
  show(id: string): void;
  toggleCollapsed(): void;
}

export function mountTools(host: HTMLElement, ctx: PanelContext): Tools {
  const tabs: { id: string; tab: HTMLButtonElement; panel: HTMLElement; badge: () => string; badgeEl: HTMLElement }[] = [];
  const tablist = el("div", { class: "tabs", attrs: { role: "tablist", "aria-label": "Tools" } });
  const panels = el("div", { class: "tool-panels" });

  for (const descriptor of TOOL_PANELS) {
    const mounted = descriptor.mount(ctx);
    const tabId = `tab-${descriptor.id}`;
    const panelId = `panel-${descriptor.id}`;
    const badgeEl = el("span", { class: "tab-badge" });
    const tab = el("button", { class: "tab", attrs: { type: "button", role: "tab", id: tabId, "aria-controls": panelId, "aria-selected": "false", tabindex: "-1" } }, descriptor.title, badgeEl);
    const panel = el("div", { class: "tool-panel", attrs: { role: "tabpanel", id: panelId, "aria-labelledby": tabId } }, mounted.element);
    panel.hidden = true;
    tab.addEventListener("click", () => show(descriptor.id));
    tablist.append(tab);
    panels.append(panel);
    tabs.push({ id: descriptor.id, tab, panel, badge: mounted.badge, badgeEl });
  }

  tablist.addEventListener("keydown", (event) => {
    const index = tabs.findIndex((t) => t.tab === document.activeElement);
    if (index < 0) return;
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) {
      show(next.id);
      next.tab.focus();
    }
  });

  function show(id: string) {
    for (const t of tabs) {
      const selected = t.id === id;
      t.tab.setAttribute("aria-selected", String(selected));
      t.tab.tabIndex = selected ? 0 : -1;
      t.panel.hidden = !selected;
    }
    document.body.classList.remove("tools-collapsed");
  }

  const syncBadges = () => {
    for (const t of tabs) {
      const text = t.badge();
      t.badgeEl.textContent = text;
      t.badgeEl.hidden = !text;
    }
  };
  ctx.session.store.subscribe(syncBadges);
  syncBadges();

  host.append(tablist, panels);
  show(ctx.session.store.get().question.current ? "ask" : "filters");
  // Asking from elsewhere (a node's "What constrains it?") brings the answer into view.
  let lastQuestion = ctx.session.store.get().question.current;
  ctx.session.store.subscribe((state) => {
    if (state.question.current && state.question.current !== lastQuestion) show("ask");
    lastQuestion = state.question.current;
  });

  return {
    show,
    toggleCollapsed: () => document.body.classList.toggle("tools-collapsed"),
  };
}
