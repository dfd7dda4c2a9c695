// The HTTP server as a factory: createApp({ store, config }) returns an express app that does not listen (serve.ts
// does). The API lives under /api, the built explorer at /; one error middleware answers every failure.
import express, { type Express, type RequestHandler } from "express";
import { NotFoundError } from "../model/errors.ts";
import type { Store } from "../store/index.ts";
import { serverConfig, type ServerConfigInput } from "./config.ts";
import type { ApiContext } from "./context.ts";
import { errorMiddleware } from "./errors.ts";
import { localOnly } from "./local-only.ts";
import { articleRoutes } from "./routes/articles.ts";
import { askRoutes } from "./routes/ask.ts";
import { cypherRoutes } from "./routes/cypher.ts";
import { exportRoutes } from "./routes/export.ts";
import { graphRoutes } from "./routes/graph.ts";
import { metaRoutes } from "./routes/meta.ts";
import { nodeRoutes } from "./routes/nodes.ts";
import { queryRoutes } from "./routes/queries.ts";
import { searchRoutes } from "./routes/search.ts";
import { webApp } from "./web-app.ts";

export interface AppOptions {
  store: Store;
  config?: ServerConfigInput;
}

/** One line per route module: a new area of the API is one file here and one entry in this list. */
const ROUTES = [metaRoutes, graphRoutes, nodeRoutes, searchRoutes, askRoutes, queryRoutes, cypherRoutes, articleRoutes, exportRoutes];

export function createApp({ store, config }: AppOptions): Express {
  const context: ApiContext = { store, config: serverConfig(config) };
  const app = express();
  app.disable("x-powered-by");
  // Repeated keys become arrays, nothing becomes an object: ?types=A&types=B, never ?types[x]=….
  app.set("query parser", "simple");
  app.use(securityHeaders);
  app.use(localOnly(context.config.allowedHosts));
  app.use("/api", apiHeaders);
  for (const routes of ROUTES) app.use("/api", routes(context));
  app.use("/api", (req, _res, next) => next(new NotFoundError(`no route ${req.method} ${req.originalUrl.split("?")[0]}`)));
  if (context.config.webDist) app.use(webApp(context.config.webDist));
  app.use(errorMiddleware(context.config.log));
  return app;
}

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY" });
  next();
};

/** API answers are data, never pages: nothing in them may run or be cached as a page. */
const apiHeaders: RequestHandler = (_req, res, next) => {
  res.set({ "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'", "Cache-Control": "no-store" });
  next();
};
