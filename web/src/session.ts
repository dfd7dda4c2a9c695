// The session: the store, the dataset, the derived view and the async data (answers, node and edge details)
// that controllers and panels share. It recomputes the view when any input changes and asks sigma to redraw.
import type { AskResponse, EdgeResponse, MetaResponse, NodeResponse } from "../../src/model/api.ts";
import { api, ApiRequestError } from "./api/client.ts";
import type { Dataset } from "./graph/dataset.ts";
import { computeFocus, type Focus } from "./graph/focus.ts";
import type { Frame } from "./graph/reducers.ts";
import { computeView, type AnswerHighlight, type View } from "./graph/visibility.ts";
import type { AppState } from "./state/app-state.ts";
import { questionKey, type Question } from "./state/question/index.ts";
import type { Store } from "./state/store.ts";

export type AnswerStatus =
  | { status: "idle" }
  | { status: "loading"; question: Question }
  | { status: "done"; question: Question; response: AskResponse }
  | { status: "error"; question: Question; error: Error };

export interface Session {
  store: Store;
  dataset: Dataset;
  meta: MetaResponse;
  frame(): Frame;
  view(): View;
  hovered(): string | null;
  setHovered(node: string | null): void;
  answer(): AnswerStatus;
  /** A highlight besides the answer's (the Cypher console's result); not kept in the URL. */
  setExtraHighlight(highlight: AnswerHighlight | null): void;
  /** Cached GET /api/nodes/:id; also merges the node's edges into the dataset. */
  nodeDetails(id: string): Promise<NodeResponse>;
  /** Cached GET /api/edges/:id. */
  edgeDetails(key: string): Promise<EdgeResponse>;
  /** Listeners hear every recomputation of the frame (state, dataset, answer or hover changed). */
  onFrame(listener: (frame: Frame, state: AppState) => void): () => void;
  onAnswer(listener: (answer: AnswerStatus) => void): () => void;
  /** Name of a node or issue id, from the dataset, the metadata or the id itself. */
  nameOf(id: string): string;
  /** Reports a failure to the status line (never to the console). */
  report(error: unknown, what: string): void;
  onReport(listener: (message: string) => void): () => void;
  dispose(): void;
}

