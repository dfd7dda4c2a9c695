// Named errors at our boundaries: tests match error.name, the CLI and server map them to messages and statuses.

/** Input we cannot process (empty, binary, too large, missing). The message names the reason in one line. */
export class InputError extends Error {
  override name = "InputError";
}

/** A node, article, edge or query that does not exist. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** Parameters or a payload that fail validation. */
export class ValidationError extends Error {
  override name = "ValidationError";
}

/** The database refused or could not be reached. */
export class StoreError extends Error {
  override name = "StoreError";
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}
