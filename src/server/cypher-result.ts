// A query result as the Cypher console shows it: the rows as a table, and whatever in them can be drawn as a graph.
import type { CypherResponse } from "../model/api.ts";
import type { QueryResult, ReadOptions, Store } from "../store/index.ts";
import { graphOfRows } from "./graph-rows.ts";

export async function toCypherResponse(store: Store, result: QueryResult, options: ReadOptions = {}): Promise<CypherResponse> {
  return {
    columns: result.columns,
    rows: result.rows,
    truncated: result.truncated,
    graph: await graphOfRows(store, result.rows, options),
  };
}
