// Finds what can be drawn in the rows of any query: nodes, relationships and paths as the store returns them, and the
// hop maps ({from, relation, to, key}) of the named queries. Ends not present in the rows are looked up by id.
import type { CypherResponse } from "../model/api.ts";
import { RELATIONS, type Relation } from "../model/vocabulary.ts";
import type { ReadOptions, Row, Store } from "../store/index.ts";
import { readNodes } from "./graph-read.ts";

type DrawnGraph = CypherResponse["graph"];
type DrawnNode = DrawnGraph["nodes"][number];
type DrawnEdge = DrawnGraph["edges"][number];

/** Enough to draw; a console result past this is a table, not a picture. */
const MAX_NODES = 5_000;
const MAX_EDGES = 10_000;
const MAX_DEPTH = 8;

export async function graphOfRows(store: Store, rows: Row[], options: ReadOptions = {}): Promise<DrawnGraph> {
  const nodes = new Map<string, DrawnNode>();
  const edges = new Map<string, DrawnEdge>();
  const addNode = (node: DrawnNode) => {
    if (!nodes.has(node.id) && nodes.size < MAX_NODES) nodes.set(node.id, node);
  };
  const addEdge = (edge: DrawnEdge) => {
    const id = edge.key ?? `${edge.source}>${edge.type}>${edge.target}`;
    if (!edges.has(id) && edges.size < MAX_EDGES) edges.set(id, edge);
  };
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const item = value as Row;
    if (isNode(item)) {
      addNode({ id: item.id, labels: item.labels.map(String), name: displayName(item.id, item.properties) });
    } else if (isRelationship(item)) {
      const key = typeof item.properties.key === "string" ? item.properties.key : undefined;
      addEdge({ source: item.start, target: item.end, type: item.type, ...(key ? { key } : {}) });
    } else if (isPath(item)) {
      for (const segment of item.segments) {
        visit(segment.start, depth + 1);
        visit(segment.relationship, depth + 1);
        visit(segment.end, depth + 1);
      }
      visit(item.start, depth + 1);
    } else {
      if (isHop(item)) {
        addEdge({ source: item.from, target: item.to, type: item.relation, ...(typeof item.key === "string" ? { key: item.key } : {}) });
      }
      for (const child of Object.values(item)) visit(child, depth + 1);
    }
  };
  for (const row of rows) visit(row, 0);

  const missing = [...new Set([...edges.values()].flatMap((edge) => [edge.source, edge.target]))].filter((id) => !nodes.has(id));
  if (missing.length > 0) {
    for (const node of await readNodes(store, missing, options)) addNode({ id: node.id, labels: [node.label], name: node.name });
    // Element ids of nodes the query did not return: drawn, but nameless.
    for (const id of missing) addNode({ id, labels: [], name: id });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function displayName(id: string, properties: Row): string {
  for (const key of ["name", "title"]) if (typeof properties[key] === "string" && properties[key] !== "") return properties[key] as string;
  if (typeof properties.text === "string") return properties.text.length > 80 ? `${properties.text.slice(0, 79)}…` : properties.text;
  return id;
}

function isObject(value: unknown): value is Row {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isNode(value: Row): value is { id: string; labels: unknown[]; properties: Row } {
  return typeof value.id === "string" && Array.isArray(value.labels) && isObject(value.properties) && Object.keys(value).length === 3;
}

function isRelationship(value: Row): value is { type: string; start: string; end: string; properties: Row } {
  return (
    typeof value.type === "string" &&
    typeof value.start === "string" &&
    typeof value.end === "string" &&
    isObject(value.properties) &&
    Object.keys(value).length === 4
  );
}

function isPath(value: Row): value is { start: Row; end: Row; segments: { start: Row; relationship: Row; end: Row }[] } {
  return isObject(value.start) && isObject(value.end) && typeof value.length === "number" && Array.isArray(value.segments);
}

function isHop(value: Row): value is { from: string; to: string; relation: Relation; key?: unknown } {
  return typeof value.from === "string" && typeof value.to === "string" && RELATIONS.includes(value.relation as Relation);
}
