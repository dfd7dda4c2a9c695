// GET /api/export.json (the extraction contract, src/model/payload.ts, read back from the store) and
// GET /api/export.gexf (GEXF 1.3 for Gephi). Both are downloads of the whole graph.
import { Router } from "express";
import { ExtractionPayloadSchema, type ExtractionPayload } from "../../model/payload.ts";
import { runQuery } from "../../store/index.ts";
import type { ApiContext } from "../context.ts";
import { toGexf } from "../gexf.ts";
import { readEdges, readNodes } from "../graph-read.ts";
import { queryParams } from "../query-params.ts";

export function exportRoutes({ store, config }: ApiContext): Router {
  const router = Router();
  const options = { timeoutMs: config.limits.queryTimeoutMs };

  router.get("/export.json", async (req, res) => {
    queryParams("export.json", req.query).only();
    const { rows: articles } = await runQuery(store, "articles", { limit: 100_000 }, options);
    const nodes = await readNodes(store, null, options);
    const { edges } = await readEdges(store, {}, options);
    // Parsed, not just typed: what leaves here is exactly the contract `kg extract` writes, or an error.
    const payload: ExtractionPayload = ExtractionPayloadSchema.parse({
      articles: articles.map((row) => ({
        id: String(row.article),
        title: row.title ?? null,
        source: row.source ?? null,
        published: row.published ?? null,
        path: String(row.path ?? ""),
      })),
      nodes: nodes.map(({ id, label, name, kind, aliases }) => ({ id, label, name, kind, aliases })),
      edges: edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        issue: edge.issue,
        confidence: edge.confidence,
        evidence: edge.claims.map(({ article, text, start, end }) => ({ article, text, start, end })),
      })),
    });
    res.attachment("kg-graph.json").json(payload);
  });

  router.get("/export.gexf", async (req, res) => {
    queryParams("export.gexf", req.query).only();
    const nodes = await readNodes(store, null, options);
    const { edges } = await readEdges(store, {}, options);
    res.attachment("kg-graph.gexf").type("application/gexf+xml; charset=utf-8").send(toGexf({ nodes, edges }));
  });
  return router;
}
