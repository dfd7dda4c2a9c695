// The store's public face for the CLI and the server: connect, load and retract articles, run named queries, dump.
// The local Neo4j launcher is imported from ./local-neo4j.ts directly.
export { describeConnection, LOCAL_URI, resolveConnection, type Connection, type ResolvedConnection } from "./config.ts";
export {
  openStore,
  type OpenOptions,
  type Params,
  type PlainNode,
  type PlainPath,
  type PlainRelationship,
  type QueryResult,
  type ReadOptions,
  type Row,
  type Store,
  type WriteOptions,
  type WriteTx,
} from "./driver.ts";
export { ReadOnlyError } from "./errors.ts";
export { ingestArticle, removeArticle, type IngestResult, type RemoveResult } from "./load.ts";
export {
  DEFAULT_MAX_ROWS,
  describeQuery,
  listQueries,
  runQuery,
  validateQueryParams,
  type NamedQueryResult,
  type QueryInfo,
} from "./queries.ts";
export { dumpGraph, type GraphDump } from "./dump.ts";
export { validateArticleGraph } from "./validate-article.ts";
