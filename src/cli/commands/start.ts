// `kg start` (npm start): load the bundled articles into the local default store and answer the canonical question.
import path from "node:path";
import { DATA_DIR } from "../../pipeline/knowledge/load-files.ts";
import type { Output } from "../output.ts";
import { askCommand } from "./ask.ts";
import { ingestCommand } from "./ingest.ts";

export async function startCommand(out: Output): Promise<number> {
  const loaded = await ingestCommand([path.join(DATA_DIR, "articles")], {}, out);
  out.data("");
  const answered = await askCommand("constrains", { target: "Trump", issue: "sanctions" }, out);
  return loaded || answered;
}
