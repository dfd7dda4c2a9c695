// How the server is set up: where the built explorer lives, body and result limits, query time limits, the port.
// createApp takes a partial config; everything left out comes from the defaults here.
import { fileURLToPath } from "node:url";
import { ValidationError } from "../model/errors.ts";
import type { LlmConfig } from "../extractors/index.ts";

export const WEB_DIR = fileURLToPath(new URL("../../web/", import.meta.url));
export const WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

export const DEFAULT_PORT = 3000;
export const HOST = "127.0.0.1";

export interface ServerLimits {
  /** POST /api/articles: the uploaded article (413 above it). */
  articleBytes: number;
  /** Every other JSON body, e.g. POST /api/cypher (413 above it). */
  jsonBytes: number;
  /** GET /api/graph: edges when no limit is given, and the cap a larger limit is cut to. */
  graphEdges: number;
  graphEdgesMax: number;
  /** Console Cypher and named queries run from the API: rows by default, the cap, and the time limit. */
  cypherRows: number;
  cypherRowsMax: number;
  cypherTimeoutMs: number;
  /** The API's own queries (graph, nodes, ask, export). */
  queryTimeoutMs: number;
}

export interface ServerConfig {
  /** The built explorer (web/dist), served at /; null serves the API alone. */
  webDist: string | null;
  /** Host names the server answers to (a guard against DNS rebinding); a write's Origin must name one too. */
  allowedHosts: string[];
  limits: ServerLimits;
  /** Uploaded articles: which extractors run (rules | llm | both) and the model, as for `kg ingest`; undefined reads KG_LLM_*. */
  extractor?: string;
  llm?: LlmConfig | null;
  /** Where unexpected errors are logged (their stacks never reach a client). */
  log: (line: string) => void;
}

export type ServerConfigInput = Partial<Omit<ServerConfig, "limits">> & { limits?: Partial<ServerLimits> };

export const DEFAULT_LIMITS: ServerLimits = {
  articleBytes: 2 * 1024 * 1024,
  jsonBytes: 256 * 1024,
  graphEdges: 2_000,
  graphEdgesMax: 20_000,
  cypherRows: 1_000,
  cypherRowsMax: 5_000,
  cypherTimeoutMs: 5_000,
  queryTimeoutMs: 30_000,
};

export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

export function serverConfig(input: ServerConfigInput = {}): ServerConfig {
  return {
    webDist: WEB_DIST,
    allowedHosts: LOOPBACK_HOSTS,
    log: (line) => process.stderr.write(`${line}\n`),
    ...input,
    limits: { ...DEFAULT_LIMITS, ...input.limits },
  };
}

/** The port to listen on: the option, else PORT, else 3000; 0 picks a free one. */
export function resolvePort(env: Record<string, string | undefined>, given?: string | number): number {
  const source = given !== undefined ? "--port" : "PORT";
  const raw = given ?? env.PORT;
  if (raw === undefined || String(raw).trim() === "") return DEFAULT_PORT;
  const text = String(raw).trim();
  const port = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ValidationError(`${source} must be a port number from 0 to 65535 (got '${text}')`);
  }
  return port;
}
