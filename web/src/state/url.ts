// The state in the URL query string, so a view can be shared: encode writes only what differs from the empty state,
// decode reads it back leniently (unknown values are dropped, numbers clamped), so an edited link still opens.
import { NODE_KINDS, RELATIONS, type NodeKind, type Relation } from "../../../src/model/vocabulary.ts";
import { emptyAppState, type AppState } from "./app-state.ts";
import { DEFAULT_EXPANSION_LIMIT, type Expansion } from "./exploration/index.ts";
import { DEFAULT_HOPS, MAX_HOPS, type Question } from "./question/index.ts";

const LIST = ",";
const FIELD = "~";
const NONE = "*";

const list = (value: string | null) => (value ? value.split(LIST).map((s) => s.trim()).filter(Boolean) : []);
const relations = (value: string | null): Relation[] => list(value).filter((r): r is Relation => (RELATIONS as readonly string[]).includes(r));
const kinds = (value: string | null): NodeKind[] => list(value).filter((k): k is NodeKind => (NODE_KINDS as readonly string[]).includes(k));
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const int = (value: string | null, fallback: number, min: number, max: number) => {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) ? clamp(n, min, max) : fallback;
};

export function encodeState(state: AppState): string {
  const params = new URLSearchParams();
  const empty = emptyAppState();
  const { selection, filters, question, exploration, appearance } = state;

  if (selection.node) params.set("node", selection.node);
  if (selection.edge) params.set("edge", selection.edge);

  if (filters.relations.length !== RELATIONS.length) params.set("rel", RELATIONS.filter((r) => filters.relations.includes(r)).join(LIST) || NONE);
  if (filters.kinds.length !== NODE_KINDS.length) params.set("kinds", NODE_KINDS.filter((k) => filters.kinds.includes(k)).join(LIST) || NONE);
  if (filters.issues.length) params.set("issues", filters.issues.join(LIST));
  if (filters.articles.length) params.set("articles", filters.articles.join(LIST));
  if (filters.minConfidence > 0) params.set("conf", String(Number(filters.minConfidence.toFixed(2))));
  if (filters.minWeight > 1) params.set("weight", String(filters.minWeight));
  if (filters.isolated) params.set("isolated", "1");

  if (exploration.scope !== empty.exploration.scope) params.set("scope", exploration.scope);
  if (exploration.seeds.length) params.set("seeds", exploration.seeds.join(LIST));
  for (const e of exploration.expansions) params.append("expand", [e.node, e.relation ?? NONE, e.issue ?? NONE, e.limit].join(FIELD));
  if (exploration.hidden.length) params.set("hide", exploration.hidden.join(LIST));

  if (appearance.sizeBy !== empty.appearance.sizeBy) params.set("size", appearance.sizeBy);

  const q = question.current;
  if (q) {
    params.set("q", q.kind);
    if (q.kind === "constrains") {
      params.set("q.target", q.target);
      if (q.issue) params.set("q.issue", q.issue);
      params.set("q.hops", String(q.hops));
    } else if (q.kind === "positions") {
      params.set("q.issue", q.issue);
      if (q.relations.length !== RELATIONS.length) params.set("q.relations", q.relations.join(LIST));
    } else {
      params.set("q.from", q.from);
      params.set("q.to", q.to);
      if (q.types.length !== RELATIONS.length) params.set("q.types", q.types.join(LIST));
      if (q.issue) params.set("q.issue", q.issue);
      params.set("q.hops", String(q.hops));
    }
  }
  return params.toString();
}

export function decodeState(search: string): AppState {
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const state = emptyAppState();

  const node = params.get("node");
  const edge = params.get("edge");
  if (node) state.selection = { node, edge: null };
  else if (edge) state.selection = { node: null, edge };

  if (params.has("rel")) state.filters.relations = relations(params.get("rel"));
  if (params.has("kinds")) state.filters.kinds = kinds(params.get("kinds"));
  state.filters.issues = list(params.get("issues"));
  state.filters.articles = list(params.get("articles"));
  const conf = Number.parseFloat(params.get("conf") ?? "");
  if (Number.isFinite(conf)) state.filters.minConfidence = clamp(conf, 0, 1);
  state.filters.minWeight = int(params.get("weight"), 1, 1, 1_000_000);
  state.filters.isolated = params.get("isolated") === "1";

  if (params.get("scope") === "explore") state.exploration.scope = "explore";
  state.exploration.seeds = list(params.get("seeds"));
  state.exploration.expansions = params
    .getAll("expand")
    .map((value): Expansion | null => {
      const [id, relation, issue, limit] = value.split(FIELD);
      if (!id) return null;
      const rel = relations(relation ?? null)[0] ?? null;
      return { node: id, relation: rel, issue: issue && issue !== NONE ? issue : null, limit: int(limit ?? null, DEFAULT_EXPANSION_LIMIT, 1, 200) };
    })
    .filter((e): e is Expansion => e !== null);
  state.exploration.hidden = list(params.get("hide"));

  if (params.get("size") === "degree") state.appearance.sizeBy = "degree";

  state.question.current = decodeQuestion(params);
  return state;
}

function decodeQuestion(params: URLSearchParams): Question | null {
  const kind = params.get("q");
  const text = (key: string) => params.get(`q.${key}`)?.trim() || null;
  if (kind === "constrains") {
    const target = text("target");
    return target ? { kind, target, issue: text("issue"), hops: int(params.get("q.hops"), DEFAULT_HOPS.constrains, 1, MAX_HOPS.constrains) } : null;
  }
  if (kind === "positions") {
    const issue = text("issue");
    const rel = params.has("q.relations") ? relations(params.get("q.relations")) : [...RELATIONS];
    return issue ? { kind, issue, relations: rel.length ? rel : [...RELATIONS] } : null;
  }
  if (kind === "path") {
    const from = text("from");
    const to = text("to");
    const types = params.has("q.types") ? relations(params.get("q.types")) : [...RELATIONS];
    return from && to
      ? { kind, from, to, types: types.length ? types : [...RELATIONS], issue: text("issue"), hops: int(params.get("q.hops"), DEFAULT_HOPS.path, 1, MAX_HOPS.path) }
      : null;
  }
  return null;
}
