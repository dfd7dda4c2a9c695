// GET /api/meta: what the explorer's filters offer: counts, the closed vocabularies, the issues and the articles.
import { Router } from "express";
import type { MetaResponse } from "../../model/api.ts";
import { NODE_KINDS, RELATIONS } from "../../model/vocabulary.ts";
import { runQuery } from "../../store/index.ts";
import type { ApiContext } from "../context.ts";
import { readApi } from "../graph-read.ts";
import { queryParams } from "../query-params.ts";
import { readArticleSummaries } from "./articles.ts";

export function metaRoutes({ store, config }: ApiContext): Router {
  const router = Router();
  router.get("/meta", async (req, res) => {
    queryParams("meta", req.query).only();
    const options = { timeoutMs: config.limits.queryTimeoutMs };
    const counts = (await runQuery(store, "graph-counts", {}, options)).rows[0] ?? {};
    const issues = await readApi(store, "issues", {}, options);
    const body: MetaResponse = {
      counts: {
        articles: Number(counts.articles ?? 0),
        actors: Number(counts.actors ?? 0),
        issues: Number(counts.issues ?? 0),
        claims: Number(counts.claims ?? 0),
        edges: Number(counts.supports ?? 0) + Number(counts.opposes ?? 0) + Number(counts.constrains ?? 0),
      },
      relations: [...RELATIONS],
      kinds: [...NODE_KINDS],
      issues: issues.map((row) => ({ id: String(row.id), name: String(row.name ?? row.id) })),
      articles: await readArticleSummaries(store, options),
    };
    res.json(body);
  });
  return router;
}
