// `kg ask constrains|positions|path|profile|contested`: questions in the analyst's terms, loose names allowed,
// answered with the sentences that support each relation.
import { askConstrains, askContested, askPath, askPositions, askProfile } from "../../ask/questions.ts";
import { chainTitle } from "../../ask/titles.ts";
import { ValidationError } from "../../model/index.ts";
import type { Row, Store } from "../../store/index.ts";
import { formatEvidence, formatHop, type ClaimEvidence, type Hop } from "../answer.ts";
import type { Output } from "../output.ts";
import { withStore } from "../store-session.ts";

// Resolving names and running the answering query is shared with the HTTP API (src/ask/questions.ts); here, the printing.
export { findNode } from "../../ask/questions.ts";

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

async function constrains(store: Store, options: AskOptions) {
  const answer = await askConstrains(store, { target: options.target, issue: options.issue, hops: options.hops });
  const { rows } = answer;
  return { rows, text: [answer.question, ...(rows.length ? rows.map((row) => formatChain(row)) : ["  Nothing in the graph says so."])].join("\n\n") };
}

async function positions(store: Store, options: AskOptions) {
  const answer = await askPositions(store, { issue: options.issue });
  const issue = answer.resolved[0]!;
  const { rows } = answer;
  const lines = rows.map((row) => {
    const names = new Map([[String(row.actor), String(row.actorName)], [String(row.object), String(row.objectName)], [issue.id, issue.name]]);
    const hop: Hop = { from: String(row.actor), relation: String(row.relation), to: String(row.object), issue: String(row.issue ?? ""), weight: Number(row.weight), confidence: Number(row.confidence), claims: row.evidence as ClaimEvidence[] };
    return formatHop(names, hop);
  });
  return { rows, text: [answer.question, ...(lines.length ? lines : ["  Nothing in the graph says so."])].join("\n\n") };
}

async function path(store: Store, options: AskOptions) {
  const answer = await askPath(store, { from: options.from, to: options.to, issue: options.issue, types: options.types, hops: options.hops });
  const { rows } = answer;
  return { rows, text: [answer.question, ...(rows.length ? rows.map((row) => formatChain(row)) : ["  No path in the graph."])].join("\n\n") };
}

async function profile(store: Store, options: AskOptions) {
  const { rows } = await askProfile(store, { actor: options.actor ?? options.target });
  const row = rows[0]!;
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
  const { rows } = await askContested(store, { actor: options.actor, issue: options.issue });
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
  const chain = chainTitle(row.names as string[]);
  return [`${chain}  (${hops.length} hop${hops.length === 1 ? "" : "s"}, confidence ${Number(row.confidence ?? hops[0]?.confidence ?? 0).toFixed(2)})`, ...hops.map((hop) => indent(formatHop(names, hop)))].join("\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
