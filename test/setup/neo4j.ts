// Vitest global setup: with NEO4J_URI unset, starts (or reuses) the tests' local Neo4j and points every test at it.
// Workers are forked after this runs, so they inherit NEO4J_URI from process.env (checked with vitest 4, forks pool).
import { ensureLocalNeo4j, stopLocalNeo4j, TEST_NEO4J } from "../../src/store/local-neo4j.ts";

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) return undefined;
  const { uri, started } = await ensureLocalNeo4j({ ...TEST_NEO4J, log: (line) => console.log(line) });
  process.env.NEO4J_URI = uri;
  return async () => {
    // A server someone else started, or one kept for quick re-runs (KG_KEEP_NEO4J=1), stays up.
    if (started && !process.env.KG_KEEP_NEO4J) await stopLocalNeo4j(TEST_NEO4J.dataDir);
  };
}
