// `kg remove <article>...`: retract articles and everything only they supported.
import path from "node:path";
import { removeArticle } from "../../store/index.ts";
import type { Output } from "../output.ts";
import { withStore } from "../store-session.ts";
import { graphCounts } from "./ingest.ts";

export async function removeCommand(articles: string[], out: Output): Promise<number> {
  return withStore(out, async (store) => {
    let failed = 0;
    for (const given of articles) {
      // Accept an id or a path to the article file.
      const id = path.basename(given).replace(/\.(txt|md|markdown|html?)$/i, "");
      try {
        const result = await removeArticle(store, id);
        out.info(`${id} removed: ${result.claims} claims, ${result.edges} relationships and ${result.nodes} nodes went with it`);
      } catch (error) {
        out.error(`${given}: ${(error as Error).message}`);
        failed = 1;
      }
    }
    out.data(await graphCounts(store));
    return failed;
  });
}
