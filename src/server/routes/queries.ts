// GET /api/queries (the named queries with their Cypher, offered as examples in the console) and
// GET /api/queries/:name?param=… (run one; parameters checked against its header, lists comma-separated or repeated).
import { Router } from "express";
import type { QueryInfoResponse } from "../../model/api.ts";
import { loadCypher, type ParamSpec } from "../../store/cypher-files.ts";
import { listQueries, runQuery } from "../../store/index.ts";
import type { ApiContext } from "../context.ts";
import { toCypherResponse } from "../cypher-result.ts";
import { queryParams } from "../query-params.ts";

export function queryRoutes({ store, config }: ApiContext): Router {
  const router = Router();

  router.get("/queries", (req, res) => {
    queryParams("queries", req.query).only();
    const body: QueryInfoResponse[] = listQueries().map((query) => ({
      name: query.name,
      description: query.description,
      params: query.params.map((spec) => ({ name: spec.name, type: typeOf(spec), required: spec.required, default: spec.default })),
      columns: query.columns,
      cypher: loadCypher(`queries/${query.name}`).body,
    }));
    res.json(body);
  });

  router.get("/queries/:name", async (req, res) => {
    const { cypherRows, cypherTimeoutMs } = config.limits;
    const options = { timeoutMs: cypherTimeoutMs, maxRows: cypherRows };
    const result = await runQuery(store, req.params.name, req.query as Record<string, unknown>, options);
    res.json(await toCypherResponse(store, result, { timeoutMs: cypherTimeoutMs }));
  });
  return router;
}

/** The declared type as the header writes it: "integer 1..3", "relation[]", "string". */
function typeOf(spec: ParamSpec): string {
  const bounds = spec.min !== undefined || spec.max !== undefined ? ` ${spec.min ?? ""}..${spec.max ?? ""}` : "";
  return `${spec.base}${spec.list ? "[]" : ""}${bounds}`;
}
