// The HTTP API's payloads, shared by the server (src/server) and the explorer (web/, via `import type`).
// Every route answers JSON; errors answer { error: { name, message } } with a 4xx/5xx status.
import type { Evidence } from "./claim.ts";
import type { NodeKind, NodeLabel, Relation } from "./vocabulary.ts";

export interface ApiError {
  error: { name: string; message: string };
}

/** A node as the explorer draws it. */
export interface ApiNode {
  id: string;
  label: NodeLabel;
  name: string;
  kind: NodeKind;
  aliases: string[];
  /** Total mentions across articles: the explorer sizes nodes by it. */
  mentions: number;
  /** Articles that mention it or claim about it. */
  articles: string[];
}

/** A direct relationship as the explorer draws it (evidence is fetched per edge). */
export interface ApiEdge {
  /** The edge key `${source}>${type}>${target}@${issue}` (src/graph/edge-key.ts). */
  id: string;
  source: string;
  target: string;
  type: Relation;
  /** Issue id, or null when none. */
  issue: string | null;
  weight: number;
  confidence: number;
  /** Distinct articles and outlets behind it. */
  articles: string[];
  sources: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** GET /api/graph?types=&issues=&articles=&minConfidence=&minWeight=&limit= */
export interface GraphResponse {
  nodes: ApiNode[];
  edges: ApiEdge[];
  /** True when `limit` (edges, strongest first) cut the graph. */
  truncated: boolean;
}

/** One claim behind an edge, with its article and exact offsets into the article text. */
export interface ApiClaim extends Evidence {
  claim: string;
  title: string | null;
  published: string | null;
  source: string | null;
  confidence: number;
  extractor: string;
  rule: string;
}

export interface ApiEdgeWithEvidence extends ApiEdge {
  claims: ApiClaim[];
}

/** GET /api/nodes/:id — the node, every edge touching it (both directions) with evidence. */
export interface NodeResponse {
  node: ApiNode;
  outgoing: ApiEdgeWithEvidence[];
  incoming: ApiEdgeWithEvidence[];
  /** Names of every node the edges mention (ends and issues), for display. */
  names: Record<string, string>;
}

/** GET /api/edges/:id — one edge and its evidence. */
export type EdgeResponse = ApiEdgeWithEvidence & { names: Record<string, string> };

/** GET /api/search?q=&limit= — best first; exact name or alias matches first. */
export interface SearchHit {
  id: string;
  label: NodeLabel;
  name: string;
  kind: NodeKind;
  aliases: string[];
  exact: boolean;
}

/**
 * GET /api/ask/constrains?target=&issue=&hops=, /api/ask/positions?issue=&relations=,
 * /api/ask/path?from=&to=&types=&issue=&hops= — answers in the analyst's terms.
 */
export interface AskResponse {
  question: string;
  /** The named query and Cypher that ran, and its parameters (names already resolved to ids). */
  query: string;
  cypher: string;
  params: Record<string, unknown>;
  /** The nodes and edges of the answer, to highlight in the graph. */
  highlight: { nodes: string[]; edges: string[] };
  /** Each answer: a chain of edges (one for a direct relation) with evidence. */
  answers: { title: string; edges: ApiEdgeWithEvidence[] }[];
  names: Record<string, string>;
}

/** GET /api/queries — the named queries, offered as examples in the Cypher console. */
export interface QueryInfoResponse {
  name: string;
  description: string;
  params: { name: string; type: string; required: boolean; default: unknown }[];
  columns: string[];
  cypher: string;
}

/** POST /api/cypher { query, params? } and GET /api/queries/:name?param=... */
export interface CypherResponse {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** Nodes and relationships found in the rows, when the query returns any, to draw as a graph. */
  graph: { nodes: { id: string; labels: string[]; name: string }[]; edges: { source: string; target: string; type: string; key?: string }[] };
}

/** GET /api/articles — loaded articles. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  source: string | null;
  published: string | null;
  claims: number;
}

/** GET /api/articles/:id — the cleaned text and sentence offsets, so a sentence can be highlighted. */
export interface ArticleResponse extends ArticleSummary {
  text: string;
  sentences: { start: number; end: number }[];
}

/** POST /api/articles (text/plain, text/html, or JSON { id?, text, format? }) — ingest one article. */
export interface IngestResponse {
  article: string;
  status: "loaded" | "replaced" | "unchanged";
  claims: number;
  nodes: number;
  warnings: string[];
}

/** GET /api/meta — what the filters offer. */
export interface MetaResponse {
  counts: { articles: number; actors: number; issues: number; claims: number; edges: number };
  relations: Relation[];
  kinds: NodeKind[];
  issues: { id: string; name: string }[];
  articles: ArticleSummary[];
}
