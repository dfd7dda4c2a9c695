// The dataset: every node and edge the explorer has loaded, as one graphology multi-graph (the data, not its looks).
// Sigma draws this graph; filters, hover and selection only change how it is drawn (reducers.ts), never what it holds.
import Graph from "graphology";
import type { ApiEdge, ApiNode, GraphResponse, NodeResponse } from "../../../src/model/api.ts";
import type { NodeKind, NodeLabel, Relation } from "../../../src/model/vocabulary.ts";

/** An ApiNode as graph data: `label` becomes `nodeLabel` (sigma reads `label` as the text it draws). */
export type NodeData = Omit<ApiNode, "id" | "label"> & {
  nodeLabel: NodeLabel;
  x: number;
  y: number;
  /** Known only by name (from an edge's `names`) until its details are fetched. */
  stub: boolean;
};

/** An ApiEdge as graph data: `type` becomes `relation` (sigma reads `type` as the edge program). */
export type EdgeData = Omit<ApiEdge, "id" | "source" | "target" | "type"> & {
  relation: Relation;
  /** Loaded with the overview (GET /api/graph) rather than brought in by an expansion or an answer. */
  base: boolean;
};

export type DatasetGraph = Graph<NodeData, EdgeData>;

export interface Dataset {
  graph: DatasetGraph;
  /** Whether /api/graph cut the overview at its limit. */
  truncated: boolean;
  /** Increases on every structural change (nodes or edges added), so derived views know to recompute. */
  version(): number;
  onChange(listener: () => void): () => void;
  loadOverview(response: GraphResponse): void;
  mergeNode(node: ApiNode): void;
  mergeEdges(edges: readonly ApiEdge[], names: Record<string, string>): string[];
  mergeNodeResponse(response: NodeResponse): void;
  /** Stub nodes whose details are still missing. */
  stubs(): string[];
}

const STUB_KIND: NodeKind = "group";

export function createDataset(): Dataset {
  const graph: DatasetGraph = new Graph<NodeData, EdgeData>({ type: "directed", multi: true, allowSelfLoops: true });
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version += 1;
    for (const listener of [...listeners]) listener();
  };

  const nodeData = (node: ApiNode, position: { x: number; y: number }): NodeData => ({
    name: node.name,
    kind: node.kind,
    nodeLabel: node.label,
    aliases: [...node.aliases],
    mentions: node.mentions,
    articles: [...node.articles],
    x: position.x,
    y: position.y,
    stub: false,
  });

  /** Somewhere finite near an already placed neighbour, or near the centre. */
  const placeNear = (neighbour: string | null): { x: number; y: number } => {
    const jitter = () => (Math.random() - 0.5) * 20;
    if (neighbour && graph.hasNode(neighbour)) {
      const { x, y } = graph.getNodeAttributes(neighbour);
      return { x: x + jitter(), y: y + jitter() };
    }
    return { x: jitter() * 5, y: jitter() * 5 };
  };

  const upsertNode = (node: ApiNode, neighbour: string | null = null): boolean => {
    if (graph.hasNode(node.id)) {
      const { x, y } = graph.getNodeAttributes(node.id);
      graph.replaceNodeAttributes(node.id, nodeData(node, { x, y }));
      return false;
    }
    graph.addNode(node.id, nodeData(node, placeNear(neighbour)));
    return true;
  };

  const ensureStub = (id: string, name: string, neighbour: string): boolean => {
    if (graph.hasNode(id)) return false;
    graph.addNode(id, { name, kind: STUB_KIND, nodeLabel: "Actor", aliases: [], mentions: 0, articles: [], ...placeNear(neighbour), stub: true });
    return true;
  };

  const edgeData = (edge: ApiEdge, base: boolean): EdgeData => ({
    relation: edge.type,
    issue: edge.issue,
    weight: edge.weight,
    confidence: edge.confidence,
    articles: [...edge.articles],
    sources: edge.sources,
    firstSeen: edge.firstSeen,
    lastSeen: edge.lastSeen,
    base,
  });

  const upsertEdge = (edge: ApiEdge, base: boolean): boolean => {
    if (graph.hasEdge(edge.id)) {
      const wasBase = graph.getEdgeAttribute(edge.id, "base");
      graph.replaceEdgeAttributes(edge.id, edgeData(edge, base || wasBase));
      return false;
    }
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeData(edge, base));
    return true;
  };

  return {
    graph,
    truncated: false,
    version: () => version,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadOverview(response) {
      // Positions on a circle first, so every node has a finite x/y before sigma and the layout see it.
      const count = response.nodes.length || 1;
      response.nodes.forEach((node, i) => {
        if (graph.hasNode(node.id)) upsertNode(node);
        else {
          const angle = (2 * Math.PI * i) / count;
          graph.addNode(node.id, nodeData(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) }));
        }
      });
      for (const edge of response.edges) {
        if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
        upsertEdge(edge, true);
      }
      this.truncated = response.truncated;
      changed();
    },
    mergeNode(node) {
      upsertNode(node);
      changed();
    },
    mergeEdges(edges, names) {
      let added = false;
      for (const edge of edges) {
        added = ensureStub(edge.source, names[edge.source] ?? edge.source, edge.target) || added;
        added = ensureStub(edge.target, names[edge.target] ?? edge.target, edge.source) || added;
        added = upsertEdge(edge, false) || added;
      }
      changed();
      return edges.map((e) => e.id);
    },
    mergeNodeResponse(response) {
      upsertNode(response.node);
      this.mergeEdges([...response.outgoing, ...response.incoming], response.names);
    },
    stubs: () => graph.filterNodes((_, attrs) => attrs.stub),
  };
}
