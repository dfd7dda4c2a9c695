// The server's own named errors and the one error middleware: every failure answers { error: { name, message } }
// with a status chosen by the error's name. Unknown errors are logged and answered as a bare 500, never a stack.
import type { ErrorRequestHandler } from "express";
import type { ApiError } from "../model/api.ts";
import { InputError, NotFoundError, StoreError, ValidationError } from "../model/errors.ts";
import { ReadOnlyError } from "../store/index.ts";

/** Cypher the guard refuses before it reaches the database: LOAD CSV, a procedure outside the allow-list, admin commands. */
export class ForbiddenQueryError extends Error {
  override name = "ForbiddenQueryError";
}

/** A request from a host or origin other than this machine (DNS rebinding, a cross-site form post). */
export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}

/** A query stopped by its time limit. */
export class QueryTimeoutError extends Error {
  override name = "QueryTimeoutError";
}

export class PayloadTooLargeError extends Error {
  override name = "PayloadTooLargeError";
}

export class UnsupportedMediaTypeError extends Error {
  override name = "UnsupportedMediaTypeError";
}

/** The store reports a stopped transaction as a StoreError with this code prefix. */
const TIMEOUT_CODE = "Neo.ClientError.Transaction.TransactionTimedOut";
/** …and a query that ran the database out of memory with a code ending so (OutOfMemoryError, MemoryPoolOutOfMemoryError). */
const MEMORY_CODE = /OutOfMemoryError$/;

export interface ErrorAnswer {
  status: number;
  body: ApiError;
}

/** The status and body for anything thrown by a route; `internal` is true when it was not one of ours (log it). */
export function answerFor(error: unknown): ErrorAnswer & { internal: boolean } {
  const ours = (status: number, name: string, message: string) => ({ status, body: { error: { name, message: oneLine(message) } }, internal: false });
  if (error instanceof ReadOnlyError) return ours(403, error.name, error.message);
  if (error instanceof ForbiddenQueryError || error instanceof ForbiddenError) return ours(403, error.name, error.message);
  // 400, not 408: 408 says the client was slow to send, and browsers resend a request answered 408 on a reused
  // connection, which would run the expensive query a second time.
  if (error instanceof QueryTimeoutError) return ours(400, error.name, error.message);
  if (error instanceof StoreError && error.code?.startsWith(TIMEOUT_CODE)) return ours(400, "QueryTimeoutError", error.message);
  if (error instanceof StoreError && MEMORY_CODE.test(error.code ?? "")) {
    return ours(400, "QueryMemoryError", "the query needs more memory than the database allows: narrow it, or collect and return less");
  }
  if (error instanceof PayloadTooLargeError) return ours(413, error.name, error.message);
  if (error instanceof UnsupportedMediaTypeError) return ours(415, error.name, error.message);
  if (error instanceof ValidationError || error instanceof InputError) return ours(400, error.name, error.message);
  if (error instanceof NotFoundError) return ours(404, error.name, error.message);
  if (error instanceof StoreError) return ours(503, error.name, error.message);
  const parser = bodyParserError(error);
  if (parser) return { ...parser, internal: false };
  return { status: 500, body: { error: { name: "InternalError", message: "internal error (see the server log)" } }, internal: true };
}

/** The one error middleware (express knows it by its four parameters). */
export function errorMiddleware(log: (line: string) => void): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const answer = answerFor(error);
    if (answer.internal) log(`kg serve: ${req.method} ${req.originalUrl}: ${(error as Error)?.stack ?? String(error)}`);
    res.status(answer.status).json(answer.body);
  };
}

/** body-parser's errors carry a `type` and a 4xx `status`: too large, malformed JSON, an unknown charset. */
function bodyParserError(error: unknown): ErrorAnswer | null {
  const { type, status, message, limit } = (error ?? {}) as { type?: unknown; status?: unknown; message?: unknown; limit?: unknown };
  if (typeof type !== "string" || typeof status !== "number" || status < 400 || status >= 500) return null;
  const text = typeof message === "string" ? message : "bad request body";
  switch (type) {
    case "entity.too.large":
      return answer(413, "PayloadTooLargeError", `request body too large (limit ${typeof limit === "number" ? formatBytes(limit) : "exceeded"})`);
    case "entity.parse.failed":
      return answer(400, "ValidationError", `malformed JSON: ${text}`);
    case "encoding.unsupported":
    case "charset.unsupported":
      return answer(415, "UnsupportedMediaTypeError", text);
    default:
      return answer(status, "ValidationError", text);
  }
}

function answer(status: number, name: string, message: string): ErrorAnswer {
  return { status, body: { error: { name, message: oneLine(message) } } };
}

function oneLine(text: string): string {
  const line = (text.split("\n").find((l) => l.trim() !== "") ?? text).trim();
  return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
}
