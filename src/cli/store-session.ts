// Opens the store for one CLI command: the server NEO4J_URI names, or the local Neo4j started on demand.
import { openStore, resolveConnection, type Store } from "../store/index.ts";
import { ensureLocalNeo4j, LOCAL_NEO4J } from "../store/local-neo4j.ts";
import type { Output } from "./output.ts";

export async function withStore<T>(out: Output, work: (store: Store) => Promise<T>): Promise<T> {
  const { local, connection } = resolveConnection(process.env);
  if (local) {
    const { uri, started } = await ensureLocalNeo4j({ ...LOCAL_NEO4J, log: out.info });
    if (started) out.info(`Started the local Neo4j at ${uri} (stop it with: npx kg neo4j stop)`);
    connection.uri = uri;
  }
  const store = await openStore(connection);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
