// `kg serve [--port N]`: serves an existing database over HTTP, the API under /api and the built explorer at /.
// Listens on 127.0.0.1 only (PORT or --port, default 3000) until Ctrl-C, then closes the server and the store.
import { existsSync } from "node:fs";
import path from "node:path";
import { createApp } from "../../server/app.ts";
import { resolvePort, WEB_DIST } from "../../server/config.ts";
import { listen, untilInterrupted } from "../../server/serve.ts";
import type { Output } from "../output.ts";
import { withStore } from "../store-session.ts";

export interface ServeOptions {
  port?: string;
}

export async function serveCommand(options: ServeOptions, out: Output): Promise<number> {
  // Checked before the database is opened: a bad port is one line, not a started Neo4j.
  const port = resolvePort(process.env, options.port);
  return withStore(out, async (store) => {
    const server = await listen(createApp({ store }), port);
    if (!existsSync(path.join(WEB_DIST, "index.html"))) {
      out.info("The explorer is not built (no web/dist): serving the API alone; `npm start` builds it.");
    }
    out.data(`Serving the graph explorer at ${server.url} (API at ${server.url}/api). Ctrl-C stops.`);
    const signal = await untilInterrupted();
    out.info(`Stopping (${signal}) …`);
    await server.close();
    return 0;
  });
}
