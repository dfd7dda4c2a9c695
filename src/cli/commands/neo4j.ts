// `kg neo4j start|stop|status`: the local Neo4j that the CLI otherwise starts on demand.
import { LOCAL_NEO4J, ensureLocalNeo4j, localNeo4jStatus, stopLocalNeo4j } from "../../store/local-neo4j.ts";
import { ValidationError } from "../../model/index.ts";
import type { Output } from "../output.ts";

export async function neo4jCommand(action: string, out: Output): Promise<number> {
  switch (action) {
    case "start": {
      const { uri, started } = await ensureLocalNeo4j({ ...LOCAL_NEO4J, log: out.info });
      out.info(started ? `Started the local Neo4j at ${uri}` : `The local Neo4j is already running at ${uri}`);
      return 0;
    }
    case "stop":
      out.info((await stopLocalNeo4j(LOCAL_NEO4J.dataDir)) ? "Stopped the local Neo4j" : "The local Neo4j was not running");
      return 0;
    case "status":
      out.data(JSON.stringify(await localNeo4jStatus(LOCAL_NEO4J.dataDir), null, 2));
      return 0;
    default:
      throw new ValidationError(`neo4j: unknown action "${action}" (use start, stop or status)`);
  }
}
