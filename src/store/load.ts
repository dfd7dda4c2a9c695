// Loading and retracting articles. Each call is one write transaction: an article is in the store whole or not at
// all, and the direct relationships and nodes it touched are recomputed from the claims and mentions that remain.
import { edgeKey } from "../graph/edge-key.ts";
import type { ArticleGraph } from "../model/article-graph.ts";
import { NotFoundError, StoreError, ValidationError } from "../model/errors.ts";
import type { Store, WriteTx } from "./driver.ts";
import { validateArticleGraph } from "./validate-article.ts";

export interface IngestResult {
  /** "unchanged": the same id and hash were already loaded, nothing was written. */
  status: "loaded" | "replaced" | "unchanged";
  /** Claims written by this call (0 when unchanged). */
  claims: number;
  /** Actor and Issue nodes the article contributes to (0 when unchanged). */
  nodes: number;
}

export interface RemoveResult {
  /** Claims deleted with the article. */
  claims: number;
  /** Direct relationships deleted because no claim supports them any more. */
  edges: number;
  /** Actor and Issue nodes deleted because nothing mentions them or claims about them any more. */
  nodes: number;
}

/** Loads one article's graph; replaces an earlier version with another hash; skips an identical one. */
export async function ingestArticle(store: Store, graph: ArticleGraph): Promise<IngestResult> {
  validateArticleGraph(graph);
  const articleId = graph.article.id;
  const params = articleParams(graph);
  return inArticle(articleId, () => store.writeTransaction(async (tx) => {
    const [state] = await tx.run("write/article-state", { article: articleId });
    if (state && state.hash === graph.article.hash) return { status: "unchanged", claims: 0, nodes: 0 };

    const keys = new Set(params.claims.map((claim) => claim.edgeKey));
    const nodeIds = new Set(params.nodes.map((node) => node.id));
    if (state) {
      const [retracted] = await tx.run("write/retract-article", { article: articleId });
      for (const key of (retracted?.keys as string[] | undefined) ?? []) keys.add(key);
      for (const id of (retracted?.nodes as string[] | undefined) ?? []) nodeIds.add(id);
    }

    await tx.run("write/create-article", { article: params.article });
    const [conflict] = await tx.run("write/label-conflicts", { nodes: params.nodes });
    if (conflict) {
      throw new ValidationError(
        `article '${articleId}': node '${conflict.id}' is an ${conflict.given} here but an ${conflict.stored} in the store`,
      );
    }
    const [merged] = await tx.run("write/merge-nodes", { article: articleId, nodes: params.nodes });
    const [created] = await tx.run("write/create-claims", { article: articleId, claims: params.claims });
    if (created?.claims !== params.claims.length) {
      throw new StoreError(
        `article '${articleId}': ${Number(created?.claims ?? 0)} of ${params.claims.length} claims found their ` +
          "subject, object and issue nodes; nothing of the article was loaded",
      );
    }
    await rederive(tx, [...keys], [...nodeIds]);
    return {
      status: state ? "replaced" : "loaded",
      claims: params.claims.length,
      nodes: Number(merged?.nodes ?? 0),
    };
  }));
}

/** Retracts an article and everything only it supported; NotFoundError when it is not loaded. */
export async function removeArticle(store: Store, articleId: string): Promise<RemoveResult> {
  return store.writeTransaction(async (tx) => {
    const [retracted] = await tx.run("write/retract-article", { article: articleId });
    if (!retracted) throw new NotFoundError(`no article '${articleId}' is loaded`);
    const { edgesDeleted, nodesDeleted } = await rederive(
      tx,
      retracted.keys as string[],
      retracted.nodes as string[],
    );
    return { claims: Number(retracted.claims), edges: edgesDeleted, nodes: nodesDeleted };
  });
}

/** Names the article in errors the database raised (a claim id already taken by another article, …). */
async function inArticle<T>(articleId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ValidationError && !error.message.startsWith("article '")) {
      const named = new ValidationError(`article '${articleId}': ${error.message}`);
      named.stack = `${named.name}: ${named.message}`;
      throw named;
    }
    throw error;
  }
}

/** Rebuilds the direct relationships of the touched keys and tidies the touched nodes. */
async function rederive(tx: WriteTx, keys: string[], nodeIds: string[]) {
  const [deleted] = await tx.run("write/delete-edges", { keys });
  const [derived] = await tx.run("write/derive-edges", { keys });
  await tx.run("write/refresh-nodes", { ids: nodeIds });
  const [pruned] = await tx.run("write/prune-nodes", { ids: nodeIds });
  return {
    edgesDeleted: Math.max(0, Number(deleted?.deleted ?? 0) - Number(derived?.edges ?? 0)),
    nodesDeleted: Number(pruned?.deleted ?? 0),
  };
}

/** The article as Cypher parameters: flat property maps, "" for "no issue", aliases without the node's own name. */
function articleParams(graph: ArticleGraph) {
  const { article } = graph;
  const counts = new Map(graph.mentions.map((mention) => [mention.entity, mention.count]));
  return {
    article: {
      id: article.id,
      title: article.title,
      source: article.source,
      published: article.published,
      path: article.path,
      text: article.text,
      hash: article.hash,
      sentences: article.sentences.flatMap((sentence) => [sentence.start, sentence.end]),
    },
    nodes: graph.nodes.map((node) => ({
      id: node.id,
      label: node.label,
      name: node.name.trim(),
      kind: node.kind,
      aliases: [...new Set(node.aliases.map((alias) => alias.trim()))].filter(
        (alias) => alias !== "" && alias !== node.name.trim(),
      ),
      count: counts.get(node.id) ?? 0,
    })),
    claims: graph.claims.map((claim) => ({
      id: claim.id,
      subject: claim.subject,
      relation: claim.relation,
      object: claim.object,
      issue: claim.issue ?? "",
      confidence: claim.confidence,
      text: claim.evidence.text,
      start: claim.evidence.start,
      end: claim.evidence.end,
      extractor: claim.extractor,
      rule: claim.rule,
      explicit: claim.explicit,
      edgeKey: edgeKey(claim.subject, claim.relation, claim.object, claim.issue),
    })),
  };
}
