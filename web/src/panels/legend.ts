// The legend over the canvas: node kinds and relation types with their colours, each a toggle of its filter,
// iterated from the vocabularies so a new kind or relation shows up here by itself.
import { NODE_KINDS, RELATIONS } from "../../../src/model/vocabulary.ts";
import { KIND_COLORS, KIND_LABELS, RELATION_COLORS, RELATION_LABELS } from "../model/palette.ts";
import * as filters from "../state/filters/index.ts";
import { el } from "../ui/dom.ts";
import type { PanelContext } from "./context.ts";

export function mountLegend(host: HTMLElement, ctx: PanelContext): void {
  const { session, actions } = ctx;
  const kindButtons = NODE_KINDS.map((kind) => {
    const b = el(
      "button",
      {
        class: "legend-item",
        attrs: { type: "button", title: `Show or hide ${KIND_LABELS[kind].toLowerCase()} nodes` },
        on: { click: () => actions.filter(filters.toggleKind(kind, !session.store.get().filters.kinds.includes(kind)), `toggle ${kind}`) },
      },
      el("span", { class: "swatch", attrs: { "aria-hidden": "true", style: `--swatch:${KIND_COLORS[kind]}` } }),
      KIND_LABELS[kind],
    );
    return { kind, b };
  });
  const relationButtons = RELATIONS.map((relation) => {
    const b = el(
      "button",
      {
        class: "legend-item",
        attrs: { type: "button", title: `Show or hide ${RELATION_LABELS[relation].verb} edges` },
        on: { click: () => actions.filter(filters.toggleRelation(relation, !session.store.get().filters.relations.includes(relation)), `toggle ${relation}`) },
      },
      el("span", { class: "swatch arrow", attrs: { "aria-hidden": "true", style: `--swatch:${RELATION_COLORS[relation]}` } }),
      RELATION_LABELS[relation].verb,
    );
    return { relation, b };
  });

  const body = el(
    "div",
    { class: "legend-body" },
    el("div", { class: "legend-group", attrs: { role: "group", "aria-label": "Node kinds" } }, el("span", { class: "legend-title", text: "Nodes" }), ...kindButtons.map((k) => k.b)),
    el("div", { class: "legend-group", attrs: { role: "group", "aria-label": "Relations" } }, el("span", { class: "legend-title", text: "Relations" }), ...relationButtons.map((r) => r.b)),
    el("p", { class: "legend-note", text: "Size: mentions · edge width: claims · opacity: confidence" }),
  );
  host.append(body);
  host.setAttribute("aria-label", "Legend");
  host.setAttribute("role", "region");

  const note = body.querySelector(".legend-note") as HTMLElement;
  const sync = () => {
    const state = session.store.get();
    for (const { kind, b } of kindButtons) b.setAttribute("aria-pressed", String(state.filters.kinds.includes(kind)));
    for (const { relation, b } of relationButtons) b.setAttribute("aria-pressed", String(state.filters.relations.includes(relation)));
    note.textContent = `Size: ${state.appearance.sizeBy === "degree" ? "relations" : "mentions"} · edge width: claims · opacity: confidence`;
  };
  session.store.subscribe(sync);
  sync();
}
