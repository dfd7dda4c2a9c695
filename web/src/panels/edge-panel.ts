// The edge panel: one relation's type, issue, confidence, weight and spread, and all its evidence (GET /api/edges/:id),
// with the other relations between the same two nodes one click away.
import type { EdgeResponse } from "../../../src/model/api.ts";
import { describeEdge, formatDate, nameOf, percent, plural } from "../model/format.ts";
import { RELATION_LABELS } from "../model/palette.ts";
import { button, el } from "../ui/dom.ts";
import type { PanelContext } from "./context.ts";
import { evidenceList, relationChip } from "./evidence.ts";

export function renderEdgePanel(edge: EdgeResponse, ctx: PanelContext): HTMLElement {
  const { actions, session } = ctx;
  const graph = session.dataset.graph;
  const names = { ...edge.names };
  const link = (id: string) => button(nameOf(names, id), () => actions.selectNode(id, { centre: true }), { class: "node-link" });

  const parallel = graph.hasNode(edge.source) && graph.hasNode(edge.target)
    ? [...new Set([...graph.outEdges(edge.source, edge.target), ...graph.outEdges(edge.target, edge.source)])].filter((key) => key !== edge.id)
    : [];

  const facts: [string, string][] = [
    ["Relation", RELATION_LABELS[edge.type].title],
    ["Issue", edge.issue ? nameOf(names, edge.issue) : "none stated"],
    ["Confidence", percent(edge.confidence)],
    ["Weight", plural(edge.weight, "claim")],
    ["Articles", String(edge.articles.length)],
    ["Outlets", String(edge.sources)],
    ["Seen", edge.firstSeen ? (edge.firstSeen === edge.lastSeen ? formatDate(edge.firstSeen) : `${formatDate(edge.firstSeen)} – ${formatDate(edge.lastSeen)}`) : "undated"],
  ];

  return el(
    "article",
    { class: "edge-panel", attrs: { "aria-labelledby": "details-title" } },
    el(
      "header",
      { class: "panel-head" },
      el("p", { class: "kicker", text: "Relation" }),
      el("h2", { attrs: { id: "details-title", tabindex: "-1" }, text: describeEdge(edge, names) }),
      el("p", { class: "edge-title" }, link(edge.source), " ", relationChip(edge.type), " ", link(edge.target)),
    ),
    el("dl", { class: "facts" }, ...facts.flatMap(([term, value]) => [el("dt", { text: term }), el("dd", { text: value })])),
    el(
      "section",
      { class: "panel-section" },
      el("h3", {}, "Evidence", el("span", { class: "count", text: String(edge.claims.length) })),
      evidenceList(edge.claims, ctx.openArticle),
    ),
    parallel.length
      ? el(
          "section",
          { class: "panel-section" },
          el("h3", { text: "Also between these two" }),
          el(
            "ul",
            { class: "plain-list" },
            ...parallel.map((key) => {
              const data = graph.getEdgeAttributes(key);
              const text = describeEdge({ source: graph.source(key), target: graph.target(key), type: data.relation, issue: data.issue }, (id) => session.nameOf(id));
              return el("li", {}, button(text, () => actions.selectEdge(key), { class: "link-btn" }));
            }),
          ),
        )
      : null,
  );
}
