// GET /api/articles, GET /api/articles/:id (the cleaned text and sentence offsets) and POST /api/articles: one uploaded
// article (text/plain, text/html, text/markdown, or JSON { id?, text, format? }) through the same pipeline as `kg ingest`.
import express, { Router, type Request } from "express";
import { z } from "zod";
import type { ArticleResponse, ArticleSummary, IngestResponse } from "../../model/api.ts";
import { NotFoundError, ValidationError } from "../../model/errors.ts";
import { runQuery, type ReadOptions, type Store } from "../../store/index.ts";
import type { ApiContext } from "../context.ts";
import { UnsupportedMediaTypeError } from "../errors.ts";
import { readApi } from "../graph-read.ts";
import { ingestUpload, type Upload } from "../ingest-upload.ts";
import { queryParams } from "../query-params.ts";

const RAW_TYPES: Record<string, Upload["format"]> = {
  "text/plain": "text",
  "text/html": "html",
  "text/markdown": "markdown",
};

const JsonUpload = z.object({
  id: z.string().optional(),
  text: z.string(),
  format: z.enum(["text", "markdown", "html"]).optional(),
});

export function articleRoutes(context: ApiContext): Router {
  const { store, config } = context;
  const router = Router();
  const options = { timeoutMs: config.limits.queryTimeoutMs };
  const limit = config.limits.articleBytes;

  router.get("/articles", async (req, res) => {
    queryParams("articles", req.query).only();
    res.json(await readArticleSummaries(store, options));
  });

  router.get("/articles/:id", async (req, res) => {
    queryParams("articles", req.query).only();
    const [row] = await readApi(store, "article", { id: req.params.id }, options);
    if (!row) throw new NotFoundError(`no article with id '${req.params.id}'`);
    const flat = ((row.sentences as number[] | null) ?? []).map(Number);
    const sentences: ArticleResponse["sentences"] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) sentences.push({ start: flat[i]!, end: flat[i + 1]! });
    const body: ArticleResponse = { ...summaryOf(row), text: String(row.text ?? ""), sentences };
    res.json(body);
  });

  router.post(
    "/articles",
    express.raw({ type: Object.keys(RAW_TYPES), limit }),
    express.json({ limit }),
    async (req, res) => {
      const upload = readUpload(req);
      const result: IngestResponse = await ingestUpload(context, upload);
      res.status(result.status === "unchanged" ? 200 : 201).json(result);
    },
  );
  return router;
}

/** The uploaded article from the body: raw bytes take id and format from the query string, JSON from its fields. */
function readUpload(req: Request): Upload {
  if (Buffer.isBuffer(req.body)) {
    const q = queryParams("articles", req.query).only("id", "format");
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    const format = q.text("format") ?? RAW_TYPES[type] ?? "text";
    if (!["text", "markdown", "html"].includes(format)) throw new ValidationError(`articles: 'format' takes text, markdown or html (got '${format}')`);
    return { id: q.text("id"), bytes: new Uint8Array(req.body), format: format as Upload["format"] };
  }
  if (req.is("application/json")) {
    queryParams("articles", req.query).only();
    const parsed = JsonUpload.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ValidationError(`articles: the body must be { id?, text, format? }: ${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
    }
    return { id: parsed.data.id ?? null, bytes: new TextEncoder().encode(parsed.data.text), format: parsed.data.format ?? "text" };
  }
  throw new UnsupportedMediaTypeError(
    `articles: send the article as text/plain, text/html, text/markdown or application/json (got ${req.headers["content-type"] ?? "no content type"})`,
  );
}

/** Every loaded article with its claim count, by id. */
export async function readArticleSummaries(store: Store, options: ReadOptions = {}): Promise<ArticleSummary[]> {
  const { rows } = await runQuery(store, "articles", { limit: 100_000 }, options);
  return rows.map((row) => summaryOf({ ...row, id: row.article }));
}

function summaryOf(row: Record<string, unknown>): ArticleSummary {
  return {
    id: String(row.id),
    title: (row.title as string | null) ?? null,
    source: (row.source as string | null) ?? null,
    published: (row.published as string | null) ?? null,
    claims: Number(row.claims ?? 0),
  };
}
