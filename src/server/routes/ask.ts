// GET /api/ask/constrains|positions|path: questions in the analyst's terms. Loose names are resolved through find-node
// as `kg ask` does (src/ask/questions.ts); each answer carries the Cypher and parameters that ran.
import { Router, type Request, type Response } from "express";
import { askConstrains, askPath, askPositions, type Answer } from "../../ask/questions.ts";
import type { ApiContext } from "../context.ts";
import { toAskResponse } from "../ask-answer.ts";
import { queryParams } from "../query-params.ts";

export function askRoutes({ store, config }: ApiContext): Router {
  const router = Router();
  const options = { timeoutMs: config.limits.queryTimeoutMs };
  const answer = (ask: (req: Request) => Promise<Answer>) => async (req: Request, res: Response) => {
    res.json(await toAskResponse(store, await ask(req), options));
  };

  router.get(
    "/ask/constrains",
    answer((req) => {
      const q = queryParams("ask/constrains", req.query).only("target", "issue", "hops");
      return askConstrains(store, { target: q.required("target"), issue: q.text("issue"), hops: q.integer("hops", { min: 1, max: 3 }) }, options);
    }),
  );

  router.get(
    "/ask/positions",
    answer((req) => {
      const q = queryParams("ask/positions", req.query).only("issue", "relations");
      return askPositions(store, { issue: q.required("issue"), relations: q.relations("relations") }, options);
    }),
  );

  router.get(
    "/ask/path",
    answer((req) => {
      const q = queryParams("ask/path", req.query).only("from", "to", "types", "issue", "hops");
      return askPath(
        store,
        { from: q.required("from"), to: q.required("to"), types: q.relations("types"), issue: q.text("issue"), hops: q.integer("hops", { min: 1, max: 6 }) },
        options,
      );
    }),
  );
  return router;
}
