// Neo4j failures become our named errors here, with one-line messages that say what to do.
// Works on the error's code and message only, so it needs no import of neo4j-driver.
import { InputError, NotFoundError, StoreError, ValidationError } from "../model/errors.ts";

/** A read-only query (a named query or `kg cypher`) tried to change the database; the database refused. */
export class ReadOnlyError extends ValidationError {
  override name = "ReadOnlyError";
  readonly code = "Neo.ClientError.Statement.AccessMode";
}

export interface ErrorContext {
  uri: string;
  database?: string;
  /** The named file, for messages ("" or absent for inline Cypher). */
  query?: string;
  timeoutMs?: number;
}

const OURS = [InputError, NotFoundError, ValidationError, StoreError];

/** The host:port a bolt/neo4j URI points at. */
export function addressOf(uri: string): string {
  try {
    const url = new URL(uri);
    return `${url.hostname}:${url.port || "7687"}`;
  } catch {
    return uri;
  }
}

/** Maps anything thrown by the driver to InputError/NotFoundError/ValidationError/ReadOnlyError/StoreError. */
export function toStoreError(error: unknown, context: ErrorContext): Error {
  if (OURS.some((kind) => error instanceof kind)) return error as Error;
  const code = typeof (error as { code?: unknown })?.code === "string" ? (error as { code: string }).code : "";
  const message = firstLine(error instanceof Error ? error.message : String(error));
  const what = context.query ? `${context.query}: ` : "";

  if (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|Failed to connect/i.test(message)
  ) {
    return bare(
      new StoreError(
        `Cannot reach Neo4j at ${addressOf(context.uri)} (NEO4J_URI=${context.uri}). ` +
          "Start it, point NEO4J_URI at a running server, or unset NEO4J_URI to use the local one.",
        code || "ServiceUnavailable",
      ),
    );
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return bare(
      new StoreError(
        `Neo4j at ${addressOf(context.uri)} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD): ${message}`,
        code,
      ),
    );
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return bare(
      new StoreError(
        `Neo4j at ${addressOf(context.uri)} has no database '${context.database ?? "(default)"}' (check NEO4J_DATABASE)`,
        code,
      ),
    );
  }
  if (code === "Neo.ClientError.Statement.AccessMode") {
    return bare(
      new ReadOnlyError(
        `${what}read-only: the query tries to change the database (CREATE, MERGE, SET, DELETE, REMOVE …) and was refused`,
      ),
    );
  }
  if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
    const limit = context.timeoutMs ? ` of ${context.timeoutMs} ms` : "";
    return bare(new StoreError(`${what}the query ran past its time limit${limit} and was stopped`, code));
  }
  if (
    code.startsWith("Neo.ClientError.Statement.") ||
    code.startsWith("Neo.ClientError.Procedure.") ||
    code === "Neo.ClientError.Schema.ConstraintValidationFailed"
  ) {
    return bare(new ValidationError(`${what}${message}`));
  }
  return bare(new StoreError(`${what}${message}`, code || undefined));
}

function firstLine(text: string): string {
  return (text.split("\n").find((line) => line.trim() !== "") ?? text).trim();
}

/** Boundary errors carry their message only: the driver's stack would not help the reader. */
function bare<E extends Error>(error: E): E {
  error.stack = `${error.name}: ${error.message}`;
  return error;
}
