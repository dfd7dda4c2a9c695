// Puts an app on a port: listens on 127.0.0.1 only, reports the address, and closes cleanly (open keep-alive
// connections included), so Ctrl-C never leaves a half-closed server behind.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import { ValidationError } from "../model/errors.ts";
import { HOST } from "./config.ts";

export interface Listening {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export function listen(app: Express, port: number, host: string = HOST): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new ValidationError(`port ${port} on ${host} is already in use (set PORT or pass --port)`));
      else if (error.code === "EACCES") reject(new ValidationError(`not allowed to listen on port ${port} (choose a port above 1023)`));
      else reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${address.port}`,
        port: address.port,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Resolves on the first Ctrl-C (SIGINT) or SIGTERM; the listeners are removed again so a second Ctrl-C still kills. */
export function untilInterrupted(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
