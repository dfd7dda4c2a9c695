// GET /api/search?q=&limit=&label=: loose names to nodes through the find-node query, best first
// (exact name, alias or id matches first), so "Mr. Putin" finds Vladimir Putin.
import { Router } from "express";
import type { SearchHit } from "../../model/api.ts";
import { ValidationError } from "../../model/errors.ts";
import { NODE_LABELS, type NodeKind, type NodeLabel } from "../../model/vocabulary.ts";
import { runQuery } from "../../store/index.ts";
import type { ApiContext } from "../context.ts";
import { queryParams } from "../query-params.ts";

const MAX_QUERY_LENGTH = 200;

export function searchRoutes({ store, config }: ApiContext): Router {
  const router = Router();
  router.get("/search", async (req, res) => {
    const q = queryParams("search", req.query).only("q", "limit", "label");
    const text = q.text("q");
    if (text === null) throw new ValidationError("search: give 'q', the name to look for");
    if (text.length > MAX_QUERY_LENGTH) throw new ValidationError(`search: 'q' is longer than ${MAX_QUERY_LENGTH} characters`);
    const limit = q.integer("limit", { min: 1, max: 100, clamp: true }) ?? 10;
    const label = labelOf(q.text("label"));
    const { rows } = await runQuery(store, "find-node", { q: text, label, limit }, { timeoutMs: config.limits.queryTimeoutMs });
    const hits: SearchHit[] = rows.map((row) => ({
      id: String(row.id),
      label: row.label as NodeLabel,
      name: String(row.name ?? row.id),
      kind: row.kind as NodeKind,
      aliases: ((row.aliases as string[] | null) ?? []).map(String),
      exact: row.exact === true,
    }));
    res.json(hits);
  });
  return router;
}

function labelOf(text: string | null): NodeLabel | null {
  if (text === null) return null;
  const label = NODE_LABELS.find((known) => known.toLowerCase() === text.toLowerCase());
  if (!label) throw new ValidationError(`search: 'label' takes ${NODE_LABELS.join(" or ")} (got '${text}')`);
  return label;
}
