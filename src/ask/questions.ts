// Questions in the analyst's terms, shared by `kg ask` and the HTTP API: loose names resolved through find-node,
// then the named query that answers, run with the resolved ids. Each caller presents the rows its own way.
import { NotFoundError, RELATIONS, ValidationError, type NodeLabel, type Relation } from "../model/index.ts";
import { runQuery, type Params, type ReadOptions, type Row, type Store } from "../store/index.ts";

export interface NamedNode {
  id: string;
  name: string;
}

export interface Answer {
  /** The question in words, with the names resolved: "What constrains Donald Trump on sanctions?" */
  question: string;
  /** The named query that answered, and its parameters as run (defaults filled in, names resolved to ids). */
  query: string;
  params: Params;
  rows: Row[];
  /** The nodes the question named, as resolved. */
  resolved: NamedNode[];
}

export interface ConstrainsQuestion {
  target?: string;
  issue?: string | null;
  hops?: string | number | null;
}

export interface PositionsQuestion {
  issue?: string;
  /** Relation types, a list or comma-separated; all three when absent. */
  relations?: string | string[] | null;
}

export interface PathQuestion {
  from?: string;
  to?: string;
  issue?: string | null;
  types?: string | string[] | null;
  hops?: string | number | null;
}

export interface ActorQuestion {
  actor?: string;
  issue?: string | null;
}

/** A loose name ("Trump", "congress", "new start") to the best matching node; `what` names the missing option. */
export async function findNode(store: Store, name: string | undefined | null, label: NodeLabel | null, what: string): Promise<NamedNode> {
  if (!name?.trim()) throw new ValidationError(`ask: give --${what}`);
  const { rows } = await runQuery(store, "find-node", { q: name, label, limit: 1 });
  const best = rows[0];
  if (!best) throw new NotFoundError(`no ${label ?? "node"} matches "${name}"`);
  return { id: String(best.id), name: String(best.name) };
}

export async function askConstrains(store: Store, ask: ConstrainsQuestion, options: ReadOptions = {}): Promise<Answer> {
  const target = await findNode(store, ask.target, "Actor", "target");
  const issue = ask.issue ? await findNode(store, ask.issue, "Issue", "issue") : null;
  const query = "constraints-on";
  const result = await runQuery(store, query, { target: target.id, issue: issue?.id ?? null, maxHops: ask.hops ?? 2 }, options);
  return {
    question: `What constrains ${target.name}${issue ? ` on ${issue.name}` : ""}?`,
    query,
    params: result.params,
    rows: result.rows,
    resolved: issue ? [target, issue] : [target],
  };
}

export async function askPositions(store: Store, ask: PositionsQuestion, options: ReadOptions = {}): Promise<Answer> {
  const issue = await findNode(store, ask.issue, "Issue", "issue");
  const relations = relationList(ask.relations);
  const query = "positions-on-issue";
  const result = await runQuery(store, query, { issue: issue.id, relations }, options);
  return { question: `Who supports or opposes ${issue.name}?`, query, params: result.params, rows: result.rows, resolved: [issue] };
}

export async function askPath(store: Store, ask: PathQuestion, options: ReadOptions = {}): Promise<Answer> {
  const from = await findNode(store, ask.from, null, "from");
  const to = await findNode(store, ask.to, null, "to");
  const issue = ask.issue ? await findNode(store, ask.issue, "Issue", "issue") : null;
  const types = relationList(ask.types);
  const query = "shortest-path";
  const result = await runQuery(store, query, { from: from.id, to: to.id, types, issue: issue?.id ?? null, maxHops: ask.hops ?? 4 }, options);
  return {
    question: `How is ${from.name} connected to ${to.name}${issue ? ` on ${issue.name}` : ""}?`,
    query,
    params: result.params,
    rows: result.rows,
    resolved: issue ? [from, to, issue] : [from, to],
  };
}

export async function askProfile(store: Store, ask: ActorQuestion, options: ReadOptions = {}): Promise<Answer> {
  const actor = await findNode(store, ask.actor, "Actor", "actor");
  const query = "actor-profile";
  const result = await runQuery(store, query, { actor: actor.id }, options);
  if (!result.rows[0]) throw new NotFoundError(`no profile for ${actor.name}`);
  return { question: `Who is ${actor.name}?`, query, params: result.params, rows: result.rows, resolved: [actor] };
}

export async function askContested(store: Store, ask: ActorQuestion, options: ReadOptions = {}): Promise<Answer> {
  const actor = ask.actor ? await findNode(store, ask.actor, "Actor", "actor") : null;
  const issue = ask.issue ? await findNode(store, ask.issue, null, "issue") : null;
  const query = "contested-positions";
  const result = await runQuery(store, query, { actor: actor?.id ?? null, issue: issue?.id ?? null }, options);
  return {
    question: "Contested positions",
    query,
    params: result.params,
    rows: result.rows,
    resolved: [...(actor ? [actor] : []), ...(issue ? [issue] : [])],
  };
}

/** Relation types from a list or a comma-separated string, upper-cased; null for none; unknown → ValidationError. */
function relationList(value: string | string[] | null | undefined): Relation[] | null {
  if (value === null || value === undefined) return null;
  const items = (Array.isArray(value) ? value : value.split(",")).map((t) => t.trim().toUpperCase()).filter((t) => t !== "");
  for (const type of items) {
    if (!RELATIONS.includes(type as Relation)) throw new ValidationError(`ask: unknown relation type "${type}" (${RELATIONS.join(", ")})`);
  }
  return items.length > 0 ? (items as Relation[]) : null;
}
