// Tests for src/server/errors.ts: each named error maps to its status and keeps its name; the database's timeout and
// out-of-memory codes get names of their own; body-parser failures become ours; anything else is a bare 500.
import { describe, expect, it } from "vitest";
import { InputError, NotFoundError, StoreError, ValidationError } from "../../src/model/errors.ts";
import { answerFor, ForbiddenError, ForbiddenQueryError, PayloadTooLargeError, UnsupportedMediaTypeError } from "../../src/server/errors.ts";
import { ReadOnlyError } from "../../src/store/index.ts";

describe("answerFor", () => {
  it.each([
    [new ValidationError("bad"), 400, "ValidationError"],
    [new InputError("empty file"), 400, "InputError"],
    [new ReadOnlyError("read-only"), 403, "ReadOnlyError"],
    [new ForbiddenQueryError("no"), 403, "ForbiddenQueryError"],
    [new ForbiddenError("no"), 403, "ForbiddenError"],
    [new NotFoundError("none"), 404, "NotFoundError"],
    [new StoreError("ran past its time limit", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"), 400, "QueryTimeoutError"],
    [new StoreError("Java heap space", "Neo.TransientError.General.OutOfMemoryError"), 400, "QueryMemoryError"],
    [new StoreError("pool", "Neo.TransientError.General.MemoryPoolOutOfMemoryError"), 400, "QueryMemoryError"],
    [new PayloadTooLargeError("big"), 413, "PayloadTooLargeError"],
    [new UnsupportedMediaTypeError("pdf"), 415, "UnsupportedMediaTypeError"],
    [new StoreError("Cannot reach Neo4j", "ServiceUnavailable"), 503, "StoreError"],
  ])("maps %o to %i %s", (error, status, name) => {
    const answer = answerFor(error);
    expect(answer).toMatchObject({ status, internal: false, body: { error: { name } } });
  });

  it("maps body-parser's failures: too large, malformed JSON, an unknown charset", () => {
    expect(answerFor({ type: "entity.too.large", status: 413, message: "request entity too large", limit: 2 * 1024 * 1024 })).toMatchObject({
      status: 413,
      body: { error: { name: "PayloadTooLargeError", message: "request body too large (limit 2 MiB)" } },
    });
    expect(answerFor(Object.assign(new SyntaxError("Unexpected end of JSON input"), { type: "entity.parse.failed", status: 400 }))).toMatchObject({
      status: 400,
      body: { error: { name: "ValidationError", message: "malformed JSON: Unexpected end of JSON input" } },
    });
    expect(answerFor({ type: "charset.unsupported", status: 415, message: 'unsupported charset "KOI9"' }).status).toBe(415);
  });

  it("answers anything else with a bare 500 that hides the details, and marks it for the log", () => {
    const answer = answerFor(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(answer).toEqual({ status: 500, internal: true, body: { error: { name: "InternalError", message: "internal error (see the server log)" } } });
  });

  it("keeps messages to one line", () => {
    expect(answerFor(new ValidationError("first line\n  at somewhere.ts:1:1")).body.error.message).toBe("first line");
  });
});
