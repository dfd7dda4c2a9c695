// Reads the explorer's nodes and edges through the queries in cypher/api and shapes them as the API's types
// (src/model/api.ts): "" issues become null, counts become numbers, claims carry their article and offsets.
import type { ApiClaim, ApiEdge, ApiEdgeWithEvidence, ApiNode } from "../model/api.ts";
import type { NodeKind, NodeLabel, Relation } from "../model/vocabulary.ts";
import { loadCypher } from "../store/cypher-files.ts";
import type { Params, ReadOptions, Row, Store } from "../store/index.ts";

/** Runs cypher/api/<name>.cypher with the header's defaults for the parameters left out. */
export async function readApi(store: Store, name: string, params: Params = {}, options: ReadOptions = {}): Promise<Row[]> {
  const file = loadCypher(`api/${name}`);
  const full: Params = {};
  for (const spec of file.params) full[spec.name] = params[spec.name] ?? spec.default;
  for (const key of Object.keys(params)) {
    if (!(key in full)) throw new Error(`cypher/api/${name}.cypher has no parameter '${key}'`);
  }
  const { rows } = await store.read(file.file, full, options);
  return rows;
}

export async function readNodes(store: Store, ids: string[] | null, options: ReadOptions = {}): Promise<ApiNode[]> {
  if (ids && ids.length === 0) return [];
  return (await readApi(store, "nodes", { ids }, options)).map(toApiNode);
}

export interface EdgeSelection {
  keys?: string[];
  /** Every edge touching this node. */
  node?: string;
}

export interface EdgesWithNames {
  edges: ApiEdgeWithEvidence[];
  /** Names of every end and issue the edges mention. */
  names: Record<string, string>;
}

/** Edges with their evidence: by key, touching a node, or (an empty selection) all of them. */
export async function readEdges(store: Store, selection: EdgeSelection, options: ReadOptions = {}): Promise<EdgesWithNames> {
  if (selection.keys && selection.keys.length === 0) return { edges: [], names: {} };
  const rows = await readApi(store, "edges", { keys: selection.keys ?? null, node: selection.node ?? null }, options);
  const names: Record<string, string> = {};
  for (const row of rows) {
    names[String(row.source)] = String(row.sourceName ?? row.source);
    names[String(row.target)] = String(row.targetName ?? row.target);
    if (row.issue) names[String(row.issue)] = String(row.issueName ?? row.issue);
  }
  return { edges: rows.map((row) => ({ ...toApiEdge(row), claims: ((row.claims as Row[]) ?? []).map(toApiClaim) })), names };
}

export interface GraphFilters {
  types: Relation[] | null;
  issues: string[] | null;
  articles: string[] | null;
  minConfidence: number | null;
  minWeight: number | null;
}

/** The strongest `limit` edges that pass the filters; `truncated` when more would have passed. */
export async function readGraphEdges(store: Store, filters: GraphFilters, limit: number, options: ReadOptions = {}) {
  const rows = await readApi(
    store,
    "graph-edges",
    {
      types: filters.types,
      issues: filters.issues,
      articles: filters.articles,
      minConfidence: filters.minConfidence ?? 0,
      minWeight: filters.minWeight ?? 0,
      // One more than asked, to tell whether the limit cut anything.
      limit: limit + 1,
    },
    options,
  );
  return { edges: rows.slice(0, limit).map(toApiEdge), truncated: rows.length > limit };
}

export function toApiNode(row: Row): ApiNode {
  return {
    id: String(row.id),
    label: row.label as NodeLabel,
    name: String(row.name ?? row.id),
    kind: row.kind as NodeKind,
    aliases: ((row.aliases as string[] | null) ?? []).map(String),
    mentions: Number(row.mentions ?? 0),
    articles: ((row.articles as string[] | null) ?? []).map(String),
  };
}

export function toApiEdge(row: Row): ApiEdge {
  return {
    id: String(row.id),
    source: String(row.source),
    target: String(row.target),
    type: row.type as Relation,
    issue: row.issue ? String(row.issue) : null,
    weight: Number(row.weight ?? 0),
    confidence: Number(row.confidence ?? 0),
    articles: ((row.articles as string[] | null) ?? []).map(String),
    sources: Number(row.sources ?? 0),
    firstSeen: (row.firstSeen as string | null) ?? null,
    lastSeen: (row.lastSeen as string | null) ?? null,
  };
}

export function toApiClaim(row: Row): ApiClaim {
  return {
    claim: String(row.claim),
    article: String(row.article),
    text: String(row.text),
    start: Number(row.start),
    end: Number(row.end),
    title: (row.title as string | null) ?? null,
    published: (row.published as string | null) ?? null,
    source: (row.source as string | null) ?? null,
    confidence: Number(row.confidence ?? 0),
    extractor: String(row.extractor ?? ""),
    rule: String(row.rule ?? ""),
  };
}
