// `kg extract <files or folders>... [--out FILE]`: the pipeline alone, no database, one JSON document out.
import { rename, writeFile } from "node:fs/promises";
import { mergePayload } from "../../graph/build.ts";
import { loadKnowledge } from "../../pipeline/knowledge/load-files.ts";
import type { Output } from "../output.ts";
import { reportRun } from "../report-run.ts";
import { runPipeline } from "../run-pipeline.ts";

export async function extractCommand(paths: string[], options: { out?: string; verbose?: boolean }, out: Output): Promise<number> {
  const knowledge = await loadKnowledge();
  const run = await runPipeline(paths, { knowledge, onArticle: (event) => out.progress(event) });
  const payload = mergePayload(run.graphs);
  const json = JSON.stringify(payload, null, 2) + "\n";
  if (options.out) {
    // Write beside the target and rename, so a reader never sees half a file.
    const partial = `${options.out}.partial`;
    await writeFile(partial, json);
    await rename(partial, options.out);
    out.info(`Wrote ${payload.nodes.length} nodes and ${payload.edges.length} edges from ${payload.articles.length} articles to ${options.out}`);
  } else {
    out.data(json);
  }
  return reportRun(run, out, options.verbose);
}
