// Turns analysed articles into the graph: per-article contributions for the store,
// and the merged extraction payload (one edge per source/type/target/issue, with all its evidence).
import { createHash } from "node:crypto";
import type { ArticleDoc, ArticleGraph, Claim, Entity, ExtractionPayload, GraphEdge, GraphNode } from "../model/index.ts";
import type { Knowledge } from "../pipeline/knowledge/compile.ts";
import { edgeKey } from "./edge-key.ts";

export function articleGraph(doc: ArticleDoc, knowledge: Knowledge): ArticleGraph {
  const discovered = new Map((doc.data.discovered ?? []).map((e) => [e.id, e]));
  const entityOf = (id: string): Entity => {
    const entity = knowledge.entities.get(id) ?? discovered.get(id);
    if (!entity) throw new Error(`graph: claim or mention names unknown entity "${id}"`);
    return entity;
  };
  const counts = new Map<string, number>();
  for (const mention of doc.data.mentions ?? []) {
    if (mention.entity) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  }
  const claims = (doc.data.claims ?? []).map((claim) => ({ ...claim, id: claimId(claim) }));
  const ids = new Set([...counts.keys(), ...claims.flatMap((c) => [c.subject, c.object, ...(c.issue ? [c.issue] : [])])]);
  return {
    article: {
      id: doc.id,
      title: doc.meta.title,
      source: doc.meta.source,
      published: doc.meta.published,
      path: doc.path,
      text: doc.text,
      // What the article contributes, not only its text: a better pipeline or another extractor reloads it.
      hash: createHash("sha256").update(doc.text).update(JSON.stringify(claims.map((c) => [c.id, c.confidence]))).digest("hex"),
      sentences: (doc.data.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
    },
    nodes: [...ids].sort().map((id) => toNode(entityOf(id))),
    mentions: [...counts].map(([entity, count]) => ({ entity, count })).sort((a, b) => a.entity.localeCompare(b.entity)),
    claims,
  };
}

/** Merges article graphs into the extraction payload; confidence combines claims as a noisy-or. */
export function mergePayload(graphs: ArticleGraph[]): ExtractionPayload {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const existing = nodes.get(node.id);
      nodes.set(node.id, existing ? { ...existing, aliases: [...new Set([...existing.aliases, ...node.aliases])] } : node);
    }
    for (const claim of graph.claims) {
      const id = edgeKey(claim.subject, claim.relation, claim.object, claim.issue);
      const edge = edges.get(id) ?? { id, source: claim.subject, target: claim.object, type: claim.relation, issue: claim.issue, confidence: 0, evidence: [] };
      edge.evidence.push(claim.evidence);
      edge.confidence = round(1 - (1 - edge.confidence) * (1 - claim.confidence));
      edges.set(id, edge);
    }
  }
  return {
    articles: graphs.map(({ article }) => ({ id: article.id, title: article.title, source: article.source, published: article.published, path: article.path })),
    nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

function toNode(entity: Entity): GraphNode {
  return { id: entity.id, label: entity.label, name: entity.name, kind: entity.kind, aliases: [...entity.aliases] };
}

function claimId(claim: Claim): string {
  const key = [claim.evidence.article, claim.evidence.start, claim.evidence.end, claim.subject, claim.relation, claim.object, claim.issue ?? "", claim.extractor].join("|");
  return createHash("sha256").update(key).digest("hex").slice(0, 20);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
