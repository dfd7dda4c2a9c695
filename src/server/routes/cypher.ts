// POST /api/cypher { query, params?, limit? }: read-only Cypher from the console. The guard refuses what READ mode
// would still run (LOAD CSV, procedures, admin commands); the store runs the rest READ-only, time- and row-limited.
import express, { Router } from "express";
import { z } from "zod";
import { ValidationError } from "../../model/errors.ts";
import type { ApiContext } from "../context.ts";
import { checkReadOnlyCypher } from "../cypher-guard.ts";
import { toCypherResponse } from "../cypher-result.ts";
import { requireJson } from "./bodies.ts";

const CypherBody = z.object({
  query: z.string(),
  params: z.record(z.string(), z.unknown()).optional(),
  limit: z.number().int().min(1).optional(),
});

export function cypherRoutes({ store, config }: ApiContext): Router {
  const router = Router();
  const { jsonBytes, cypherRows, cypherRowsMax, cypherTimeoutMs } = config.limits;

  router.post("/cypher", express.json({ limit: jsonBytes }), async (req, res) => {
    requireJson(req, "cypher");
    const parsed = CypherBody.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(`cypher: the body must be { query, params?, limit? }: ${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
    }
    const { query, params = {}, limit } = parsed.data;
    checkReadOnlyCypher(query);
    const maxRows = Math.min(limit ?? cypherRows, cypherRowsMax);
    const result = await store.read(query, params, { timeoutMs: cypherTimeoutMs, maxRows });
    res.json(await toCypherResponse(store, result, { timeoutMs: cypherTimeoutMs }));
  });
  return router;
}
