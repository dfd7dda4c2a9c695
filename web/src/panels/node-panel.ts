// The node panel: kind, aliases, positions grouped by issue, who constrains / supports / opposes it,
// every edge with its evidence (GET /api/nodes/:id), and the node's actions (expand, collapse, hide, ask).
import type { ApiEdgeWithEvidence, NodeResponse } from "../../../src/model/api.ts";
import { RELATIONS, type Relation } from "../../../src/model/vocabulary.ts";
import { nameOf, plural } from "../model/format.ts";
import { KIND_COLORS, KIND_LABELS, RELATION_LABELS } from "../model/palette.ts";
import { DEFAULT_EXPANSION_LIMIT, isExpanded } from "../state/exploration/index.ts";
import { DEFAULT_HOPS } from "../state/question/index.ts";
import { button, el, uniqueId } from "../ui/dom.ts";
import type { PanelContext } from "./context.ts";
import { edgeBlock, relationChip } from "./evidence.ts";

interface IssueGroup {
  key: string;
  title: string;
  edges: ApiEdgeWithEvidence[];
}

/** Edges grouped by the issue they are about: their issue, else their target when it is an issue. */
function byIssue(edges: readonly ApiEdgeWithEvidence[], names: Record<string, string>, issueIds: Set<string>): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const edge of edges) {
    const issue = edge.issue ?? (issueIds.has(edge.target) ? edge.target : null);
    const key = issue ?? "";
    const group = groups.get(key) ?? { key, title: issue ? `On ${nameOf(names, issue)}` : "No issue stated", edges: [] };
    group.edges.push(edge);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => (a.key === "" ? 1 : b.key === "" ? -1 : a.title.localeCompare(b.title)));
}

const strongestFirst = (a: ApiEdgeWithEvidence, b: ApiEdgeWithEvidence) => b.weight - a.weight || b.confidence - a.confidence;

export function renderNodePanel(response: NodeResponse, ctx: PanelContext): HTMLElement {
  const { node, names } = response;
  const { session, actions } = ctx;
  const allNames = { ...names, [node.id]: node.name };
  const issueIds = new Set(session.meta.issues.map((issue) => issue.id));
  if (node.label === "Issue") issueIds.add(node.id);

  const nodeLink = (id: string) =>
    button(nameOf(allNames, id), () => actions.selectNode(id, { centre: true }), { class: "node-link", title: `Open ${nameOf(allNames, id)}` });

  const outgoingHeading = (edge: ApiEdgeWithEvidence) =>
    el("p", { class: "edge-title" }, relationChip(edge.type), " ", nodeLink(edge.target));
  const incomingHeading = (edge: ApiEdgeWithEvidence) =>
    el("p", { class: "edge-title" }, nodeLink(edge.source), " ", relationChip(edge.type), edge.issue && edge.issue !== node.id ? ` on ${nameOf(allNames, edge.issue)}` : "");

  const section = (title: string, count: number, ...content: HTMLElement[]) => {
    const id = uniqueId("sec");
    return el("section", { class: "panel-section", attrs: { "aria-labelledby": id } }, el("h3", { attrs: { id } }, title, el("span", { class: "count", text: String(count) })), ...content);
  };

  const groupedList = (edges: ApiEdgeWithEvidence[], heading: (edge: ApiEdgeWithEvidence) => HTMLElement) =>
    byIssue(edges, allNames, issueIds).map((group) =>
      el(
        "div",
        { class: "issue-group" },
        el("h4", { text: group.title }),
        el("ul", { class: "edge-list" }, ...group.edges.sort(strongestFirst).map((edge) => edgeBlock(edge, heading(edge), ctx.openArticle, (key) => actions.selectEdge(key)))),
      ),
    );

  // Positions: what this node supports, opposes and constrains, each relation grouped by issue.
  const positions: HTMLElement[] = RELATIONS.flatMap((relation) => {
    const edges = response.outgoing.filter((edge) => edge.type === relation);
    return edges.length ? [el("div", { class: "relation-group" }, el("h4", { class: "relation-title", text: RELATION_LABELS[relation].title }), ...groupedList(edges, outgoingHeading))] : [];
  });

  const incoming = (relation: Relation) => response.incoming.filter((edge) => edge.type === relation);

  const sections: HTMLElement[] = [];
  if (node.label === "Issue") {
    for (const relation of ["SUPPORTS", "OPPOSES"] as const) {
      const edges = incoming(relation);
      sections.push(section(relation === "SUPPORTS" ? "Who supports it" : "Who opposes it", edges.length, ...(edges.length ? groupedList(edges, incomingHeading) : [empty("Nobody, in the loaded articles.")])));
    }
  }
  const outgoingCount = response.outgoing.length;
  if (node.label === "Actor" || outgoingCount) sections.push(section("Positions", outgoingCount, ...(positions.length ? positions : [empty("No stated position.")])));
  const constrainedBy = incoming("CONSTRAINS");
  sections.push(section("Constrained by", constrainedBy.length, ...(constrainedBy.length ? groupedList(constrainedBy, incomingHeading) : [empty("Nothing in the graph constrains it.")])));
  if (node.label === "Actor") {
    for (const relation of ["SUPPORTS", "OPPOSES"] as const) {
      const edges = incoming(relation);
      if (edges.length) sections.push(section(RELATION_LABELS[relation].incoming, edges.length, ...groupedList(edges, incomingHeading)));
    }
  }

  return el(
    "article",
    { class: "node-panel", attrs: { "aria-labelledby": "details-title" } },
    el(
      "header",
      { class: "panel-head" },
      el("p", { class: "kicker" }, el("span", { class: "dot", attrs: { "aria-hidden": "true", style: `background:${KIND_COLORS[node.kind]}` } }), `${KIND_LABELS[node.kind]} · ${node.label}`),
      el("h2", { attrs: { id: "details-title", tabindex: "-1" }, text: node.name }),
      node.aliases.length ? aliasList(node.aliases) : null,
      el("p", { class: "muted", text: `${plural(node.mentions, "mention")} in ${plural(node.articles.length, "article")} · ${plural(response.outgoing.length + response.incoming.length, "relation")}` }),
    ),
    nodeActions(response, ctx),
    ...sections,
  );
}

