// What every route module is given: the open store and the server's settings.
import type { Store } from "../store/index.ts";
import type { ServerConfig } from "./config.ts";

export interface ApiContext {
  store: Store;
  config: ServerConfig;
}
