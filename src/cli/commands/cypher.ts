// `kg cypher "<query>"`: read-only Cypher for analysts; the database's read access mode refuses writes.
import type { Output } from "../output.ts";
import { withStore } from "../store-session.ts";
import { formatTable } from "../table.ts";

export async function cypherCommand(query: string, options: { json?: boolean; limit: string }, out: Output): Promise<number> {
  const maxRows = Number(options.limit);
  return withStore(out, async (store) => {
    const result = await store.read(query, {}, { maxRows: Number.isFinite(maxRows) && maxRows > 0 ? maxRows : 1000 });
    out.data(options.json ? JSON.stringify(result.rows, null, 2) : formatTable(result.columns, result.rows));
    if (result.truncated) out.info(`(cut to ${result.rows.length} rows; --limit to change)`);
    return 0;
  });
}
