// The explorer's only door to the server: one typed function per /api route (src/model/api.ts is the contract).
// Errors come back as ApiRequestError carrying the server's { error: { name, message } }.
import type {
  ArticleResponse,
  AskResponse,
  CypherResponse,
  EdgeResponse,
  GraphResponse,
  MetaResponse,
  NodeResponse,
  QueryInfoResponse,
  SearchHit,
} from "../../../src/model/api.ts";
import type { NodeLabel, Relation } from "../../../src/model/vocabulary.ts";

export class ApiRequestError extends Error {
  override name = "ApiRequestError";
  constructor(
    message: string,
    readonly status: number,
    /** The server's error name (NotFoundError, ValidationError, …), or "NetworkError". */
    readonly kind: string,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | null | undefined | readonly string[]>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","));
    } else params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function request<T>(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, signal, headers: { Accept: "application/json", ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(`The server did not answer (${path.split("?")[0]})`, 0, "NetworkError");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const payload = (body as { error?: { name?: string; message?: string } } | null)?.error;
    throw new ApiRequestError(payload?.message ?? `${response.status} ${response.statusText}`, response.status, payload?.name ?? "HttpError");
  }
  return body as T;
}

export interface GraphQuery {
  limit?: number;
}

export interface ConstrainsQuestion {
  target: string;
  issue?: string | null;
  hops?: number | null;
}
export interface PositionsQuestion {
  issue: string;
  relations?: readonly Relation[] | null;
}
export interface PathQuestion {
  from: string;
  to: string;
  types?: readonly Relation[] | null;
  issue?: string | null;
  hops?: number | null;
}

export const api = {
  meta: (signal?: AbortSignal) => request<MetaResponse>("/api/meta", {}, signal),
  graph: (query: GraphQuery = {}, signal?: AbortSignal) => request<GraphResponse>(withQuery("/api/graph", { ...query }), {}, signal),
  node: (id: string, signal?: AbortSignal) => request<NodeResponse>(`/api/nodes/${encodeURIComponent(id)}`, {}, signal),
  edge: (key: string, signal?: AbortSignal) => request<EdgeResponse>(`/api/edges/${encodeURIComponent(key)}`, {}, signal),
  search: (q: string, limit = 8, label: NodeLabel | null = null, signal?: AbortSignal) =>
    request<SearchHit[]>(withQuery("/api/search", { q, limit, label }), {}, signal),
  article: (id: string, signal?: AbortSignal) => request<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`, {}, signal),
  askConstrains: (q: ConstrainsQuestion, signal?: AbortSignal) =>
    request<AskResponse>(withQuery("/api/ask/constrains", { target: q.target, issue: q.issue, hops: q.hops }), {}, signal),
  askPositions: (q: PositionsQuestion, signal?: AbortSignal) =>
    request<AskResponse>(withQuery("/api/ask/positions", { issue: q.issue, relations: q.relations ?? undefined }), {}, signal),
  askPath: (q: PathQuestion, signal?: AbortSignal) =>
    request<AskResponse>(withQuery("/api/ask/path", { from: q.from, to: q.to, types: q.types ?? undefined, issue: q.issue, hops: q.hops }), {}, signal),
  queries: (signal?: AbortSignal) => request<QueryInfoResponse[]>("/api/queries", {}, signal),
  cypher: (query: string, params: Record<string, unknown> = {}, signal?: AbortSignal) =>
    request<CypherResponse>("/api/cypher", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ query, params }) }, signal),
};

/** Where the exports are downloaded from (plain links, so the browser streams them). */
export const EXPORT_URLS = { gexf: "/api/export.gexf", json: "/api/export.json" } as const;
