// Keeps the API to this machine. The server listens on 127.0.0.1, but a web page elsewhere can still reach it through
// the browser: by DNS rebinding (a foreign Host header) or a cross-site form post (a foreign Origin). Both get 403.
import type { RequestHandler } from "express";
import { ForbiddenError } from "./errors.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function localOnly(allowedHosts: string[]): RequestHandler {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  return (req, _res, next) => {
    const host = req.headers.host;
    if (host !== undefined && !allowed.has(hostname(`http://${host}`) ?? "")) {
      return next(new ForbiddenError(`this server answers only to ${allowedHosts.join(", ")} (Host: ${host})`));
    }
    // No Origin: not a browser's cross-site request (curl, the CLI, same-origin GETs). "null" (a sandboxed or file page) fails.
    const origin = req.headers.origin;
    if (!SAFE_METHODS.has(req.method) && origin !== undefined && !allowed.has(hostname(origin) ?? "")) {
      return next(new ForbiddenError(`requests that change the graph must come from this machine (Origin: ${origin})`));
    }
    next();
  };
}

function hostname(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
