// Checks shared by the routes that take a body: the content type they understand.
import type { Request } from "express";
import { UnsupportedMediaTypeError } from "../errors.ts";

/** JSON bodies only: express.json leaves any other type unparsed, which would read as an empty body. */
export function requireJson(req: Request, route: string): void {
  if (!req.is("application/json")) {
    throw new UnsupportedMediaTypeError(`${route}: send the body as application/json (got ${req.headers["content-type"] ?? "no content type"})`);
  }
}
