// Runs the pipeline over files for the CLI: one line per failure naming the file and why, the rest goes on.
// Shared by `kg extract`, `kg ingest` and `kg eval`.
import type { ArticleDoc, ArticleGraph } from "../model/index.ts";
import { extractArticleGraph, planExtractors, readLlmConfig, type LlmConfig } from "../extractors/index.ts";
import { formatMessage } from "../pipeline/format-message.ts";
import type { Knowledge } from "../pipeline/knowledge/compile.ts";
import { collectArticleFiles, readArticle } from "./read-files.ts";

export interface PipelineRun {
  graphs: ArticleGraph[];
  docs: ArticleDoc[];
  failures: { path: string; reason: string }[];
}

export interface RunOptions {
  knowledge: Knowledge;
  /** Called once per file, for progress lines. */
  onArticle?: (event: { index: number; total: number; path: string; doc?: ArticleDoc; error?: string }) => void;
  maxBytes?: number;
  /** rules | llm | both; default: both when KG_LLM_URL and KG_LLM_MODEL are set, rules otherwise (src/extractors/choice.ts). */
  extractor?: string;
  /** The model endpoint; default: read from KG_LLM_* in the environment. null turns the model off. */
  llm?: LlmConfig | null;
  /** One line per article whose model endpoint failed (the article keeps its rule-based claims); default: stderr. */
  onWarning?: (line: string) => void;
}

export async function runPipeline(paths: string[], options: RunOptions): Promise<PipelineRun> {
  // Before any file is read: a bad KG_LLM_* setting or extractor choice is one error, not one per file.
  const plan = planExtractors(options.extractor, options.llm === undefined ? readLlmConfig() : options.llm);
  const warn = options.onWarning ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { files, errors } = await collectArticleFiles(paths);
  const run: PipelineRun = { graphs: [], docs: [], failures: [...errors] };
  const seen = new Map<string, string>();
  for (const [index, file] of files.entries()) {
    try {
      const input = await readArticle(file, options.maxBytes);
      const earlier = seen.get(input.id);
      if (earlier) throw new Error(`article id "${input.id}" is already taken by ${earlier}`);
      seen.set(input.id, file);
      const { doc, graph, warning } = await extractArticleGraph(input, options.knowledge, plan, options.maxBytes);
      if (warning) warn(formatMessage(doc, warning));
      run.docs.push(doc);
      run.graphs.push(graph);
      options.onArticle?.({ index, total: files.length, path: file, doc });
    } catch (error) {
      const reason = (error as Error).message;
      run.failures.push({ path: file, reason });
      options.onArticle?.({ index, total: files.length, path: file, error: reason });
    }
  }
  return run;
}
