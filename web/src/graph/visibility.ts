// The view: which loaded nodes and edges are on the canvas, derived purely from the dataset and the state.
// Overview scope shows the loaded graph; explore scope only what was brought in (seeds, expansions, answers).
import { edgePasses } from "../state/filters/index.ts";
import type { AppState } from "../state/app-state.ts";
import type { Expansion } from "../state/exploration/index.ts";
import type { DatasetGraph, EdgeData } from "./dataset.ts";

export interface AnswerHighlight {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface View {
  nodes: Set<string>;
  edges: Set<string>;
  /** Nodes and edges of the current answer (drawn emphasised). */
  answerNodes: Set<string>;
  answerEdges: Set<string>;
  /** For each expanded node: how many matching edges it has and how many the limit let in. */
  expansions: Map<string, { shown: number; available: number }>;
  /** Display size per node. */
  sizes: Map<string, number>;
}

const MIN_SIZE = 4;
const MAX_SIZE = 17;

/** Strongest first: weight, then confidence, then key (stable). */
export function compareStrength(graph: DatasetGraph, a: string, b: string): number {
  const ea = graph.getEdgeAttributes(a);
  const eb = graph.getEdgeAttributes(b);
  return eb.weight - ea.weight || eb.confidence - ea.confidence || (a < b ? -1 : a > b ? 1 : 0);
}

/** The edges an expansion brings in, before the filters: its node's edges, by relation and issue, strongest first. */
export function expansionCandidates(graph: DatasetGraph, expansion: Expansion): string[] {
  if (!graph.hasNode(expansion.node)) return [];
  return graph
    .edges(expansion.node)
    .filter((edge) => {
      const data = graph.getEdgeAttributes(edge);
      if (expansion.relation && data.relation !== expansion.relation) return false;
      if (expansion.issue && data.issue !== expansion.issue && graph.target(edge) !== expansion.issue && graph.source(edge) !== expansion.issue) return false;
      return true;
    })
    .sort((a, b) => compareStrength(graph, a, b));
}

export function computeView(graph: DatasetGraph, state: AppState, answer: AnswerHighlight | null): View {
  const { filters, exploration, selection } = state;
  const hidden = new Set(exploration.hidden);
  const kinds = new Set<string>(filters.kinds);
  const nodeAllowed = (node: string) => graph.hasNode(node) && !hidden.has(node);
  const kindAllowed = (node: string) => kinds.has(graph.getNodeAttribute(node, "kind"));
  const edgeAllowed = (edge: string, data: EdgeData) => {
    const source = graph.source(edge);
    const target = graph.target(edge);
    return (
      nodeAllowed(source) &&
      nodeAllowed(target) &&
      kindAllowed(source) &&
      kindAllowed(target) &&
      edgePasses(filters, { relation: data.relation, target, issue: data.issue, confidence: data.confidence, weight: data.weight, articles: data.articles })
    );
  };

  const edges = new Set<string>();
  const nodes = new Set<string>();

  if (exploration.scope === "overview") {
    graph.forEachEdge((edge, data) => {
      if (data.base && edgeAllowed(edge, data)) edges.add(edge);
    });
    if (filters.isolated) {
      graph.forEachNode((node, data) => {
        if (hidden.has(node) || !kinds.has(data.kind)) return;
        if (filters.articles.length && !data.articles.some((a) => filters.articles.includes(a))) return;
        nodes.add(node);
      });
    }
  }

  const expansions = new Map<string, { shown: number; available: number }>();
  for (const expansion of exploration.expansions) {
    if (!nodeAllowed(expansion.node)) continue;
    nodes.add(expansion.node);
    const candidates = expansionCandidates(graph, expansion).filter((edge) => edgeAllowed(edge, graph.getEdgeAttributes(edge)));
    const taken = candidates.slice(0, expansion.limit);
    for (const edge of taken) edges.add(edge);
    const previous = expansions.get(expansion.node);
    expansions.set(expansion.node, { shown: (previous?.shown ?? 0) + taken.length, available: Math.max(previous?.available ?? 0, candidates.length) });
  }

  const answerNodes = new Set<string>();
  const answerEdges = new Set<string>();
  if (answer) {
    // The answer is shown whatever the filters say: it is what was asked for.
    for (const edge of answer.edges) {
      if (!graph.hasEdge(edge) || !nodeAllowed(graph.source(edge)) || !nodeAllowed(graph.target(edge))) continue;
      answerEdges.add(edge);
      edges.add(edge);
    }
    for (const node of answer.nodes) if (nodeAllowed(node)) answerNodes.add(node);
  }

  for (const edge of edges) {
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  for (const node of [...exploration.seeds, ...answerNodes]) if (nodeAllowed(node)) nodes.add(node);
  if (selection.node && graph.hasNode(selection.node)) nodes.add(selection.node);
  if (selection.edge && graph.hasEdge(selection.edge)) {
    edges.add(selection.edge);
    nodes.add(graph.source(selection.edge));
    nodes.add(graph.target(selection.edge));
  }

  return { nodes, edges, answerNodes, answerEdges, expansions, sizes: nodeSizes(graph, state.appearance.sizeBy) };
}

/** Node sizes from mentions or degree, on a square-root scale so hubs stay readable. */
function nodeSizes(graph: DatasetGraph, sizeBy: AppState["appearance"]["sizeBy"]): Map<string, number> {
  const value = (node: string) => (sizeBy === "degree" ? graph.degree(node) : Math.max(graph.getNodeAttribute(node, "mentions"), graph.degree(node) > 0 ? 1 : 0));
  let max = 1;
  graph.forEachNode((node) => {
    max = Math.max(max, value(node));
  });
  const sizes = new Map<string, number>();
  graph.forEachNode((node) => sizes.set(node, MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(value(node) / max)));
  return sizes;
}

/** Visible neighbours of a node, and the visible edges between them. */
export function neighbourhood(graph: DatasetGraph, view: View, node: string): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  if (!graph.hasNode(node)) return { nodes, edges };
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    if (!view.edges.has(edge)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}
