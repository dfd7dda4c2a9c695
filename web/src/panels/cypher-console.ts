// The Cypher console: read-only queries (POST /api/cypher) with the named queries (GET /api/queries) as examples;
// results as a table, and as a small graph when they hold nodes, relationships or paths (response.graph).
import Graph from "graphology";
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import type { CypherResponse, QueryInfoResponse } from "../../../src/model/api.ts";
import type { NodeKind } from "../../../src/model/vocabulary.ts";
import { api } from "../api/client.ts";
import { plural } from "../model/format.ts";
import { KIND_COLORS, RELATION_COLORS, withAlpha } from "../model/palette.ts";
import { button, el, replaceChildren, uniqueId } from "../ui/dom.ts";
import type { PanelContext } from "./context.ts";

export interface CypherConsole {
  open(): void;
  close(): boolean;
  toggle(): void;
  isOpen(): boolean;
  onToggle(listener: (open: boolean) => void): void;
  /** Fills the console (an example, a link from elsewhere). */
  fill(query: string, params?: Record<string, unknown>): void;
}

const DEFAULT_QUERY = `// Read-only. The strongest relations, with their issue:
MATCH (a)-[r:SUPPORTS|OPPOSES|CONSTRAINS]->(b)
RETURN a.name AS actor, type(r) AS relation, b.name AS object, r.issue AS issue, r.weight AS weight, r.confidence AS confidence
ORDER BY r.weight DESC, r.confidence DESC
LIMIT 25`;

const OTHER_COLOR = "#9CA3AF";

