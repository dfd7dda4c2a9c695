// `kg ask constrains|positions|path|profile|contested`: questions in the analyst's terms, loose names allowed,
// answered with the sentences that support each relation.
import { NotFoundError, ValidationError, type NodeLabel, type Relation, RELATIONS } from "../../model/index.ts";
import { runQuery, type Row, type Store } from "../../store/index.ts";
import { formatEvidence, formatHop, type ClaimEvidence, type Hop } from "../answer.ts";
import type { Output } from "../output.ts";
import { withStore } from "../store-session.ts";

export interface AskOptions {
  target?: string;
  issue?: string;
  from?: string;
  to?: string;
  actor?: string;
  types?: string;
  hops?: string;
  json?: boolean;
}

type Question = (store: Store, options: AskOptions) => Promise<{ rows: Row[]; text: string }>;

const QUESTIONS: Record<string, Question> = { constrains, positions, path, profile, contested };

export async function askCommand(question: string, options: AskOptions, out: Output): Promise<number> {
  const ask = QUESTIONS[question];
  if (!ask) throw new ValidationError(`ask: unknown question "${question}" (ask ${Object.keys(QUESTIONS).join(", ")})`);
  return withStore(out, async (store) => {
    const answer = await ask(store, options);
    out.data(options.json ? JSON.stringify(answer.rows, null, 2) : answer.text);
    return 0;
  });
}

/** A loose name ("Trump", "congress", "new start") to the best matching node id. */
export async function findNode(store: Store, name: string | undefined, label: NodeLabel | null, what: string): Promise<{ id: string; name: string }> {
  if (!name?.trim()) throw new ValidationError(`ask: give --${what}`);
  const { rows } = await runQuery(store, "find-node", { q: name, label, limit: 1 });
  const best = rows[0];
  if (!best) throw new NotFoundError(`no ${label ?? "node"} matches "${name}"`);
  return { id: String(best.id), name: String(best.name) };
}

async function constrains(store: Store, options: AskOptions) {
  const target = await findNode(store, options.target, "Actor", "target");
  const issue = options.issue ? await findNode(store, options.issue, "Issue", "issue") : null;
  const { rows } = await runQuery(store, "constraints-on", { target: target.id, issue: issue?.id ?? null, maxHops: options.hops ?? 2 });
  const heading = `What constrains ${target.name}${issue ? ` on ${issue.name}` : ""}?`;
  return { rows, text: [heading, ...(rows.length ? rows.map((row) => formatChain(row)) : ["  Nothing in the graph says so."])].join("\n\n") };
}

async function positions(store: Store, options: AskOptions) {
  const issue = await findNode(store, options.issue, "Issue", "issue");
  const { rows } = await runQuery(store, "positions-on-issue", { issue: issue.id });
  const lines = rows.map((row) => {
    const names = new Map([[String(row.actor), String(row.actorName)], [String(row.object), String(row.objectName)], [issue.id, issue.name]]);
    const hop: Hop = { from: String(row.actor), relation: String(row.relation), to: String(row.object), issue: String(row.issue ?? ""), weight: Number(row.weight), confidence: Number(row.confidence), claims: row.evidence as ClaimEvidence[] };
    return formatHop(names, hop);
  });
  return { rows, text: [`Who supports or opposes ${issue.name}?`, ...(lines.length ? lines : ["  Nothing in the graph says so."])].join("\n\n") };
}

async function path(store: Store, options: AskOptions) {
  const from = await findNode(store, options.from, null, "from");
  const to = await findNode(store, options.to, null, "to");
  const issue = options.issue ? await findNode(store, options.issue, "Issue", "issue") : null;
  const types = options.types ? options.types.split(",").map((t) => t.trim().toUpperCase()) : null;
  for (const type of types ?? []) if (!RELATIONS.includes(type as Relation)) throw new ValidationError(`ask: unknown relation type "${type}" (${RELATIONS.join(", ")})`);
  const { rows } = await runQuery(store, "shortest-path", { from: from.id, to: to.id, types, issue: issue?.id ?? null, maxHops: options.hops ?? 4 });
  const heading = `How is ${from.name} connected to ${to.name}${issue ? ` on ${issue.name}` : ""}?`;
  return { rows, text: [heading, ...(rows.length ? rows.map((row) => formatChain(row)) : ["  No path in the graph."])].join("\n\n") };
}

async function profile(store: Store, options: AskOptions) {
  const actor = await findNode(store, options.actor ?? options.target, "Actor", "actor");
  const { rows } = await runQuery(store, "actor-profile", { actor: actor.id });
  const row = rows[0];
  if (!row) throw new NotFoundError(`no profile for ${actor.name}`);
  const list = (title: string, items: unknown) => {
    const entries = (items as Row[]) ?? [];
    return `${title}: ${entries.length ? entries.map((e) => `${e.name ?? e.id}${e.issue ? ` (on ${e.issue})` : ""}`).join(", ") : "none"}`;
  };
  const positionLines = ((row.positions as Row[]) ?? []).map((p) => {
    const objects = ((p.objects as Row[]) ?? []).map((o) => `${o.name} (${o.weight})`).join(", ");
    return `  ${p.relation}${p.issueName ? ` on ${p.issueName}` : ""}: ${objects}`;
  });
  const text = [
    `${row.name} (${row.kind})${(row.aliases as string[])?.length ? ` — also ${(row.aliases as string[]).join(", ")}` : ""}`,
    "Positions:",
    ...(positionLines.length ? positionLines : ["  none"]),
    list("Allies", row.allies),
    list("Opponents", row.opponents),
    list("Constrained by", row.constrainedBy),
    list("Constrains", row.constrains),
  ].join("\n");
  return { rows, text };
}

async function contested(store: Store, options: AskOptions) {
  const actor = options.actor ? await findNode(store, options.actor, "Actor", "actor") : null;
  const issue = options.issue ? await findNode(store, options.issue, null, "issue") : null;
  const { rows } = await runQuery(store, "contested-positions", { actor: actor?.id ?? null, issue: issue?.id ?? null });
  const lines = rows.map((row) => {
    const side = (label: string, value: unknown) => {
      const claims = ((value as Row)?.claims as ClaimEvidence[]) ?? [];
      return [`  ${label}:`, ...claims.map(formatEvidence)].join("\n");
    };
    return [`${row.actorName} both supports and opposes ${row.objectName}${row.issue ? ` on ${row.issue}` : ""}`, side("supports", row.supports), side("opposes", row.opposes)].join("\n");
  });
  return { rows, text: ["Contested positions", ...(lines.length ? lines : ["  None in the graph."])].join("\n\n") };
}

/** A chain of hops (a constraint chain or a path) with each hop's evidence. */
function formatChain(row: Row): string {
  const ids = row.path as string[];
  const names = new Map(ids.map((id, i) => [id, (row.names as string[])[i] ?? id]));
  const hops = row.evidence as Hop[];
  for (const hop of hops) if (hop.issue && !names.has(hop.issue)) names.set(hop.issue, hop.issue);
  const chain = (row.names as string[]).join(" → ");
  return [`${chain}  (${hops.length} hop${hops.length === 1 ? "" : "s"}, confidence ${Number(row.confidence ?? hops[0]?.confidence ?? 0).toFixed(2)})`, ...hops.map((hop) => indent(formatHop(names, hop)))].join("\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
