// The filters panel: relation types, node kinds, issues, articles, minimum confidence and weight, isolated nodes,
// node size, hidden nodes. Controls write producers to the store and are re-synced from it (undo, URL).
import { NODE_KINDS, RELATIONS } from "../../../src/model/vocabulary.ts";
import { formatDate, percent, plural } from "../model/format.ts";
import { KIND_COLORS, KIND_LABELS, RELATION_COLORS, RELATION_LABELS } from "../model/palette.ts";
import { inArea, type AppState } from "../state/app-state.ts";
import { setSizeBy, type SizeBy } from "../state/appearance/index.ts";
import * as filters from "../state/filters/index.ts";
import { button, el, uniqueId, type Child } from "../ui/dom.ts";
import type { PanelContext } from "./context.ts";

type Sync = (state: AppState) => void;

export function mountFiltersPanel(ctx: PanelContext): { element: HTMLElement; badge(): string } {
  const { session, actions } = ctx;
  const graph = session.dataset.graph;
  const syncs: Sync[] = [];

  const fieldset = (legend: string, ...children: (HTMLElement | null)[]) => el("fieldset", { class: "filter-group" }, el("legend", { text: legend }), ...children);

  const checkbox = (label: Child[], checked: (state: AppState) => boolean, onChange: (on: boolean) => void, count?: () => number) => {
    const id = uniqueId("cb");
    const input = el("input", { attrs: { type: "checkbox", id }, on: { change: () => onChange(input.checked) } });
    const countEl = count ? el("span", { class: "count" }) : null;
    syncs.push((state) => {
      input.checked = checked(state);
      if (countEl && count) countEl.textContent = String(count());
    });
    return el("label", { class: "check", attrs: { for: id } }, input, ...label, countEl);
  };

  const edgeCount = (predicate: (data: ReturnType<typeof graph.getEdgeAttributes>, target: string) => boolean) => () =>
    graph.filterEdges((_edge, data, _source, target) => predicate(data, target)).length;

  const relations = fieldset(
    "Relations",
    ...RELATIONS.map((relation) =>
      checkbox(
        [el("span", { class: "swatch line", attrs: { "aria-hidden": "true", style: `--swatch:${RELATION_COLORS[relation]}` } }), RELATION_LABELS[relation].title],
        (state) => state.filters.relations.includes(relation),
        (on) => actions.filter(filters.toggleRelation(relation, on), `${on ? "show" : "hide"} ${RELATION_LABELS[relation].verb}`),
        edgeCount((data) => data.relation === relation),
      ),
    ),
  );

  const kinds = fieldset(
    "Node kinds",
    ...NODE_KINDS.map((kind) =>
      checkbox(
        [el("span", { class: "swatch", attrs: { "aria-hidden": "true", style: `--swatch:${KIND_COLORS[kind]}` } }), KIND_LABELS[kind]],
        (state) => state.filters.kinds.includes(kind),
        (on) => actions.filter(filters.toggleKind(kind, on), `${on ? "show" : "hide"} ${kind}`),
        () => graph.filterNodes((_n, data) => data.kind === kind).length,
      ),
    ),
  );

  const issues = fieldset(
    "Issues",
    el("p", { class: "hint", text: "None ticked: every issue." }),
    el(
      "div",
      { class: "scroll-list" },
      ...issuesByUse(session).map((issue) =>
        checkbox(
          [issue.name],
          (state) => state.filters.issues.includes(issue.id),
          (on) => actions.filter(filters.toggleIssue(issue.id, on), `filter on ${issue.name}`),
          edgeCount((data, target) => data.issue === issue.id || target === issue.id),
        ),
      ),
    ),
  );

  const articles = fieldset(
    "Articles",
    el("p", { class: "hint", text: "None ticked: every article." }),
    el(
      "div",
      { class: "scroll-list" },
      ...session.meta.articles.map((article) =>
        el(
          "div",
          { class: "article-row" },
          checkbox(
            [el("span", { class: "article-option" }, el("span", { text: article.title ?? article.id }), el("span", { class: "muted small", text: `${article.source ?? ""} ${formatDate(article.published)} · ${plural(article.claims, "claim")}` }))],
            (state) => state.filters.articles.includes(article.id),
            (on) => actions.filter(filters.toggleArticle(article.id, on), `filter on an article`),
            edgeCount((data) => data.articles.includes(article.id)),
          ),
          button("Read", () => ctx.openArticle({ article: article.id }), { class: "link-btn small", title: `Read “${article.title ?? article.id}”`, attrs: { "aria-label": `Read ${article.title ?? article.id}` } }),
        ),
      ),
    ),
  );

  const range = (label: string, min: number, max: number, step: number, read: (state: AppState) => number, format: (value: number) => string, write: (value: number) => void) => {
    const id = uniqueId("range");
    const input = el("input", { attrs: { type: "range", id, min: String(min), max: String(max), step: String(step) } });
    const output = el("output", { attrs: { for: id } });
    input.addEventListener("input", () => {
      output.textContent = format(Number(input.value));
      write(Number(input.value));
    });
    syncs.push((state) => {
      input.value = String(read(state));
      output.textContent = format(read(state));
    });
    return el("div", { class: "range" }, el("label", { attrs: { for: id }, text: label }), output, input);
  };

  let maxWeight = 1;
  graph.forEachEdge((_e, data) => {
    maxWeight = Math.max(maxWeight, data.weight);
  });

  const thresholds = fieldset(
    "Thresholds",
    range("Minimum confidence", 0, 1, 0.05, (s) => s.filters.minConfidence, percent, (v) => actions.filter(filters.setMinConfidence(v), "change minimum confidence", "minConfidence")),
    range("Minimum weight (claims)", 1, Math.max(2, maxWeight), 1, (s) => s.filters.minWeight, (v) => String(v), (v) => actions.filter(filters.setMinWeight(v), "change minimum weight", "minWeight")),
  );

  const isolatedCount = () => graph.filterNodes((node) => graph.degree(node) === 0).length;
  const display = fieldset(
    "Display",
    checkbox(
      ["Nodes without a shown relation"],
      (state) => state.filters.isolated,
      (on) => actions.filter(filters.setIsolated(on), on ? "show unconnected nodes" : "hide unconnected nodes"),
      isolatedCount,
    ),
    sizeChoice(ctx, syncs),
  );

  const hiddenList = el("ul", { class: "plain-list" });
  const hiddenGroup = fieldset("Hidden nodes", hiddenList, button("Show all", () => actions.unhideAll(), { class: "btn small" }));
  syncs.push((state) => {
    hiddenGroup.hidden = state.exploration.hidden.length === 0;
    hiddenList.replaceChildren(
      ...state.exploration.hidden.map((id) => el("li", { class: "hidden-item" }, el("span", { text: session.nameOf(id) }), button("Show", () => actions.unhide(id), { class: "link-btn small", title: `Show ${session.nameOf(id)} again` }))),
    );
  });

  const reset = button("Reset filters", () => actions.filter(filters.resetFilters(), "reset filters"), { class: "btn small" });
  const element = el("div", { class: "filters-panel" }, relations, kinds, thresholds, issues, articles, display, hiddenGroup, el("div", { class: "action-row" }, reset));

  let last: AppState | null = null;
  const sync = (state: AppState) => {
    if (last && last.filters === state.filters && last.exploration === state.exploration && last.appearance === state.appearance) return;
    last = state;
    for (const s of syncs) s(state);
  };
  session.store.subscribe(sync);
  session.dataset.onChange(() => {
    last = null;
    sync(session.store.get());
  });
  sync(session.store.get());

  return { element, badge: () => String(filters.activeFilterCount(session.store.get().filters) || "") };
}

