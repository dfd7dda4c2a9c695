// Ingests one uploaded article the way `kg ingest` ingests a file: decode → clean → analyse → extractors → article
// graph → one write transaction. The id names the article (and replaces an earlier upload with the same id).
import { createHash } from "node:crypto";
import { extractArticleGraph, planExtractors, readLlmConfig } from "../extractors/index.ts";
import type { IngestResponse } from "../model/api.ts";
import { ValidationError } from "../model/errors.ts";
import { formatMessage } from "../pipeline/format-message.ts";
import type { Knowledge } from "../pipeline/knowledge/compile.ts";
import { loadKnowledge } from "../pipeline/knowledge/load-files.ts";
import { ingestArticle } from "../store/index.ts";
import type { ApiContext } from "./context.ts";

export interface Upload {
  /** null: derived from the content, so the same upload twice is the same article. */
  id: string | null;
  bytes: Uint8Array;
  format: "text" | "markdown" | "html";
}

/** Article ids become file-like names in evidence and URLs: keep them plain. */
const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const EXTENSIONS = { text: "txt", markdown: "md", html: "html" } as const;

// Read once, on the first upload: the dictionaries are only needed to ingest.
let knowledge: Promise<Knowledge> | null = null;

export async function ingestUpload({ store, config }: ApiContext, upload: Upload): Promise<IngestResponse> {
  const id = upload.id ?? `upload-${createHash("sha256").update(upload.bytes).digest("hex").slice(0, 12)}`;
  if (!ARTICLE_ID.test(id)) {
    throw new ValidationError(`articles: 'id' must be letters, digits, '.', '_' or '-' (at most 128, starting with a letter or digit; got '${id}')`);
  }
  // A bad KG_LLM_* setting or extractor choice fails before any work, as in runPipeline.
  const plan = planExtractors(config.extractor, config.llm === undefined ? readLlmConfig() : config.llm);
  const known = await loadKnowledgeOnce();
  const input = { id, path: `uploads/${id}.${EXTENSIONS[upload.format]}`, bytes: upload.bytes, hint: upload.format };
  const { doc, graph, warning } = await extractArticleGraph(input, known, plan, config.limits.articleBytes);
  const result = await ingestArticle(store, graph);
  const messages = warning ? [...doc.messages, warning] : doc.messages;
  return { article: id, status: result.status, claims: result.claims, nodes: result.nodes, warnings: messages.map((m) => formatMessage(doc, m)) };
}

function loadKnowledgeOnce(): Promise<Knowledge> {
  knowledge ??= loadKnowledge().catch((error: unknown) => {
    knowledge = null;
    throw error;
  });
  return knowledge;
}
