// `kg start` (npm start): load the bundled articles into the local default store (unchanged ones are skipped), build
// the explorer when web/ changed, answer the canonical question, then serve the explorer until Ctrl-C.
import path from "node:path";
import { DATA_DIR } from "../../pipeline/knowledge/load-files.ts";
import { WEB_DIR } from "../../server/config.ts";
import { buildWebIfStale } from "../../server/web-build.ts";
import type { Output } from "../output.ts";
import { askCommand } from "./ask.ts";
import { ingestCommand } from "./ingest.ts";
import { serveCommand, type ServeOptions } from "./serve.ts";

export async function startCommand(out: Output, options: ServeOptions = {}): Promise<number> {
  const loaded = await ingestCommand([path.join(DATA_DIR, "articles")], {}, out);
  // A failed build is reported and the API is served alone: the answer below does not need the explorer.
  await buildWebIfStale(WEB_DIR, out.info);
  out.data("");
  const answered = await askCommand("constrains", { target: "Trump", issue: "sanctions" }, out);
  out.data("");
  const served = await serveCommand(options, out);
  return loaded || answered || served;
}