export function createSession(store: Store, dataset: Dataset, meta: MetaResponse): Session {
  const { graph } = dataset;
  let hovered: string | null = null;
  let answer: AnswerStatus = { status: "idle" };
  let answerKey: string | null = null;
  let answerAbort: AbortController | null = null;
  let extraHighlight: AnswerHighlight | null = null;
  let view: View = computeView(graph, store.get(), null);
  let focus: Focus | null = null;
  const frameListeners = new Set<(frame: Frame, state: AppState) => void>();
  const answerListeners = new Set<(answer: AnswerStatus) => void>();
  const reportListeners = new Set<(message: string) => void>();
  const nodeCache = new Map<string, Promise<NodeResponse>>();
  const edgeCache = new Map<string, Promise<EdgeResponse>>();
  const issueNames = new Map(meta.issues.map((issue) => [issue.id, issue.name]));

  const highlight = (): AnswerHighlight | null => {
    const fromAnswer = answer.status === "done" ? answer.response.highlight : null;
    if (!extraHighlight) return fromAnswer;
    if (!fromAnswer) return extraHighlight;
    return { nodes: [...fromAnswer.nodes, ...extraHighlight.nodes], edges: [...fromAnswer.edges, ...extraHighlight.edges] };
  };
  const frame = (): Frame => ({ view, focus, selectedEdge: store.get().selection.edge });

  const recompute = () => {
    const state = store.get();
    view = computeView(graph, state, highlight());
    focus = computeFocus(graph, view, hovered, state.selection);
    const current = frame();
    for (const listener of [...frameListeners]) listener(current, state);
  };

  const refocus = () => {
    focus = computeFocus(graph, view, hovered, store.get().selection);
    const current = frame();
    for (const listener of [...frameListeners]) listener(current, store.get());
  };

  const report = (error: unknown, what: string) => {
    if (error instanceof DOMException && error.name === "AbortError") return;
    const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    for (const listener of [...reportListeners]) listener(message);
  };

  /** Nodes whose edges were merged into the dataset. */
  const merged = new Set<string>();

  /** GET /api/nodes/:id once per node. */
  const fetchNode = (id: string): Promise<NodeResponse> => {
    let pending = nodeCache.get(id);
    if (!pending) {
      pending = api.node(id);
      pending.catch(() => nodeCache.delete(id));
      nodeCache.set(id, pending);
    }
    return pending;
  };

  /** The node and every edge touching it join the dataset (their far ends as stubs). */
  const nodeDetails = (id: string): Promise<NodeResponse> =>
    fetchNode(id).then((response) => {
      if (!merged.has(id)) {
        merged.add(id);
        dataset.mergeNodeResponse(response);
      }
      return response;
    });

  const edgeDetails = (key: string): Promise<EdgeResponse> => {
    let pending = edgeCache.get(key);
    if (!pending) {
      pending = api.edge(key).then((response) => {
        dataset.mergeEdges([response], response.names);
        return response;
      });
      pending.catch(() => edgeCache.delete(key));
      edgeCache.set(key, pending);
    }
    return pending;
  };

  const setAnswer = (next: AnswerStatus) => {
    answer = next;
    for (const listener of [...answerListeners]) listener(answer);
    recompute();
  };

  const ask = (question: Question | null) => {
    const key = question ? questionKey(question) : null;
    if (key === answerKey) return;
    answerKey = key;
    answerAbort?.abort();
    answerAbort = null;
    if (!question) {
      setAnswer({ status: "idle" });
      return;
    }
    const abort = new AbortController();
    answerAbort = abort;
    setAnswer({ status: "loading", question });
    const request =
      question.kind === "constrains"
        ? api.askConstrains({ target: question.target, issue: question.issue, hops: question.hops }, abort.signal)
        : question.kind === "positions"
          ? api.askPositions({ issue: question.issue, relations: question.relations.length === 3 ? null : question.relations }, abort.signal)
          : api.askPath({ from: question.from, to: question.to, types: question.types.length === 3 ? null : question.types, issue: question.issue, hops: question.hops }, abort.signal);
    request.then(
      (response) => {
        if (abort.signal.aborted) return;
        // Answer edges the overview did not load join the dataset, so the answer can be drawn.
        const edges = response.answers.flatMap((a) => a.edges);
        if (edges.some((edge) => !graph.hasEdge(edge.id))) dataset.mergeEdges(edges, response.names);
        setAnswer({ status: "done", question, response });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setAnswer({ status: "error", question, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
  };

  /** Nodes and edges the state refers to but the dataset lacks are fetched and merged. */
  const ensureLoaded = (state: AppState) => {
    const wanted = new Set<string>([...state.exploration.seeds, ...state.exploration.expansions.map((e) => e.node)]);
    if (state.selection.node) wanted.add(state.selection.node);
    for (const id of wanted) {
      const expanded = state.exploration.expansions.some((e) => e.node === id);
      const missing = !graph.hasNode(id) || graph.getNodeAttribute(id, "stub");
      if ((missing || expanded || dataset.truncated) && !merged.has(id)) nodeDetails(id).catch((error) => report(error, `Loading ${id}`));
    }
    if (state.selection.edge && !graph.hasEdge(state.selection.edge)) edgeDetails(state.selection.edge).catch((error) => report(error, "Loading the edge"));
  };

  /** Stubs learn their kind and aliases, but not their own edges: filling them must not crawl the graph. */
  const fillStubs = () => {
    for (const id of dataset.stubs()) {
      if (nodeCache.has(id)) continue;
      fetchNode(id).then(
        (response) => dataset.mergeNode(response.node),
        () => undefined,
      );
    }
  };

  const unsubscribeStore = store.subscribe((state) => {
    ensureLoaded(state);
    ask(state.question.current);
    recompute();
  });
  const unsubscribeDataset = dataset.onChange(() => {
    fillStubs();
    recompute();
  });
  ensureLoaded(store.get());
  ask(store.get().question.current);
  recompute();

  return {
    store,
    dataset,
    meta,
    frame,
    view: () => view,
    hovered: () => hovered,
    setHovered(node) {
      if (node === hovered) return;
      hovered = node;
      refocus();
    },
    answer: () => answer,
    setExtraHighlight(next) {
      extraHighlight = next;
      recompute();
    },
    nodeDetails,
    edgeDetails,
    onFrame(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    onAnswer(listener) {
      answerListeners.add(listener);
      return () => answerListeners.delete(listener);
    },
    nameOf(id) {
      if (graph.hasNode(id)) return graph.getNodeAttribute(id, "name");
      return issueNames.get(id) ?? id;
    },
    report,
    onReport(listener) {
      reportListeners.add(listener);
      return () => reportListeners.delete(listener);
    },
    dispose() {
      unsubscribeStore();
      unsubscribeDataset();
      answerAbort?.abort();
    },
  };
}

export const isNotFound = (error: unknown) => error instanceof ApiRequestError && error.status === 404;
