// The explorer's entry point: reads the view from the URL, loads the graph from /api, then wires the renderer,
// layout, controllers and panels together. Nothing here draws; each part owns its corner of the page.
import { createActions } from "./actions.ts";
import { api } from "./api/client.ts";
import { createCamera } from "./controllers/camera.ts";
import { bindGraphEvents } from "./controllers/graph-events.ts";
import { bindKeyboard } from "./controllers/keyboard.ts";
import { bindUrl } from "./controllers/url-sync.ts";
import { createDataset } from "./graph/dataset.ts";
import { createLayout } from "./graph/layout.ts";
import { createRenderer, frameVisible } from "./graph/renderer.ts";
import { createReader } from "./panels/article-reader.ts";
import { createAutocomplete } from "./panels/autocomplete.ts";
import type { PanelContext } from "./panels/context.ts";
import { mountCounts } from "./panels/counts.ts";
import { mountCypherConsole } from "./panels/cypher-console.ts";
import { mountDetails } from "./panels/details.ts";
import { mountLegend } from "./panels/legend.ts";
import { mountStatus } from "./panels/status.ts";
import { mountToolbar } from "./panels/toolbar.ts";
import { mountTools } from "./panels/tools.ts";
import { mountZoom } from "./panels/zoom.ts";
import { createSession } from "./session.ts";
import { createStore } from "./state/store.ts";
import { decodeState } from "./state/url.ts";
import { byId, el, replaceChildren } from "./ui/dom.ts";
import { exposeDebugHook } from "./debug-hook.ts";

/** The overview loads at most this many edges (strongest first); expansions fetch the rest on demand. */
const OVERVIEW_EDGE_LIMIT = 5000;

async function boot(): Promise<void> {
  const status = mountStatus(byId("status"));
  status.say("Loading the graph…", { sticky: true });
  const store = createStore(decodeState(window.location.search));

  let meta;
  let overview;
  try {
    [meta, overview] = await Promise.all([api.meta(), api.graph({ limit: OVERVIEW_EDGE_LIMIT })]);
  } catch (error) {
    status.clear();
    replaceChildren(
      byId("sigma"),
      el("div", { class: "boot-error", attrs: { role: "alert" } }, el("h2", { text: "The graph could not be loaded" }), el("p", { text: error instanceof Error ? error.message : String(error) }), el("p", { text: "Is `kg serve` running, and has `kg ingest` loaded articles?" })),
    );
    return;
  }

  const dataset = createDataset();
  dataset.loadOverview(overview);
  const session = createSession(store, dataset, meta);
  const { graph } = dataset;

  const renderer = createRenderer(byId("sigma"), graph, () => session.frame());
  // Sigma only listens to window resizes; panels opening and closing resize its container too.
  new ResizeObserver(([entry]) => {
    if (!entry || entry.contentRect.width === 0 || entry.contentRect.height === 0) return;
    renderer.resize();
    renderer.refresh({ skipIndexation: true });
  }).observe(byId("sigma"));
  let framed: ReadonlySet<string> | null = null;
  session.onFrame((frame) => {
    if (frame.view.nodes !== framed) {
      framed = frame.view.nodes;
      frameVisible(renderer, graph, frame.view.nodes);
    }
    renderer.refresh({ skipIndexation: true });
  });
  frameVisible(renderer, graph, session.view().nodes);
  renderer.refresh();

  const laidOut = new Set<string>();
  const layout = createLayout({
    graph,
    scope: () => {
      const view = session.view();
      for (const node of view.nodes) laidOut.add(node);
      return view;
    },
    onPositions: () => frameVisible(renderer, graph, session.view().nodes),
  });
  layout.onChange((running) => (running ? status.say("Laying out… (Stop layout keeps the positions)", { sticky: true }) : status.clear()));
  // New nodes on the canvas (an expansion, a filter that shows more) get a short layout run of their own.
  session.onFrame((frame) => {
    if (layout.isRunning()) return;
    for (const node of frame.view.nodes) {
      if (!laidOut.has(node)) {
        layout.start(2500);
        return;
      }
    }
  });

  const camera = createCamera(renderer, session);
  const actions = createActions(session, camera);
  const reader = createReader(byId<HTMLDialogElement>("reader"));
  const ctx: PanelContext = { session, actions, camera, renderer, layout, openArticle: (target) => reader.open(target) };

  bindGraphEvents(renderer, session, actions);
  // A new answer is framed once it is drawn.
  session.onAnswer((answer) => {
    if (answer.status === "done" && answer.response.highlight.nodes.length) requestAnimationFrame(() => camera.fitNodes(answer.response.highlight.nodes));
  });
  session.onReport((message) => status.say(message, { error: true }));

  const search = createAutocomplete({
    id: "search-input",
    label: "Search actors and issues",
    placeholder: "Search names and aliases  ( / )",
    onPick: (hit) => actions.selectNode(hit.id, { centre: true }),
  });
  byId("search").append(search.element);

  const details = mountDetails(byId("details"), ctx);
  const cypherConsole = mountCypherConsole(byId("console"), ctx);
  const tools = mountTools(byId("tools"), ctx);
  mountToolbar(byId("toolbar"), ctx, { console: cypherConsole, tools, say: (message) => status.say(message) });
  mountLegend(byId("legend"), ctx);
  mountZoom(byId("zoom"), camera);
  mountCounts(byId("counts"), session);

  bindKeyboard({
    focusSearch: () => {
      search.input.focus();
      search.input.select();
    },
    closeTop: () => {
      if (reader.close()) return true;
      if (search.close()) return true;
      const inConsole = byId("console").contains(document.activeElement);
      if (inConsole && cypherConsole.close()) return true;
      if (details.close()) return true;
      return cypherConsole.close();
    },
    undo: () => actions.undo(),
  });
  bindUrl(store);

  // First paint: lay out what is shown, and centre on the selection a shared link carried.
  status.clear();
  layout.start();
  const selected = store.get().selection.node;
  if (selected) camera.focus(selected);
  exposeDebugHook({ renderer, session, layout });
}

boot().catch((error: unknown) => {
  const host = document.getElementById("status");
  if (host) {
    host.hidden = false;
    host.textContent = `The explorer failed to start: ${error instanceof Error ? error.message : String(error)}`;
  }
});
