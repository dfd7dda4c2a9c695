// `kg query <name> --param key=value ... [--json]` and `kg query --list`: the named analyst queries.
import { ValidationError } from "../../model/index.ts";
import { listQueries, runQuery } from "../../store/index.ts";
import type { Output } from "../output.ts";
import { withStore } from "../store-session.ts";
import { formatTable } from "../table.ts";

export async function queryCommand(name: string | undefined, options: { param: string[]; json?: boolean; list?: boolean }, out: Output): Promise<number> {
  if (options.list || !name) {
    for (const query of listQueries()) {
      const params = query.params.map((p) => (p.required ? p.name : `[${p.name}]`)).join(" ");
      out.data(`${query.name}${params ? ` ${params}` : ""}\n    ${query.description}`);
    }
    return 0;
  }
  const params = parseParams(options.param);
  return withStore(out, async (store) => {
    const result = await runQuery(store, name, params);
    out.data(options.json ? JSON.stringify(result.rows, null, 2) : formatTable(result.columns, result.rows));
    if (result.truncated) out.info(`(cut to ${result.rows.length} rows)`);
    return 0;
  });
}

/** "key=value" pairs; a value may itself contain "=". Lists are comma-separated ("types=SUPPORTS,OPPOSES"). */
export function parseParams(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new ValidationError(`--param takes key=value (got "${pair}")`);
    params[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return params;
}
