// `kg ingest <files or folders>...`: extract and load into Neo4j, one transaction per article, with progress.
import path from "node:path";
import { loadKnowledge } from "../../pipeline/knowledge/load-files.ts";
import { ingestArticle, runQuery, type Store } from "../../store/index.ts";
import type { Output } from "../output.ts";
import { reportRun } from "../report-run.ts";
import { runPipeline } from "../run-pipeline.ts";
import { withStore } from "../store-session.ts";
import { formatTable } from "../table.ts";

export async function ingestCommand(paths: string[], options: { verbose?: boolean }, out: Output): Promise<number> {
  const knowledge = await loadKnowledge();
  // Extract everything first: a file that cannot be read never leaves a database connection half-used.
  const run = await runPipeline(paths, { knowledge, onArticle: (event) => out.progress(event) });
  return withStore(out, async (store) => {
    let failed = reportRun(run, out, options.verbose);
    for (const [index, graph] of run.graphs.entries()) {
      const label = `[${index + 1}/${run.graphs.length}] ${path.basename(graph.article.path)}`;
      try {
        const result = await ingestArticle(store, graph);
        out.info(result.status === "unchanged" ? `${label} unchanged` : `${label} ${result.status}: ${result.claims} claims, ${result.nodes} nodes`);
      } catch (error) {
        out.error(`${graph.article.path}: not loaded: ${(error as Error).message}`);
        failed = 1;
      }
    }
    out.data(await graphCounts(store));
    return failed;
  });
}

/** The store's totals, as a small table. */
export async function graphCounts(store: Store): Promise<string> {
  const counts = await runQuery(store, "graph-counts");
  return formatTable(counts.columns, counts.rows);
}