function sizeChoice(ctx: PanelContext, syncs: Sync[]): HTMLElement {
  const name = uniqueId("size");
  const options: [SizeBy, string][] = [
    ["mentions", "Size by mentions"],
    ["degree", "Size by relations"],
  ];
  const inputs = options.map(([value, label]) => {
    const id = uniqueId("radio");
    const input = el("input", { attrs: { type: "radio", name, id, value }, on: { change: () => ctx.actions.apply(inArea("appearance", setSizeBy(value)), label.toLowerCase()) } });
    syncs.push((state) => {
      input.checked = state.appearance.sizeBy === value;
    });
    return el("label", { class: "check", attrs: { for: id } }, input, label);
  });
  return el("div", { class: "radio-row", attrs: { role: "radiogroup", "aria-label": "Node size" } }, ...inputs);
}

/** Issues with the most relations first, then by name; issues no relation is about come last. */
function issuesByUse(session: PanelContext["session"]): { id: string; name: string }[] {
  const graph = session.dataset.graph;
  const uses = new Map<string, number>();
  graph.forEachEdge((_edge, data, _source, target) => {
    for (const id of new Set([data.issue, target])) if (id) uses.set(id, (uses.get(id) ?? 0) + 1);
  });
  return [...session.meta.issues].sort((a, b) => (uses.get(b.id) ?? 0) - (uses.get(a.id) ?? 0) || a.name.localeCompare(b.name));
}
