// GET /api/graph: the graph to draw. Filters narrow the edges (strongest first, up to a capped limit); the nodes are
// the ends of the kept edges, or every node when no filter narrows, each with its mentions and articles.
import { Router } from "express";
import type { GraphResponse } from "../../model/api.ts";
import { RELATIONS } from "../../model/vocabulary.ts";
import type { ApiContext } from "../context.ts";
import { readGraphEdges, readNodes, type GraphFilters } from "../graph-read.ts";
import { queryParams } from "../query-params.ts";

export function graphRoutes({ store, config }: ApiContext): Router {
  const router = Router();
  router.get("/graph", async (req, res) => {
    const q = queryParams("graph", req.query).only("types", "issues", "articles", "minConfidence", "minWeight", "limit");
    const filters: GraphFilters = {
      types: q.relations("types"),
      issues: q.list("issues"),
      articles: q.list("articles"),
      minConfidence: q.number("minConfidence", { min: 0, max: 1 }),
      minWeight: q.number("minWeight", { min: 0, max: 1_000_000_000 }),
    };
    const { graphEdges, graphEdgesMax, queryTimeoutMs } = config.limits;
    const limit = q.integer("limit", { min: 1, max: graphEdgesMax, clamp: true }) ?? graphEdges;
    const options = { timeoutMs: queryTimeoutMs };
    const { edges, truncated } = await readGraphEdges(store, filters, limit, options);
    const ends = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
    const nodes = await readNodes(store, narrows(filters) ? ends : null, options);
    const body: GraphResponse = { nodes, edges, truncated };
    res.json(body);
  });
  return router;
}

/** Whether a filter can leave anything out: all three types, confidence 0 and weight 1 keep everything. */
function narrows(filters: GraphFilters): boolean {
  return (
    (filters.types !== null && filters.types.length < RELATIONS.length) ||
    filters.issues !== null ||
    filters.articles !== null ||
    (filters.minConfidence ?? 0) > 0 ||
    (filters.minWeight ?? 0) > 1
  );
}