export function mountCypherConsole(host: HTMLElement, ctx: PanelContext): CypherConsole {
  const { session } = ctx;
  const listeners = new Set<(open: boolean) => void>();
  let queries: QueryInfoResponse[] | null = null;
  let miniRenderer: Sigma | null = null;
  let lastResult: CypherResponse | null = null;
  let running: AbortController | null = null;

  const queryId = uniqueId("cypher");
  const paramsId = uniqueId("params");
  const textarea = el("textarea", { class: "code", attrs: { id: queryId, rows: "7", spellcheck: "false", "aria-describedby": `${queryId}-hint` } });
  textarea.value = DEFAULT_QUERY;
  const paramsArea = el("textarea", { class: "code params", attrs: { id: paramsId, rows: "3", spellcheck: "false", placeholder: '{ "target": "donald-trump" }' } });
  const examples = el("select", { attrs: { "aria-label": "Example queries" } }, el("option", { attrs: { value: "" }, text: "Examples: named queries…" }));
  const status = el("p", { class: "console-status", attrs: { role: "status" } });
  const tableTab = el("button", { class: "tab", attrs: { type: "button", role: "tab", "aria-selected": "true" }, text: "Table" });
  const graphTab = el("button", { class: "tab", attrs: { type: "button", role: "tab", "aria-selected": "false", disabled: true }, text: "Graph" });
  const tableView = el("div", { class: "result-table", attrs: { role: "tabpanel", tabindex: "0", "aria-label": "Result table" } });
  const graphView = el("div", { class: "result-graph", attrs: { role: "tabpanel", "aria-label": "Result graph" } });
  const graphCanvas = el("div", { class: "mini-sigma" });
  const highlightButton = button("Highlight in the main graph", () => highlightInMain(), { class: "btn small" });
  graphView.append(graphCanvas, el("div", { class: "mini-actions" }, highlightButton));
  graphView.hidden = true;
  new ResizeObserver(([entry]) => {
    // A hidden tab has no size; sigma refuses a container without one.
    if (!entry || entry.contentRect.width === 0 || entry.contentRect.height === 0) return;
    miniRenderer?.resize();
    miniRenderer?.refresh();
  }).observe(graphCanvas);

  const run = () => {
    let params: Record<string, unknown> = {};
    if (paramsArea.value.trim()) {
      try {
        const parsed: unknown = JSON.parse(paramsArea.value);
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("parameters must be a JSON object");
        params = parsed as Record<string, unknown>;
      } catch (error) {
        setStatus(`Parameters: ${error instanceof Error ? error.message : String(error)}`, true);
        return;
      }
    }
    running?.abort();
    const controller = new AbortController();
    running = controller;
    setStatus("Running…", false);
    api.cypher(textarea.value, params, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        lastResult = result;
        setStatus(`${plural(result.rows.length, "row")}${result.truncated ? " (truncated)" : ""} · ${plural(result.graph.nodes.length, "node")}, ${plural(result.graph.edges.length, "relationship")}`, false);
        renderTable(result);
        const hasGraph = result.graph.nodes.length > 0;
        graphTab.disabled = !hasGraph;
        showTab(hasGraph && result.graph.edges.length > 0 ? "graph" : "table");
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setStatus(error instanceof Error ? error.message : String(error), true);
      },
    );
  };

  const setStatus = (text: string, isError: boolean) => {
    status.textContent = text;
    status.classList.toggle("error", isError);
    status.setAttribute("role", isError ? "alert" : "status");
  };

  const renderTable = (result: CypherResponse) => {
    if (!result.rows.length) {
      replaceChildren(tableView, el("p", { class: "empty", text: "No rows." }));
      return;
    }
    const table = el(
      "table",
      {},
      el("thead", {}, el("tr", {}, ...result.columns.map((column) => el("th", { attrs: { scope: "col" }, text: column })))),
      el("tbody", {}, ...result.rows.map((row) => el("tr", {}, ...result.columns.map((column) => cell(row[column]))))),
    );
    replaceChildren(tableView, table);
  };

  const showTab = (which: "table" | "graph") => {
    tableTab.setAttribute("aria-selected", String(which === "table"));
    graphTab.setAttribute("aria-selected", String(which === "graph"));
    tableView.hidden = which !== "table";
    graphView.hidden = which !== "graph";
    if (which === "graph" && lastResult) drawGraph(lastResult);
  };
  tableTab.addEventListener("click", () => showTab("table"));
  graphTab.addEventListener("click", () => showTab("graph"));

  const drawGraph = (result: CypherResponse) => {
    miniRenderer?.kill();
    miniRenderer = null;
    const main = session.dataset.graph;
    const graph = new Graph({ type: "directed", multi: true });
    for (const node of result.graph.nodes) {
      if (graph.hasNode(node.id)) continue;
      const kind = main.hasNode(node.id) ? main.getNodeAttribute(node.id, "kind") : null;
      graph.addNode(node.id, { label: node.name || node.labels.join(":") || node.id, kind, labels: node.labels, x: 0, y: 0 });
    }
    result.graph.edges.forEach((edge, i) => {
      if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.addDirectedEdgeWithKey(`${edge.key ?? edge.type}#${i}`, edge.source, edge.target, { relation: edge.type });
    });
    circular.assign(graph, { scale: 100 });
    if (graph.order > 1) forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), scalingRatio: 8, gravity: 1 } });
    const relationColor = (type: string) => (type in RELATION_COLORS ? RELATION_COLORS[type as keyof typeof RELATION_COLORS] : OTHER_COLOR);
    miniRenderer = new Sigma(graph, graphCanvas, {
      defaultEdgeType: "arrow",
      renderEdgeLabels: true,
      labelFont: '"Inter", system-ui, sans-serif',
      labelSize: 12,
      labelWeight: "600",
      labelDensity: 3,
      labelGridCellSize: 60,
      labelRenderedSizeThreshold: 1,
      stagePadding: 30,
      nodeReducer: (_node, data) => ({
        x: data.x as number,
        y: data.y as number,
        label: data.label as string,
        size: 7,
        color: data.kind ? KIND_COLORS[data.kind as NodeKind] : OTHER_COLOR,
      }),
      edgeReducer: (_edge, data) => ({ color: withAlpha(relationColor(data.relation as string), 0.8), size: 2, label: String(data.relation).toLowerCase(), forceLabel: graph.size < 30 }),
    });
  };

  const highlightInMain = () => {
    if (!lastResult) return;
    const main = session.dataset.graph;
    const nodes = lastResult.graph.nodes.map((n) => n.id).filter((id) => main.hasNode(id));
    const edges = lastResult.graph.edges.map((e) => e.key).filter((key): key is string => !!key && main.hasEdge(key));
    session.setExtraHighlight(nodes.length || edges.length ? { nodes, edges } : null);
    if (nodes.length) ctx.camera.fitNodes(nodes);
  };

  examples.addEventListener("change", () => {
    const query = queries?.find((q) => q.name === examples.value);
    if (!query) return;
    const state = session.store.get();
    const selected = state.selection.node;
    const issue = state.filters.issues[0] ?? session.meta.issues[0]?.id ?? "";
    const params: Record<string, unknown> = {};
    for (const param of query.params) {
      if (!param.required && param.default === null) continue;
      if (param.default !== null && param.default !== undefined) params[param.name] = param.default;
      else if (["issue"].includes(param.name)) params[param.name] = issue;
      else params[param.name] = selected ?? "donald-trump";
    }
    fill(query.cypher, params);
    examples.value = "";
  });

  const loadExamples = () => {
    if (queries) return;
    queries = [];
    api.queries().then(
      (list) => {
        queries = list;
        examples.append(...list.map((q) => el("option", { attrs: { value: q.name, title: q.description }, text: `${q.name} — ${q.description}` })));
      },
      (error: unknown) => {
        queries = null;
        session.report(error, "Loading the example queries");
      },
    );
  };

  const fill = (query: string, params: Record<string, unknown> = {}) => {
    textarea.value = query.trim();
    paramsArea.value = Object.keys(params).length ? JSON.stringify(params, null, 2) : "";
    textarea.focus();
  };

  textarea.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      run();
    }
  });
  paramsArea.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      run();
    }
  });

  const closeButton = button("Close the console", () => close(), { class: "btn icon-btn", icon: "✕", title: "Close (Esc)" });
  host.append(
    el(
      "div",
      { class: "console-head" },
      el("h2", { text: "Cypher console" }),
      el("span", { class: "badge", text: "read-only" }),
      examples,
      closeButton,
    ),
    el(
      "div",
      { class: "console-body" },
      el(
        "form",
        {
          class: "console-editor",
          on: {
            submit: (event) => {
              event.preventDefault();
              run();
            },
          },
        },
        el("label", { class: "field-label", attrs: { for: queryId }, text: "Query" }),
        textarea,
        el("p", { class: "hint", attrs: { id: `${queryId}-hint` }, text: "Ctrl+Enter runs it. Writes are refused by the database." }),
        el("label", { class: "field-label", attrs: { for: paramsId }, text: "Parameters (JSON)" }),
        paramsArea,
        el("div", { class: "action-row" }, el("button", { class: "btn primary", attrs: { type: "submit" }, text: "Run" }), status),
      ),
      el("div", { class: "console-results" }, el("div", { class: "tabs", attrs: { role: "tablist", "aria-label": "Result view" } }, tableTab, graphTab), tableView, graphView),
    ),
  );

  const setOpen = (open: boolean) => {
    host.hidden = !open;
    document.body.classList.toggle("has-console", open);
    for (const listener of listeners) listener(open);
    if (open) {
      loadExamples();
      textarea.focus();
    } else {
      miniRenderer?.kill();
      miniRenderer = null;
    }
  };
  const close = () => {
    if (host.hidden) return false;
    setOpen(false);
    return true;
  };

  return {
    open: () => setOpen(true),
    close,
    toggle: () => setOpen(host.hidden),
    isOpen: () => !host.hidden,
    onToggle: (listener) => void listeners.add(listener),
    fill,
  };
}