const ALIASES_SHOWN = 8;

/** The aliases as chips, the first few shown and the rest one click away. */
function aliasList(aliases: readonly string[]): HTMLElement {
  const chip = (alias: string) => el("span", { class: "alias", text: alias });
  const list = el("p", { class: "aliases" }, el("span", { class: "muted", text: "Also: " }), ...aliases.slice(0, ALIASES_SHOWN).map(chip));
  if (aliases.length > ALIASES_SHOWN) {
    const more = button(`+${aliases.length - ALIASES_SHOWN} more`, () => {
      more.replaceWith(...aliases.slice(ALIASES_SHOWN).map(chip));
    }, { class: "link-btn small" });
    list.append(more);
  }
  return list;
}

function empty(text: string) {
  return el("p", { class: "empty", text });
}

function nodeActions(response: NodeResponse, ctx: PanelContext): HTMLElement {
  const { node } = response;
  const { actions, session, camera } = ctx;
  const state = session.store.get();
  const expanded = isExpanded(state.exploration, node.id);
  const stats = session.view().expansions.get(node.id);

  const relationSelect = el(
    "select",
    { attrs: { "aria-label": "Expand through relation type" } },
    el("option", { attrs: { value: "" }, text: "any relation" }),
    ...RELATIONS.map((r) => el("option", { attrs: { value: r }, text: RELATION_LABELS[r].verb })),
  );
  const issueSelect = el(
    "select",
    { attrs: { "aria-label": "Expand on issue" } },
    el("option", { attrs: { value: "" }, text: "any issue" }),
    ...session.meta.issues.map((issue) => el("option", { attrs: { value: issue.id }, text: issue.name })),
  );
  const limitInput = el("input", { attrs: { type: "number", min: "1", max: "100", value: String(DEFAULT_EXPANSION_LIMIT), "aria-label": "At most this many edges", class: "num" } });

  const ask = el("div", { class: "action-row" });
  if (node.label === "Actor") {
    ask.append(
      button("What constrains it?", () => actions.ask({ kind: "constrains", target: node.id, issue: null, hops: DEFAULT_HOPS.constrains }), { class: "btn small" }),
    );
  } else {
    ask.append(button("Who supports / opposes it?", () => actions.ask({ kind: "positions", issue: node.id, relations: [...RELATIONS] }), { class: "btn small" }));
  }

  return el(
    "div",
    { class: "node-actions" },
    el(
      "div",
      { class: "action-row" },
      button("Centre", () => camera.focus(node.id), { class: "btn small", title: "Centre the view on it" }),
      button(expanded ? "Expand more" : "Expand", () => actions.expand(node.id), { class: "btn small primary", title: "Bring in its strongest relations (double-click a node does the same)" }),
      expanded ? button("Collapse", () => actions.collapse(node.id), { class: "btn small" }) : null,
      button("Hide", () => actions.hide(node.id), { class: "btn small", title: "Hide it from the canvas (undo brings it back)" }),
    ),
    stats ? el("p", { class: "muted small", text: `Expanded: ${stats.shown} of ${plural(stats.available, "matching relation")} shown, strongest first.` }) : null,
    el(
      "details",
      { class: "expand-by" },
      el("summary", { text: "Expand by relation or issue…" }),
      el(
        "form",
        {
          class: "inline-form",
          on: {
            submit: (event) => {
              event.preventDefault();
              const relation = (relationSelect.value || null) as Relation | null;
              actions.expand(node.id, relation, issueSelect.value || null, Math.max(1, Math.min(100, Number(limitInput.value) || DEFAULT_EXPANSION_LIMIT)));
            },
          },
        },
        relationSelect,
        issueSelect,
        el("label", { class: "inline" }, "max ", limitInput),
        el("button", { class: "btn small", attrs: { type: "submit" }, text: "Expand" }),
      ),
    ),
    ask,
  );
}
