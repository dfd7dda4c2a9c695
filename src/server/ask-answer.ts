// Turns an answered question (src/ask/questions.ts) into the API's AskResponse: each answer a chain of edges with
// their evidence, the nodes and edges to highlight, and the Cypher and parameters that ran.
import type { Answer } from "../ask/questions.ts";
import { chainTitle, hopTitle } from "../ask/titles.ts";
import { edgeKey } from "../graph/edge-key.ts";
import type { ApiEdgeWithEvidence, AskResponse } from "../model/api.ts";
import type { Relation } from "../model/vocabulary.ts";
import { loadCypher } from "../store/cypher-files.ts";
import type { ReadOptions, Row, Store } from "../store/index.ts";
import { readEdges } from "./graph-read.ts";

interface Chain {
  title: string;
  keys: string[];
  nodes: string[];
}

interface HopRow {
  from: string;
  relation: Relation;
  to: string;
  issue: string | null;
  key: string;
}

export async function toAskResponse(store: Store, answer: Answer, options: ReadOptions = {}): Promise<AskResponse> {
  const rowNames: Record<string, string> = {};
  for (const node of answer.resolved) rowNames[node.id] = node.name;
  const chains = answer.rows.map((row) => (answer.query === "positions-on-issue" ? positionChain(row, rowNames) : pathChain(row, rowNames)));

  const keys = [...new Set(chains.flatMap((chain) => chain.keys))];
  const { edges, names } = await readEdges(store, { keys }, options);
  const byKey = new Map(edges.map((edge) => [edge.id, edge]));
  const allNames = { ...rowNames, ...names };
  // Titles are written after the edges are read, so every issue on a hop shows by its name.
  const name = (id: string) => allNames[id] ?? id;
  return {
    question: answer.question,
    query: answer.query,
    cypher: loadCypher(`queries/${answer.query}`).body,
    params: answer.params,
    highlight: {
      nodes: [...new Set([...answer.resolved.map((node) => node.id), ...chains.flatMap((chain) => chain.nodes)])],
      edges: keys,
    },
    answers: chains.map((chain) => {
      const chainEdges = chain.keys.map((key) => byKey.get(key)).filter((edge): edge is ApiEdgeWithEvidence => edge !== undefined);
      const only = chainEdges.length === 1 ? chainEdges[0]! : null;
      return { title: only ? hopTitle({ from: only.source, relation: only.type, to: only.target, issue: only.issue }, name) : chain.title, edges: chainEdges };
    }),
    names: allNames,
  };
}

/** A constraints-on or shortest-path row: the nodes in order, one hop per edge. */
function pathChain(row: Row, names: Record<string, string>): Chain {
  const path = ((row.path as string[] | null) ?? []).map(String);
  const pathNames = ((row.names as string[] | null) ?? []).map(String);
  path.forEach((id, index) => (names[id] = pathNames[index] ?? id));
  const hops = ((row.evidence as HopRow[] | null) ?? []).filter((hop) => typeof hop?.key === "string");
  return { title: chainTitle(pathNames), keys: hops.map((hop) => hop.key), nodes: path };
}

/** A positions-on-issue row: one edge, whose key is rebuilt from its ends, type and issue. */
function positionChain(row: Row, names: Record<string, string>): Chain {
  const from = String(row.actor);
  const to = String(row.object);
  names[from] = String(row.actorName ?? from);
  names[to] = String(row.objectName ?? to);
  const relation = String(row.relation) as Relation;
  const issue = row.issue ? String(row.issue) : null;
  return {
    title: hopTitle({ from, relation, to, issue }, (id) => names[id] ?? id),
    keys: [edgeKey(from, relation, to, issue)],
    nodes: [from, to],
  };
}