function cell(value: unknown): HTMLTableCellElement {
  if (value === null || value === undefined) return el("td", { class: "null", text: "null" });
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return el("td", { text: String(value) });
  const readable = describeValue(value);
  const json = JSON.stringify(value);
  const title = json.length > 2000 ? `${json.slice(0, 2000)}…` : json;
  if (readable !== null) return el("td", { class: "entity", attrs: { title }, text: readable });
  const short = json.length > 240 ? `${json.slice(0, 240)}…` : json;
  return el("td", { class: "json", attrs: { title: json.length > 240 ? title : null }, text: short });
}

interface PlainNodeValue {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

const isNode = (v: unknown): v is PlainNodeValue =>
  typeof v === "object" && v !== null && Array.isArray((v as PlainNodeValue).labels) && typeof (v as PlainNodeValue).properties === "object" && "id" in v;
const isRelationship = (v: unknown): v is { type: string; start: string; end: string } =>
  typeof v === "object" && v !== null && typeof (v as { type?: unknown }).type === "string" && "start" in v && "end" in v && "properties" in v;
const isPath = (v: unknown): v is { segments: { start: PlainNodeValue; relationship: { type: string; start: string }; end: PlainNodeValue }[]; start: PlainNodeValue } =>
  typeof v === "object" && v !== null && Array.isArray((v as { segments?: unknown }).segments) && isNode((v as { start?: unknown }).start);

const nodeText = (node: PlainNodeValue) => `${String(node.properties.name ?? node.properties.title ?? node.id)} :${node.labels.join(":")}`;

/** Nodes, relationships and paths as a person reads them; null for anything else. */
function describeValue(value: unknown): string | null {
  if (isPath(value)) {
    const parts = [nodeText(value.start)];
    for (const segment of value.segments) {
      const forward = segment.relationship.start !== segment.end.id;
      parts.push(forward ? ` —${segment.relationship.type}→ ` : ` ←${segment.relationship.type}— `, nodeText(segment.end));
    }
    return parts.join("");
  }
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return `(${value.start})—${value.type}→(${value.end})`;
  if (Array.isArray(value) && value.length && value.every((v) => isNode(v) || isRelationship(v) || isPath(v))) return value.map((v) => describeValue(v)).join(", ");
  return null;
}
